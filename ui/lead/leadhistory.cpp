#include "leadhistory.h"

#include "leadformat.h"

#include "domain/stage.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace baton {

namespace {
struct HistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(LeadHistory)
};

QString str(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

QString stageName(const QString &id)
{
    const std::optional<Stage> s = stageFromId(id);
    return s ? stageDisplayName(*s) : id;
}

QString amountText(double amount)
{
    return QLocale().toString(amount, 'f', 0);
}

// "baton.example/pricing" for "https://www.baton.example/pricing": the scheme says nothing here.
QString shortUrl(const QString &url)
{
    QString text = url;
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("www.")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text.remove(0, prefix.size());
    }
    return text;
}

void newestFirst(QList<HistoryEntry> &entries)
{
    // Input is oldest first; a stable sort keeps same-time entries in reverse log order.
    std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.at > b.at; });
}
} // namespace

QString actorName(const QString &userId, const QList<User> &users)
{
    if (userId.isEmpty() || userId == kSystemActor)
        return HistoryTr::tr("Baton");
    for (const User &u : users) {
        if (u.id == userId)
            return u.name;
    }
    return userId;
}

QList<HistoryEntry> activityEntries(const QList<Activity> &activities, const QList<User> &users)
{
    QList<HistoryEntry> out;
    for (const Activity &a : activities) {
        HistoryEntry e;
        e.at = a.at;
        e.tag = activityTypeDisplayName(a.type);
        e.tone = isSalesActivity(a.type) ? Theme::Token::Sales : Theme::Token::Marketing;
        for (const QString &key : {QStringLiteral("url"), QStringLiteral("asset"), QStringLiteral("subject"),
                                   QStringLiteral("webinar"), QStringLiteral("name"), QStringLiteral("form"),
                                   QStringLiteral("note")}) {
            e.title = a.property(key);
            if (!e.title.isEmpty())
                break;
        }
        const QString url = a.property(QStringLiteral("url"));
        if (!url.isEmpty() && e.title == url)
            e.title = shortUrl(url);
        QStringList detail;
        QString kind = a.property(QStringLiteral("asset_kind")); // "case_study" reads "Case study"
        if (!kind.isEmpty()) {
            kind.replace(u'_', u' ');
            kind[0] = kind.at(0).toUpper();
            detail << kind;
        }
        if (!a.actor.isEmpty() && a.actor != kSystemActor)
            detail << HistoryTr::tr("by %1").arg(actorName(a.actor, users));
        e.detail = detail.join(QStringLiteral(" · "));
        out << e;
    }
    newestFirst(out);
    return out;
}

