#include "kpiformat.h"

#include "domain/time.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace baton {

namespace {
struct KpiFormatTr
{
    Q_DECLARE_TR_FUNCTIONS(KpiFormat)
};

constexpr double kRateMargin = 0.05;    // 5 points outside a rate band is "near"
constexpr double kLimitMargin = 1.2;    // up to 20 % over a time limit is "near"
constexpr double kCommitmentNear = 0.9; // 90 % of a commitment is "near"
constexpr double kDaysPerMonth = 30.4375;

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// One decimal below ten units, none above, and no useless ".0": "9.5", "5", "412".
QString scaled(double v)
{
    QString s = number(v, std::abs(v) < 9.95 ? 1 : 0);
    const QString zero = QLocale().decimalPoint() + QLatin1Char('0');
    if (s.endsWith(zero))
        s.chop(zero.size());
    return s;
}

// One decimal, without a useless ".0": "31.5", "48".
QString trimmed(double v)
{
    QString s = number(v, 1);
    const QString zero = QLocale().decimalPoint() + QLatin1Char('0');
    if (s.endsWith(zero))
        s.chop(zero.size());
    return s;
}

KpiInfo info(const char16_t *id, const QString &label, const QString &definition, KpiUnit unit, bool higherIsBetter)
{
    return {QString::fromUtf16(id), label, definition, unit, higherIsBetter};
}
} // namespace

const QList<KpiInfo> &dashboardKpis()
{
    static const QList<KpiInfo> kpis = {
        info(u"leads_created", KpiFormatTr::tr("Leads created"), KpiFormatTr::tr("Leads created in the period."),
             KpiUnit::Count, true),
        info(u"mqls", KpiFormatTr::tr("MQLs"),
             KpiFormatTr::tr("Distinct leads that crossed the MQL threshold in the period."), KpiUnit::Count, true),
        info(u"handoffs", KpiFormatTr::tr("Hand-offs"),
             KpiFormatTr::tr("Leads handed to sales in the period, demo requests included."), KpiUnit::Count, true),
        info(u"accepted", KpiFormatTr::tr("Accepted"), KpiFormatTr::tr("Hand-offs sales accepted in the period."),
             KpiUnit::Count, true),
        info(u"rejected", KpiFormatTr::tr("Rejected"),
             KpiFormatTr::tr("Hand-offs sales rejected at review in the period."), KpiUnit::Count, false),
        info(u"acceptance_rate", KpiFormatTr::tr("Acceptance rate"),
             KpiFormatTr::tr("Accepted ÷ (accepted + rejected), review decisions in the period."), KpiUnit::Rate, true),
        info(u"sla_compliance", KpiFormatTr::tr("SLA compliance"),
             KpiFormatTr::tr(
                 "Of the period's hand-offs: decided by the deadline ÷ (in time + late + still pending past the "
                 "deadline)."),
             KpiUnit::Rate, true),
        info(u"median_review_hours", KpiFormatTr::tr("Median review time"),
             KpiFormatTr::tr("Median time from hand-off to accept or reject, decisions in the period."), KpiUnit::Hours,
             false),
        info(u"median_first_response_minutes", KpiFormatTr::tr("Median first response"),
             KpiFormatTr::tr(
                 "Median time from hand-off to the first call, e-mail or meeting, first contacts in the period."),
             KpiUnit::Minutes, false),
        info(u"p95_first_response_minutes", KpiFormatTr::tr("First response, p95"),
             KpiFormatTr::tr("95th percentile of the time from hand-off to first contact."), KpiUnit::Minutes, false),
        info(u"median_first_response_minutes_urgent", KpiFormatTr::tr("First response, urgent"),
             KpiFormatTr::tr("Median first response to urgent leads (demo requests)."), KpiUnit::Minutes, false),
        info(u"median_first_response_minutes_normal", KpiFormatTr::tr("First response, normal"),
             KpiFormatTr::tr("Median first response to leads that are not urgent."), KpiUnit::Minutes, false),
        info(u"mql_to_sql_rate", KpiFormatTr::tr("MQL → SQL"),
             KpiFormatTr::tr(
                 "Of the leads whose first MQL crossing is in the period, the share that reached SQL since."),
             KpiUnit::Rate, true),
        info(u"sql_to_opportunity_rate", KpiFormatTr::tr("SQL → opportunity"),
             KpiFormatTr::tr("Of the leads that reached SQL in the period, the share that reached opportunity since."),
             KpiUnit::Rate, true),
        info(u"win_rate", KpiFormatTr::tr("Win rate"),
             KpiFormatTr::tr("Won ÷ (won + lost), deals closed in the period."), KpiUnit::Rate, true),
        info(u"avg_sales_cycle_days", KpiFormatTr::tr("Sales cycle"),
             KpiFormatTr::tr("Mean days from creation to win, wins in the period."), KpiUnit::Days, false),
        info(u"revenue_won", KpiFormatTr::tr("Revenue won"), KpiFormatTr::tr("Sum of the amounts won in the period."),
             KpiUnit::Money, true),
        info(u"cost_per_customer", KpiFormatTr::tr("Cost per customer"),
             KpiFormatTr::tr("Campaign spend in the period ÷ wins in the period."), KpiUnit::Money, false),
        info(u"pipeline_velocity", KpiFormatTr::tr("Pipeline velocity"),
             KpiFormatTr::tr("Open opportunities × win rate × average deal ÷ sales cycle: money per day."),
             KpiUnit::MoneyPerDay, true),
        info(u"content_assisted_close_rate", KpiFormatTr::tr("Content-assisted wins"),
             KpiFormatTr::tr("Share of the period's wins whose lead downloaded content before winning."), KpiUnit::Rate,
             true),
        info(
            u"rejections_by_reason", KpiFormatTr::tr("Rejections"),
            KpiFormatTr::tr("Rejections, disqualifications and losses in the period (by reason in the Feedback view)."),
            KpiUnit::Count, false),
    };
    return kpis;
}

