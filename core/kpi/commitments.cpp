#include "commitments.h"

#include "pipeline/pipelineservice.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct CommitmentsTr
{
    Q_DECLARE_TR_FUNCTIONS(Commitments)
};

constexpr int kMostMonthlySals = 1000000;
} // namespace

bool mayEditCommitments(Role role)
{
    return role == Role::MarketingManager || role == Role::SalesManager || role == Role::Admin;
}

Commitments commitments(const PipelineService &pipeline)
{
    const PipelineConfig &c = pipeline.config();
    return {c.marketingMonthlySals, c.reviewSlaHours, c.responseSlaHours};
}

Status saveCommitments(PipelineService &pipeline, const QString &by, const Commitments &commitments)
{
    const std::optional<User> user = pipeline.user(by);
    if (!user)
        return Error{CommitmentsTr::tr("There is no user “%1”.").arg(by)};
    if (!user->active)
        return Error{CommitmentsTr::tr("%1 is no longer active.").arg(user->name)};
    if (!mayEditCommitments(user->role))
        return Error{
            CommitmentsTr::tr(
                "Only marketing managers, sales managers and admins may change the hand-off contract (%1 is %2).")
                .arg(user->name, roleDisplayName(user->role))};
    if (commitments.marketingMonthlySals < 0 || commitments.marketingMonthlySals > kMostMonthlySals)
        return Error{CommitmentsTr::tr("Marketing's monthly SALs must be between 0 and %1.").arg(kMostMonthlySals)};
    PipelineConfig config = pipeline.config();
    config.marketingMonthlySals = commitments.marketingMonthlySals;
    config.reviewSlaHours = commitments.reviewSlaHours;
    config.responseSlaHours = commitments.responseSlaHours;
    return pipeline.configure(config); // refuses SLA durations that are not positive
}

} // namespace baton
