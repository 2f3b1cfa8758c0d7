#include "stage.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct StageTr
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};
} // namespace

QString stageId(Stage stage)
{
    switch (stage) {
    case Stage::New: return QStringLiteral("new");
    case Stage::Mql: return QStringLiteral("mql");
    case Stage::Sal: return QStringLiteral("sal");
    case Stage::Sql: return QStringLiteral("sql");
    case Stage::Opportunity: return QStringLiteral("opportunity");
    case Stage::Won: return QStringLiteral("won");
    case Stage::Lost: return QStringLiteral("lost");
    case Stage::Nurture: return QStringLiteral("nurture");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Stage> stageFromId(const QString &id)
{
    for (Stage s : kAllStages) {
        if (stageId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString stageDisplayName(Stage stage)
{
    switch (stage) {
    case Stage::New: return StageTr::tr("New");
    case Stage::Mql: return StageTr::tr("MQL");
    case Stage::Sal: return StageTr::tr("SAL");
    case Stage::Sql: return StageTr::tr("SQL");
    case Stage::Opportunity: return StageTr::tr("Opportunity");
    case Stage::Won: return StageTr::tr("Won");
    case Stage::Lost: return StageTr::tr("Lost");
    case Stage::Nurture: return StageTr::tr("Nurture");
    }
    Q_UNREACHABLE();
    return QString();
}

Team stageOwner(Stage stage)
{
    switch (stage) {
    case Stage::New:
    case Stage::Mql:
    case Stage::Nurture: return Team::Marketing;
    default: return Team::Sales;
    }
}

QString reviewStatusId(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::None: return QString();
    case ReviewStatus::Pending: return QStringLiteral("pending");
    case ReviewStatus::Accepted: return QStringLiteral("accepted");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ReviewStatus> reviewStatusFromId(const QString &id)
{
    if (id.isEmpty() || id == u"none")
        return ReviewStatus::None;
    if (id == u"pending")
        return ReviewStatus::Pending;
    if (id == u"accepted")
        return ReviewStatus::Accepted;
    return std::nullopt;
}

} // namespace baton
