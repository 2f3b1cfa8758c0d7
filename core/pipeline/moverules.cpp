#include "moverules.h"

#include <QCoreApplication>
#include <QStringList>

namespace baton {

namespace {
struct MoveTr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineMove)
};

QString targetList(Stage from, ReviewStatus review)
{
    QStringList names;
    for (Stage s : allowedTargets(from, review))
        names << stageDisplayName(s);
    return names.join(QStringLiteral(", "));
}
} // namespace

MoveRule classifyMove(Stage from, ReviewStatus review, Stage to)
{
    if (from == to)
        return {MoveKind::Refused, MoveTr::tr("The lead is already in %1.").arg(stageDisplayName(to))};

    switch (from) {
    case Stage::New:
        if (to == Stage::Mql)
            return {MoveKind::Qualify, {}};
        if (to == Stage::Sal)
            return {MoveKind::HandOff, {}};
        break;
    case Stage::Mql:
        if (to == Stage::Sal)
            return {MoveKind::HandOff, {}};
        break;
    case Stage::Nurture:
        if (to == Stage::Mql)
            return {MoveKind::Requalify, {}};
        if (to == Stage::Sal)
            return {MoveKind::HandOff, {}};
        break;
    case Stage::Sal:
        if (to == Stage::Nurture)
            return {MoveKind::Reject, {}};
        if (to == Stage::Sql) {
            if (review == ReviewStatus::Accepted)
                return {MoveKind::QualifySql, {}};
            return {MoveKind::Refused,
                    MoveTr::tr("Accept the lead before qualifying it as SQL: its review is still pending.")};
        }
        break;
    case Stage::Sql:
        if (to == Stage::Opportunity)
            return {MoveKind::OpenOpportunity, {}};
        if (to == Stage::Nurture)
            return {MoveKind::Disqualify, {}};
        break;
    case Stage::Opportunity:
        if (to == Stage::Won)
            return {MoveKind::Win, {}};
        if (to == Stage::Lost)
            return {MoveKind::Lose, {}};
        break;
    case Stage::Won:
    case Stage::Lost:
        return {MoveKind::Refused, MoveTr::tr("The lead is closed (%1): a closed lead does not move.")
                                       .arg(stageDisplayName(from))};
    }

    const QString allowed = targetList(from, review);
    return {MoveKind::Refused,
            MoveTr::tr("A lead cannot go from %1 to %2. From %1 it can go to: %3.")
                .arg(stageDisplayName(from), stageDisplayName(to), allowed)};
}

QList<Stage> allowedTargets(Stage from, ReviewStatus review)
{
    switch (from) {
    case Stage::New: return {Stage::Mql, Stage::Sal};
    case Stage::Mql: return {Stage::Sal};
    case Stage::Nurture: return {Stage::Mql, Stage::Sal};
    case Stage::Sal:
        return review == ReviewStatus::Accepted ? QList<Stage>{Stage::Sql, Stage::Nurture} : QList<Stage>{Stage::Nurture};
    case Stage::Sql: return {Stage::Opportunity, Stage::Nurture};
    case Stage::Opportunity: return {Stage::Won, Stage::Lost};
    case Stage::Won:
    case Stage::Lost: return {};
    }
    return {};
}

} // namespace baton
