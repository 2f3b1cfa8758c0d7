#include "standuptext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace baton::standup {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Standup)
};

// One decimal under ten units ("9.5"), none above ("412").
QString scaled(double value)
{
    return value < 10 ? QString::number(std::round(value * 10) / 10, 'f', value == std::round(value) ? 0 : 1)
                      : QString::number(std::round(value), 'f', 0);
}

QString percent(double fraction)
{
    const double p = fraction * 100;
    // Whole percent unless that hides the difference from a target boundary (94.6 % is not 95 %).
    const bool whole = std::abs(p - std::round(p)) < 0.05;
    return Tr::tr("%1 %").arg(QString::number(p, 'f', whole ? 0 : 1));
}

// "5", "4.2", "31": one decimal under ten unless the value is whole.
QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QString::number(value, 'f', value < 10 && !whole ? 1 : 0);
}
} // namespace

QString figureLabel(const QString &id)
{
    if (id == u"leads_created")
        return Tr::tr("New leads");
    if (id == u"mqls")
        return Tr::tr("MQLs");
    if (id == u"handoffs")
        return Tr::tr("Hand-offs");
    if (id == u"accepted")
        return Tr::tr("Accepted");
    if (id == u"rejected")
        return Tr::tr("Rejected");
    if (id == u"sqls")
        return Tr::tr("SQLs");
    if (id == u"wins")
        return Tr::tr("Wins");
    return id;
}

DeltaText deltaText(const StandupWeekFigure &figure)
{
    DeltaText d;
    const int delta = figure.delta();
    d.previous = Tr::tr("week before: %1").arg(figure.weekBefore);
    if (delta == 0) {
        d.arrow = QStringLiteral("=");
        d.change = Tr::tr("no change");
        return d;
    }
    d.arrow = delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    d.change = delta > 0 ? Tr::tr("%1 more").arg(delta) : Tr::tr("%1 fewer").arg(-delta);
    d.tone = (delta > 0) == figure.higherIsBetter ? Tone::Good : Tone::Bad;
    return d;
}

QString compactMoney(double amount)
{
    const QString sign = amount < 0 ? QStringLiteral("−") : QString();
    const double a = std::abs(amount);
    if (a < 1000)
        return Tr::tr("€%1").arg(sign + QString::number(std::round(a), 'f', 0));
    if (a < 999500)
        return Tr::tr("€%1k").arg(sign + scaled(a / 1000));
    return Tr::tr("€%1M").arg(sign + scaled(a / 1e6));
}

QString shortDuration(qint64 ms)
{
    ms = std::abs(ms);
    const qint64 d = ms / kMsPerDay;
    const qint64 h = ms % kMsPerDay / kMsPerHour;
    const qint64 m = ms % kMsPerHour / kMsPerMinute;
    if (d > 0)
        return h > 0 ? Tr::tr("%1 d %2 h").arg(d).arg(h) : Tr::tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? Tr::tr("%1 h %2 min").arg(h).arg(m) : Tr::tr("%1 h").arg(h);
    if (m > 0)
        return Tr::tr("%1 min").arg(m);
    return Tr::tr("under a minute");
}

QString daysText(double days)
{
    const qint64 n = std::max<qint64>(0, qint64(std::floor(days)));
    return n == 1 ? Tr::tr("1 day") : Tr::tr("%1 days").arg(n);
}

QString weekText(const KpiPeriod &week)
{
    const QLocale locale;
    const QDate first = QDateTime::fromMSecsSinceEpoch(week.from, QTimeZone::utc()).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(week.to - 1, QTimeZone::utc()).date();
    const QString lastText = QString::number(last.day()) + u' ' + locale.monthName(last.month(), QLocale::ShortFormat)
                             + u' ' + QString::number(last.year());
    const QString firstText =
        first.month() == last.month()
            ? QString::number(first.day())
            : QString::number(first.day()) + u' ' + locale.monthName(first.month(), QLocale::ShortFormat);
    return Tr::tr("%1 – %2").arg(firstText, lastText);
}