std::optional<KpiInfo> kpiInfo(const QString &id)
{
    for (const KpiInfo &i : dashboardKpis()) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

QString formatCount(double count)
{
    return QLocale().toString(qint64(std::llround(count)));
}

QString formatPercent(std::optional<double> fraction)
{
    return fraction ? KpiFormatTr::tr("%1 %").arg(number(*fraction * 100, 1)) : KpiFormatTr::tr("—");
}

QString formatMoney(double amount)
{
    const double a = std::abs(amount);
    const QString sign = amount < 0 ? QStringLiteral("−") : QString();
    //: A money amount; %1 is the number with its unit (k, M).
    if (a < 10000)
        return KpiFormatTr::tr("€%1").arg(sign + QLocale().toString(qint64(std::llround(a))));
    if (a < 999500)
        return KpiFormatTr::tr("€%1k").arg(sign + number(a / 1000, 1));
    return KpiFormatTr::tr("€%1M").arg(sign + number(a / 1e6, 2));
}

QString formatMinutes(double minutes)
{
    if (minutes < 1)
        return KpiFormatTr::tr("%1 s").arg(std::llround(minutes * 60));
    if (minutes < 90)
        return KpiFormatTr::tr("%1 min").arg(scaled(minutes));
    if (minutes < 96 * 60)
        return KpiFormatTr::tr("%1 h").arg(trimmed(minutes / 60));
    return KpiFormatTr::tr("%1 d").arg(trimmed(minutes / (24 * 60)));
}

QString formatKpiValue(KpiUnit unit, std::optional<double> value)
{
    if (!value)
        return KpiFormatTr::tr("—");
    const double v = *value;
    switch (unit) {
    case KpiUnit::Count: return formatCount(v);
    case KpiUnit::Rate: return formatPercent(v);
    case KpiUnit::Hours: return KpiFormatTr::tr("%1 h").arg(number(v, 1));
    case KpiUnit::Minutes: return formatMinutes(v);
    case KpiUnit::Days: return KpiFormatTr::tr("%1 days").arg(number(v, 1));
    case KpiUnit::Money: return formatMoney(v);
    case KpiUnit::MoneyPerDay: return KpiFormatTr::tr("%1/day").arg(formatMoney(v));
    }
    return KpiFormatTr::tr("—");
}

QString formatKpi(const QString &id, std::optional<double> value)
{
    const std::optional<KpiInfo> i = kpiInfo(id);
    return formatKpiValue(i ? i->unit : KpiUnit::Count, value);
}

KpiChange describeChange(const KpiInfo &info, std::optional<double> current, std::optional<double> previous)
{
    KpiChange change;
    if (!current || !previous) {
        change.text = previous ? KpiFormatTr::tr("no value this period") : KpiFormatTr::tr("nothing to compare with");
        return change;
    }
    change.comparable = true;
    const double diff = *current - *previous;
    const QString was = formatKpiValue(info.unit, previous);
    if (std::abs(diff) < 1e-9) {
        change.text = KpiFormatTr::tr("= no change");
        change.previousText = was;
        return change;
    }
    change.direction = diff > 0 ? 1 : -1;
    change.better = (diff > 0) == info.higherIsBetter;
    change.token = change.better ? Theme::Token::Good : Theme::Token::Bad;
    const QString arrow = diff > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString sign = diff > 0 ? QStringLiteral("+") : QStringLiteral("−");
    QString amount;
    if (info.unit == KpiUnit::Rate)
        amount = KpiFormatTr::tr("%1 pts").arg(sign + number(std::abs(diff) * 100, 1));
    else if (*previous != 0)
        amount = KpiFormatTr::tr("%1 %").arg(sign + scaled(std::abs(diff / *previous) * 100)); // "−0.3 %", "+12 %"
    else
        amount = sign + formatKpiValue(info.unit, std::abs(diff));
    //: The change of a KPI: arrow, amount, and whether it is better or worse (the previous value is in previousText).
    change.text = KpiFormatTr::tr("%1 %2 · %3")
                      .arg(arrow, amount, change.better ? KpiFormatTr::tr("better") : KpiFormatTr::tr("worse"));
    change.previousText = was;
    return change;
}

std::optional<TargetRange> targetRange(const QString &id, const TargetContext &context)
{
    if (id == u"sla_compliance")
        return TargetRange{0.95, std::nullopt};
    if (id == u"median_review_hours")
        return TargetRange{std::nullopt, context.reviewSlaHours};
    if (id == u"median_first_response_minutes_urgent")
        return TargetRange{std::nullopt, context.urgentResponseMinutes};
    if (id == u"mql_to_sql_rate")
        return TargetRange{0.25, 0.35};
    if (id == u"sql_to_opportunity_rate")
        return TargetRange{0.40, 0.60};
    if (id == u"handoffs" && context.marketingMonthlySals > 0 && context.periodMs > 0) {
        const double days = static_cast<double>(context.periodMs) / static_cast<double>(kMsPerDay);
        return TargetRange{std::ceil(context.marketingMonthlySals * days / kDaysPerMonth - 1e-9), std::nullopt};
    }
    return std::nullopt;
}

KpiTarget evaluateTarget(const QString &id, std::optional<double> value, const TargetContext &context)
{
    KpiTarget target;
    const std::optional<TargetRange> range = targetRange(id, context);
    if (!range)
        return target;
    const std::optional<KpiInfo> i = kpiInfo(id);
    const KpiUnit unit = i ? i->unit : KpiUnit::Count;
    // Targets are round numbers: "95 %", "48 h", not "95.0 %".
    const auto show = [unit](double v) {
        return unit == KpiUnit::Rate    ? KpiFormatTr::tr("%1 %").arg(trimmed(v * 100))
               : unit == KpiUnit::Hours ? KpiFormatTr::tr("%1 h").arg(trimmed(v))
                                        : formatKpiValue(unit, v);
    };
    if (id == u"handoffs")
        target.band = KpiFormatTr::tr("≥ %1").arg(show(*range->low));
    else if (range->low && range->high && unit == KpiUnit::Rate)
        target.band = KpiFormatTr::tr("%1–%2 %").arg(trimmed(*range->low * 100), trimmed(*range->high * 100));
    else if (range->low && range->high)
        target.band = KpiFormatTr::tr("%1–%2").arg(show(*range->low), show(*range->high));
    else if (range->low)
        target.band = KpiFormatTr::tr("≥ %1").arg(show(*range->low));
    else
        target.band = KpiFormatTr::tr("< %1").arg(show(*range->high));
    if (id == u"handoffs")
        target.explanation = KpiFormatTr::tr("Marketing commits to %1 SALs a month: %2 for the %3 days of this period.")
                                 .arg(context.marketingMonthlySals)
                                 .arg(show(*range->low))
                                 .arg(trimmed(double(context.periodMs) / double(kMsPerDay)));
    if (!value)
        return target;

    const double v = *value;
    const bool inside =
        (!range->low || v >= *range->low) && (!range->high || (range->low ? v <= *range->high : v < *range->high));
    bool near = false;
    if (!inside) {
        if (unit == KpiUnit::Rate)
            near = (range->low && v < *range->low && v >= *range->low - kRateMargin)
                   || (range->high && v > *range->high && v <= *range->high + kRateMargin);
        else if (id == u"handoffs")
            near = v >= *range->low * kCommitmentNear;
        else
            near = range->high && v <= *range->high * kLimitMargin;
    }
    target.state = inside ? TargetState::Inside : near ? TargetState::Near : TargetState::Outside;
    switch (target.state) {
    case TargetState::Inside:
        target.verdict = KpiFormatTr::tr("✓ On target");
        target.token = Theme::Token::Good;
        break;
    case TargetState::Near:
        target.verdict = KpiFormatTr::tr("! Near target");
        target.token = Theme::Token::Warn;
        break;
    default:
        target.verdict = KpiFormatTr::tr("✗ Off target");
        target.token = Theme::Token::Bad;
        break;
    }
    return target;
}

} // namespace baton
