#include "scorehistory.h"

#include "leadformat.h"

#include "domain/activity.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace baton {

namespace {
struct HistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(ScoreHistory)
};

QString activityText(const QJsonObject &payload)
{
    const std::optional<ActivityType> type = activityTypeFromId(payload.value(QStringLiteral("type")).toString());
    QString text = type ? activityTypeDisplayName(*type) : payload.value(QStringLiteral("type")).toString();
    for (const QString &key : {QStringLiteral("url"), QStringLiteral("asset"), QStringLiteral("subject")}) {
        const QString detail = payload.value(key).toString();
        if (!detail.isEmpty())
            return HistoryTr::tr("%1: %2").arg(text, detail);
    }
    return text;
}

QString causeText(const QString &cause)
{
    if (cause == u"created")
        return HistoryTr::tr("Lead created");
    if (cause == u"time")
        return HistoryTr::tr("Time passed");
    if (cause == u"field_changed")
        return HistoryTr::tr("Fields edited");
    if (cause == u"activity")
        return HistoryTr::tr("Activity");
    if (cause == u"model")
        return HistoryTr::tr("Scoring model changed");
    if (cause == u"undo")
        return HistoryTr::tr("Undo");
    return cause;
}
} // namespace

QList<ScoreStep> scoreSteps(const QList<Event> &events, const ScoreBreakdown &labels)
{
    QHash<QString, std::pair<QString, int>> rules;
    for (const RuleResult &r : labels.rules)
        rules.insert(r.ruleId, {r.label, r.points});

    QList<ScoreStep> steps;
    QSet<QString> firedBefore;
    // What happened at the latest time seen, to name the cause of a score change.
    Timestamp lastAt = 0;
    QStringList happened;
    for (const Event &e : events) {
        if (e.at != lastAt) {
            lastAt = e.at;
            happened.clear();
        }
        if (e.kind == EventKind::Activity) {
            happened << activityText(e.payload);
            continue;
        }
        if (e.kind == EventKind::FieldChanged) {
            happened << HistoryTr::tr("%1 set to “%2”")
                            .arg(e.payload.value(QStringLiteral("field")).toString(),
                                 e.payload.value(QStringLiteral("new")).toString());
            continue;
        }
        if (e.kind != EventKind::ScoreChanged)
            continue;
        ScoreStep step;
        step.eventId = e.id;
        step.at = e.at;
        const QJsonValue old = e.payload.value(QStringLiteral("old"));
        if (!old.isNull() && !old.isUndefined())
            step.from = old.toInt();
        step.to = e.payload.value(QStringLiteral("new")).toInt();
        const QString cause = e.payload.value(QStringLiteral("cause")).toString();
        step.cause = (cause == u"activity" || cause == u"field_changed") && !happened.isEmpty()
            ? happened.join(QStringLiteral("; "))
            : causeText(cause);

        QSet<QString> fired;
        const QJsonArray list = e.payload.value(QStringLiteral("fired")).toArray();
        for (const QJsonValue &v : list)
            fired.insert(v.toString());
        auto label = [&rules](const QString &id) { return rules.value(id, {id, 0}); };
        for (const QJsonValue &v : list) {
            const QString id = v.toString();
            if (!firedBefore.contains(id))
                step.changes << signedPoints(label(id).second) + u' ' + label(id).first;
        }
        for (const RuleResult &r : labels.rules) { // model order, for a stable text
            if (firedBefore.contains(r.ruleId) && !fired.contains(r.ruleId))
                step.changes << HistoryTr::tr("%1 %2 (no longer)").arg(signedPoints(-r.points), r.label);
        }
        firedBefore = fired;
        steps << step;
    }
    return steps;
}

QString describeStep(const ScoreStep &step, const QTimeZone &zone)
{
    const QString when = formatWhen(step.at, zone);
    QString head = step.from ? HistoryTr::tr("%1 · %2 → %3").arg(when).arg(*step.from).arg(step.to)
                             : HistoryTr::tr("%1 · scored %2").arg(when).arg(step.to);
    QStringList lines{head, step.cause};
    lines += step.changes;
    return lines.join(u'\n');
}

} // namespace baton