QList<HistoryEntry> stageEntries(const QList<Event> &events, const QList<User> &users, const QTimeZone &zone)
{
    QList<HistoryEntry> out;
    for (const Event &ev : events) {
        HistoryEntry e;
        e.at = ev.at;
        const QString by = actorName(ev.actor, users);
        switch (ev.kind) {
        case EventKind::Created:
            e.tag = HistoryTr::tr("Created");
            e.title = HistoryTr::tr("Lead created");
            e.detail = QStringList{str(ev, "source"), str(ev, "campaign")}.join(QStringLiteral(" · "));
            if (e.detail == QStringLiteral(" · "))
                e.detail.clear();
            break;
        case EventKind::StageChanged:
            e.tag = HistoryTr::tr("Stage");
            e.tone = stageOwner(stageFromId(str(ev, "to")).value_or(Stage::New)) == Team::Sales ? Theme::Token::Sales
                                                                                               : Theme::Token::Marketing;
            e.title = HistoryTr::tr("%1 → %2").arg(stageName(str(ev, "from")), stageName(str(ev, "to")));
            e.detail = ev.payload.value(QStringLiteral("crossing")).toBool()
                           ? HistoryTr::tr("by %1 · crossed the MQL threshold").arg(by)
                           : HistoryTr::tr("by %1").arg(by);
            break;
        case EventKind::HandedOff: {
            e.tag = HistoryTr::tr("Hand-off");
            e.tone = Theme::Token::Sales;
            e.title = HistoryTr::tr("Handed off to %1").arg(actorName(str(ev, "to"), users));
            const QString deadline = formatWhen(qint64(ev.payload.value(QStringLiteral("deadline")).toDouble()), zone, ev.at);
            e.detail = ev.payload.value(QStringLiteral("auto")).toBool()
                           ? HistoryTr::tr("automatic · review by %1").arg(deadline)
                           : HistoryTr::tr("by %1 · review by %2").arg(by, deadline);
            if (ev.payload.value(QStringLiteral("urgent")).toBool())
                e.detail += HistoryTr::tr(" · urgent");
            break;
        }
        case EventKind::Accepted:
            e.tag = HistoryTr::tr("Accepted");
            e.tone = Theme::Token::Good;
            e.title = ev.payload.value(QStringLiteral("system")).toBool()
                          ? HistoryTr::tr("Accepted by Baton (demo request)")
                          : HistoryTr::tr("Accepted by %1").arg(by);
            e.detail =
                HistoryTr::tr("after %1")
                    .arg(durationText(ev.at - qint64(ev.payload.value(QStringLiteral("handed_off_at")).toDouble())));
            break;
        case EventKind::Assigned: {
            e.tag = HistoryTr::tr("Assigned");
            e.tone = Theme::Token::Sales;
            e.title = HistoryTr::tr("Reassigned to %1").arg(actorName(str(ev, "to"), users));
            const QString cause = str(ev, "cause");
            const QString why = cause == u"escalation" ? HistoryTr::tr("review deadline long past")
                                : cause == u"away"     ? HistoryTr::tr("rep away")
                                : cause == u"demo"     ? HistoryTr::tr("demo request")
                                                       : HistoryTr::tr("by %1").arg(by);
            e.detail = str(ev, "from").isEmpty()
                           ? why
                           : HistoryTr::tr("from %1 · %2").arg(actorName(str(ev, "from"), users), why);
            break;
        }
        case EventKind::SlaBreached:
            e.tag = HistoryTr::tr("Overdue");
            e.tone = Theme::Token::Bad;
            e.title = HistoryTr::tr("Review deadline missed");
            e.detail =
                HistoryTr::tr("deadline was %1")
                    .arg(formatWhen(qint64(ev.payload.value(QStringLiteral("deadline")).toDouble()), zone, ev.at));
            break;
        case EventKind::FirstContact:
            e.tag = HistoryTr::tr("Contact");
            e.tone = Theme::Token::Sales;
            e.title = HistoryTr::tr("First contact");
            e.detail =
                HistoryTr::tr("%1 after the hand-off")
                    .arg(durationText(ev.at - qint64(ev.payload.value(QStringLiteral("handed_off_at")).toDouble())));
            break;
        case EventKind::Won:
            e.tag = HistoryTr::tr("Won");
            e.tone = Theme::Token::Good;
            e.title = HistoryTr::tr("Won · %1").arg(amountText(ev.payload.value(QStringLiteral("amount")).toDouble()));
            e.detail = HistoryTr::tr("by %1").arg(by);
            break;
        case EventKind::Recycled:
            e.tag = HistoryTr::tr("Recycled");
            e.title = HistoryTr::tr("Gone cold: back to Nurture");
            e.detail = HistoryTr::tr("from %1").arg(stageName(str(ev, "from")));
            break;
        case EventKind::Undo:
            e.tag = HistoryTr::tr("Undo");
            e.title = HistoryTr::tr("Undid a change (%1)").arg(str(ev, "of"));
            e.detail = HistoryTr::tr("by %1").arg(by);
            break;
        default:
            continue;
        }
        out << e;
    }
    newestFirst(out);
    return out;
}

QList<HistoryEntry> rejectionEntries(const QList<Event> &events, const QList<RejectionReason> &reasons,
                                     const QList<User> &users)
{
    auto reasonLabel = [&reasons](const QString &id) {
        for (const RejectionReason &r : reasons) {
            if (r.id == id)
                return r.label;
        }
        return id;
    };
    QList<HistoryEntry> out;
    for (const Event &ev : events) {
        if (ev.kind != EventKind::Rejected && ev.kind != EventKind::Lost)
            continue;
        HistoryEntry e;
        e.at = ev.at;
        e.tone = Theme::Token::Bad;
        const QString kind = str(ev, "kind");
        e.tag = ev.kind == EventKind::Lost   ? HistoryTr::tr("Lost")
                : kind == u"disqualify"      ? HistoryTr::tr("Disqualified")
                : kind == u"reject_accepted" ? HistoryTr::tr("Rejected after accepting")
                                             : HistoryTr::tr("Rejected");
        e.title = reasonLabel(str(ev, "reason"));
        const QString comment = str(ev, "comment");
        const QString by = actorName(ev.actor, users);
        e.detail = comment.isEmpty() ? HistoryTr::tr("by %1").arg(by) : HistoryTr::tr("“%1” — %2").arg(comment, by);
        out << e;
    }
    newestFirst(out);
    return out;
}

} // namespace baton
