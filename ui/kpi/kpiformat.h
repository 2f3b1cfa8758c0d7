#pragma once

#include "common/theme.h"

#include <QList>
#include <QString>

#include <optional>

namespace baton {

// What the dashboard knows about each KPI of PRODUCT.md's table: its name, what it
// means, how to print it, which way is better and its target band. Plain functions,
// so the tiles, the weekly report and the tests print a number the same way.

enum class KpiUnit { Count, Rate, Hours, Minutes, Days, Money, MoneyPerDay };

struct KpiInfo
{
    QString id;
    QString label;      // "SLA compliance"
    QString definition; // one sentence, shown as the tile's tooltip
    KpiUnit unit = KpiUnit::Count;
    bool higherIsBetter = true;
};

// PRODUCT.md's "Joint KPIs" table, in its order (the four urgent/normal/p95 response
// variants included).
const QList<KpiInfo> &dashboardKpis();
std::optional<KpiInfo> kpiInfo(const QString &id);

// "1,234", "93.4 %", "31.5 h", "4.2 min", "12.0 days", "€412.5k", "€1,204/day"; "—" for null.
QString formatKpiValue(KpiUnit unit, std::optional<double> value);
QString formatKpi(const QString &id, std::optional<double> value);
QString formatMoney(double amount);
QString formatCount(double count);
QString formatPercent(std::optional<double> fraction); // "93.4 %", "—"
// A duration given in minutes, in the unit that reads best: "45 s", "4.2 min", "6.5 h", "3.1 d".
QString formatMinutes(double minutes);

// The change of a KPI from the previous period: an arrow, the change and a word.
struct KpiChange
{
    int direction = 0;       // +1 up, -1 down, 0 flat or not comparable
    bool comparable = false; // both periods have a value
    bool better = false;     // meaningful when direction != 0
    QString text;            // "▲ +12 % · better"
    QString previousText;    // the previous value, "140"
    Theme::Token token = Theme::Token::TextSecondary;
};
KpiChange describeChange(const KpiInfo &info, std::optional<double> current, std::optional<double> previous);

// A target band (PRODUCT.md "target shown") and where a value stands against it:
// inside (good), near (warn: within a small margin outside) or outside (bad).
enum class TargetState { None, Inside, Near, Outside };
struct TargetContext
{
    double reviewSlaHours = 48;
    double urgentResponseMinutes = 5;
    int marketingMonthlySals = 0; // 0: no commitment set
    qint64 periodMs = 0;          // the elapsed length of the period (up to asof)
};
struct KpiTarget
{
    TargetState state = TargetState::None;
    QString band;        // "≥ 95 %", "25–35 %", "< 48 h"
    QString explanation; // how the band was worked out, where it is not obvious (hand-offs)
    QString verdict;     // "✓ On target", "! Near target", "✗ Off target"; empty with no value
    Theme::Token token = Theme::Token::TextSecondary;
};
KpiTarget evaluateTarget(const QString &id, std::optional<double> value, const TargetContext &context);
// The good range of `id` if it has one, as [low, high] in the KPI's own unit
// (a fraction for rates); nullopt bounds are open.
struct TargetRange
{
    std::optional<double> low;
    std::optional<double> high;
};
std::optional<TargetRange> targetRange(const QString &id, const TargetContext &context);

} // namespace baton
