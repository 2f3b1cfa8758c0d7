#include "breakdownrows.h"

#include "leadformat.h"

#include <QDateTime>

namespace baton {

QString localEvidence(const RuleResult &rule, const QTimeZone &zone, std::optional<Timestamp> reference)
{
    if (!rule.evidenceAt)
        return rule.evidence;
    const QString utc = QDateTime::fromMSecsSinceEpoch(*rule.evidenceAt, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = rule.evidence;
    const qsizetype at = text.lastIndexOf(utc);
    if (at < 0)
        return text;
    return text.replace(at, utc.size(), formatWhen(*rule.evidenceAt, zone, reference));
}

QList<BreakdownRow> breakdownRows(const ScoreBreakdown &breakdown, const QTimeZone &zone,
                                  std::optional<Timestamp> reference)
{
    QList<BreakdownRow> fired;
    QList<BreakdownRow> idle;
    for (const RuleResult &rule : breakdown.rules) {
        BreakdownRow row;
        row.ruleId = rule.ruleId;
        row.label = rule.label;
        row.fired = rule.fired;
        row.points = rule.points;
        row.pointsText = signedPoints(rule.points);
        if (rule.fired) {
            row.evidence = localEvidence(rule, zone, reference);
            fired << row;
        } else {
            idle << row;
        }
    }
    return fired + idle;
}

QString chipText(const BreakdownRow &row)
{
    return row.label + u' ' + row.pointsText;
}

} // namespace baton