QString dayText(Timestamp at, const QTimeZone &zone)
{
    const QLocale locale;
    const QDate d = QDateTime::fromMSecsSinceEpoch(at, zone).date();
    return Tr::tr("%1 %2 %3")
        .arg(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat), QString::number(d.day()),
             locale.monthName(d.month(), QLocale::ShortFormat));
}

QString kpiName(const QString &kpiId)
{
    if (kpiId == u"sla_compliance")
        return Tr::tr("Hand-offs decided in time");
    if (kpiId == u"median_review_hours")
        return Tr::tr("Median review time");
    if (kpiId == u"median_first_response_minutes_urgent")
        return Tr::tr("Urgent first response");
    if (kpiId == u"mql_to_sql_rate")
        return Tr::tr("MQL → SQL");
    if (kpiId == u"sql_to_opportunity_rate")
        return Tr::tr("SQL → Opportunity");
    return kpiId;
}

QString kpiValueText(const StandupTarget &target)
{
    if (!target.value)
        return QStringLiteral("—");
    const double v = *target.value;
    if (target.kpiId == u"median_review_hours")
        return Tr::tr("%1 h").arg(number(v));
    if (target.kpiId == u"median_first_response_minutes_urgent")
        return Tr::tr("%1 min").arg(number(v));
    return percent(v);
}

QString targetText(const StandupTarget &target)
{
    const auto bound = [&](double b) {
        StandupTarget t = target;
        t.value = b;
        return kpiValueText(t);
    };
    if (target.min && target.max)
        return Tr::tr("Target: %1 – %2").arg(bound(*target.min), bound(*target.max));
    if (target.min)
        return Tr::tr("Target: at least %1").arg(bound(*target.min));
    if (target.max)
        return Tr::tr("Target: under %1").arg(bound(*target.max));
    return QString();
}

QString statusText(TargetStatus status)
{
    switch (status) {
    case TargetStatus::OnTarget: return Tr::tr("On target");
    case TargetStatus::Below: return Tr::tr("Below target");
    case TargetStatus::Above: return Tr::tr("Above target");
    case TargetStatus::NoData: break;
    }
    return Tr::tr("No data yet");
}

QString statusMark(TargetStatus status)
{
    switch (status) {
    case TargetStatus::OnTarget: return QStringLiteral("✓");
    case TargetStatus::Below: return QStringLiteral("▼");
    case TargetStatus::Above: return QStringLiteral("▲");
    case TargetStatus::NoData: break;
    }
    return QStringLiteral("–");
}

Tone statusTone(TargetStatus status)
{
    switch (status) {
    case TargetStatus::OnTarget: return Tone::Good;
    case TargetStatus::Below:
    case TargetStatus::Above: return Tone::Bad;
    case TargetStatus::NoData: break;
    }
    return Tone::Neutral;
}

QString breachText(const StandupBreach &breach)
{
    const QString late = shortDuration(breach.lateMs);
    if (breach.pending)
        return Tr::tr("Overdue %1").arg(late);
    if (breach.decided)
        return Tr::tr("Decided %1 late").arg(late);
    return Tr::tr("Went cold undecided, %1 late").arg(late);
}

Tone breachTone(const StandupBreach &breach)
{
    return breach.pending ? Tone::Bad : Tone::Warn;
}

MarkerText markerText(const StandupMarker &m, const QTimeZone &zone)
{
    if (!m.since)
        return {Tr::tr("First stand-up on this database: next time, this line shows what changed since."), {}};
    const auto count = [](int n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    const QStringList parts = {
        count(m.handoffs, Tr::tr("1 hand-off"), Tr::tr("%1 hand-offs")),
        count(m.decisions, Tr::tr("1 decision"), Tr::tr("%1 decisions")),
        count(m.breaches, Tr::tr("1 breach"), Tr::tr("%1 breaches")),
        count(m.wins, Tr::tr("1 win"), Tr::tr("%1 wins")),
    };
    return {Tr::tr("Since the last stand-up (%1):").arg(dayText(*m.since, zone)), parts.join(QStringLiteral(" · "))};
}

QString pageText(int index, int count)
{
    return Tr::tr("%1 / %2").arg(index + 1).arg(count);
}

QString pausedText()
{
    return Tr::tr("Paused");
}

} // namespace baton::standup
