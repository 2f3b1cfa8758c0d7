#include "dashboardcharts.h"

#include "barlabels.h"
#include "kpi/statistics.h"
#include "kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace baton {

namespace {
struct DashboardChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

constexpr double kHeadroom = 1.18; // room above the tallest bar for its label
constexpr int kPercent = 100;
constexpr int kTrendTicks = 7;

QValueAxis *valueAxis(double max, const QString &format, const ChartStyle &style, int ticks = 5)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers(); // ticks on round values
    styleAxis(axis, style);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const ChartStyle &style)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(axis, style, false);
    return axis;
}

QString weekName(const KpiPeriod &week)
{
    return DashboardChartsTr::tr("week of %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(week.from).date(), QStringLiteral("d MMM")));
}

// ---- Funnel: distinct leads reaching each step, top to bottom, with step conversion.
QChart *funnelChart(const DashboardSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    chart->legend()->hide();
    const qsizetype n = s.funnel.size();
    auto *set = new QBarSet(DashboardChartsTr::tr("Leads"));
    QStringList categories, tips;
    double most = 0;
    // A horizontal bar chart draws its first category at the bottom: feed it reversed.
    QList<double> values(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype step = n - 1 - i;
        values[i] = double(s.funnel.at(step).leads.size());
        categories.append(funnelStepName(s.funnel.at(step).id));
        most = std::max(most, values[i]);
    }
    set->append(values);
    styleBarSet(set, style.theme.color(Theme::Token::Sales), 0, style);
    set->setProperty("drill", QStringLiteral("funnel"));
    QVariantList indexes;
    for (qsizetype i = n - 1; i >= 0; --i)
        indexes.append(int(i));
    set->setProperty("indexes", indexes);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories, style);
    QValueAxis *x = valueAxis(niceCeiling(most * 1.45), QStringLiteral("%d"), style);
    x->setVisible(false); // every bar carries its number
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *labels = new BarLabels(chart, series, style);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype step = n - 1 - i;
        const int count = int(s.funnel.at(step).leads.size());
        QString text = formatCount(count);
        QString tip = DashboardChartsTr::tr("%1 · leads: %n", nullptr, count).arg(funnelStepName(s.funnel.at(step).id));
        if (step > 0) {
            // Both counts are of the period, not one cohort: a step can pass 100 % of the one above.
            const std::optional<double> conversion = ratio(count, double(s.funnel.at(step - 1).leads.size()));
            if (conversion) {
                const QString above = funnelStepName(s.funnel.at(step - 1).id);
                text = DashboardChartsTr::tr("%1 · %2 of %3").arg(text, formatPercent(conversion), above);
                tip += DashboardChartsTr::tr(", %1 of %2").arg(formatPercent(conversion), above);
            }
        }
        labels->set(0, int(i), text);
        tips.append(tip);
    }
    set->setProperty("tips", tips);
    finishLegend(chart, style);
    return chart;
}

// ---- Weekly trend: counts on the left, rates on the right with the SLA target band.
QChart *trendChart(const DashboardSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    const QList<KpiPeriod> weeks = trendWeeks(s.request.choice.period, s.request.weeks, s.request.zone);
    const qsizetype n = std::min(weeks.size(), s.weekly.size());
    struct Line
    {
        QString key, name;
        QColor color;
        bool rate;
        std::function<std::optional<double>(const KpiReport &)> value;
    };
    const QList<Line> lines = {
        {QStringLiteral("mqls"), DashboardChartsTr::tr("MQLs"), style.theme.color(Theme::Token::Marketing), false,
         [](const KpiReport &r) -> std::optional<double> { return r.mqls; }},
        {QStringLiteral("handoffs"), DashboardChartsTr::tr("Hand-offs"), style.theme.color(Theme::Token::Sales), false,
         [](const KpiReport &r) -> std::optional<double> { return r.handoffs; }},
        {QStringLiteral("acceptance"), DashboardChartsTr::tr("Acceptance rate"),
         style.theme.color(Theme::Token::Accent), true, [](const KpiReport &r) { return r.acceptanceRate; }},
        {QStringLiteral("sla"), DashboardChartsTr::tr("SLA compliance"), style.theme.color(Theme::Token::Text), true,
         [](const KpiReport &r) { return r.slaCompliance; }},
    };
    double most = 0;
    for (qsizetype i = 0; i < n; ++i)
        most = std::max({most, double(s.weekly.at(i).mqls), double(s.weekly.at(i).handoffs)});

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(kTrendTicks);
    styleAxis(x, style, false);
    const qreal first = qreal(weeks.constFirst().from);
    const qreal last = qreal(weeks.at(n - 1).from);
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first) - 2 * kMsPerDay),
                QDateTime::fromMSecsSinceEpoch(qint64(last) + 2 * kMsPerDay));
    QValueAxis *counts = valueAxis(niceCeiling(most * 1.1), QStringLiteral("%d"), style);
    counts->setTitleText(DashboardChartsTr::tr("leads a week"));
    QValueAxis *rates = valueAxis(kPercent, DashboardChartsTr::tr("%d %%"), style);
    rates->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(rates, Qt::AlignRight);
    addTargetBand(chart, x, rates, first - 2.0 * kMsPerDay, last + 2.0 * kMsPerDay, 95, kPercent,
                  DashboardChartsTr::tr("SLA target"), style);

    int index = 0;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        QList<QPointF> points;
        QVariantList indexes;
        QStringList tips;
        for (qsizetype i = 0; i < n; ++i) {
            const std::optional<double> v = line.value(s.weekly.at(i));
            if (!v)
                continue; // an empty rate is no point at all, not a zero
            points.append({qreal(weeks.at(i).from), line.rate ? *v * kPercent : *v});
            indexes.append(int(i));
            tips.append(DashboardChartsTr::tr("%1, %2: %3")
                            .arg(line.name, weekName(weeks.at(i)), line.rate ? formatPercent(v) : formatCount(*v)));
        }
        series->replace(points);
        styleLine(series, line.color, index++, style);
        series->setProperty("drill", QString(QStringLiteral("trend:") + line.key));
        series->setProperty("indexes", indexes);
        series->setProperty("tips", tips);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(line.rate ? rates : counts);
    }
    finishLegend(chart, style);
    return chart;
}

// ---- Review and first response against their targets, median and p95.
struct ResponseRow
{
    QList<double> values;
    double target = 1; // in the samples' unit
    bool minutes = false;
};

QList<ResponseRow> responseRows(const DashboardSnapshot &s)
{
    const PipelineConfig &c = s.request.config;
    return {
        {sampleValues(s.times.reviewHours, false), c.reviewSlaHours, false},
        {sampleValues(s.times.reviewHours, true), c.reviewSlaHours, false},
        {sampleValues(s.times.firstResponseMinutes, false), c.responseSlaHours * 60, true},
        {sampleValues(s.times.firstResponseMinutes, true), c.urgentResponseMinutes, true},
    };
}

QString duration(double value, bool minutes)
{
    return minutes ? formatMinutes(value) : formatMinutes(value * 60);
}

QChart *responseChart(const DashboardSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    const QList<ResponseRow> rows = responseRows(s);
    auto *medianSet = new QBarSet(DashboardChartsTr::tr("Median"));
    auto *p95Set = new QBarSet(DashboardChartsTr::tr("95th percentile"));
    QStringList categories;
    double most = kPercent;
    struct Cell
    {
        std::optional<double> value;
        double share = 0;
    };
    QList<std::array<Cell, 2>> cells; // in chart order (reversed rows)
    QStringList medianTips, p95Tips;
    for (qsizetype r = rows.size() - 1; r >= 0; --r) {
        const ResponseRow &row = rows.at(r);
        std::array<Cell, 2> cell;
        const std::array<std::optional<double>, 2> values = {median(row.values), percentile(row.values, 0.95)};
        for (size_t k = 0; k < cell.size(); ++k) {
            cell[k].value = values[k];
            cell[k].share = values[k] ? *values[k] / row.target * kPercent : 0;
            most = std::max(most, cell[k].share);
        }
        medianSet->append(cell[0].share);
        p95Set->append(cell[1].share);
        categories.append(responseRowName(int(r)));
        const QString target = duration(row.target, row.minutes);
        const auto tip = [&](const QString &what, const Cell &c) {
            return c.value ? DashboardChartsTr::tr("%1, %2: %3 (%4 of the %5 target; leads: %n)", nullptr,
                                                   int(row.values.size()))
                                 .arg(responseRowName(int(r)), what, duration(*c.value, row.minutes),
                                      formatPercent(c.share / kPercent), target)
                           : DashboardChartsTr::tr("%1: no data in this period").arg(responseRowName(int(r)));
        };
        medianTips.append(tip(DashboardChartsTr::tr("median"), cell[0]));
        p95Tips.append(tip(DashboardChartsTr::tr("95th percentile"), cell[1]));
        cells.append(cell);
    }
    styleBarSet(medianSet, style.theme.color(Theme::Token::Sales), 0, style);
    styleBarSet(p95Set, style.theme.tint(Theme::Token::Sales, 110), 1, style);
    medianSet->setProperty("tips", medianTips);
    p95Set->setProperty("tips", p95Tips);
    QVariantList rowOfBar;
    for (qsizetype r = rows.size() - 1; r >= 0; --r)
        rowOfBar.append(int(r));
    for (QBarSet *set : {medianSet, p95Set}) {
        set->setProperty("drill", QStringLiteral("response"));
        set->setProperty("indexes", rowOfBar);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(medianSet);
    series->append(p95Set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories, style);
    QValueAxis *x = valueAxis(niceCeiling(most * kHeadroom), DashboardChartsTr::tr("%d %%"), style);
    x->setTitleText(DashboardChartsTr::tr("share of the target time (100 % = the SLA)"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    auto *target = new QLineSeries;
    target->setName(DashboardChartsTr::tr("Target"));
    target->replace({QPointF(kPercent, -0.5), QPointF(kPercent, qreal(categories.size()) - 0.5)});
    target->setPen(QPen(style.theme.color(Theme::Token::Bad), 2, Qt::DashLine));
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);

    auto *labels = new BarLabels(chart, series, style);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool minutes = rows.at(rows.size() - 1 - i).minutes;
        for (int k = 0; k < 2; ++k) {
            const Cell &c = cells.at(i)[size_t(k)];
            labels->set(k, int(i), c.value ? duration(*c.value, minutes) : DashboardChartsTr::tr("no data"));
        }
    }
    finishLegend(chart, style);
    return chart;
}

// ---- Revenue won and cost per customer by source.
QChart *revenueChart(const DashboardSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    // Most revenue at the top: a horizontal chart draws its first category at the bottom.
    QStringList sources = revenueSources(s.current);
    std::reverse(sources.begin(), sources.end());
    auto *revenue = new QBarSet(DashboardChartsTr::tr("Revenue won"));
    auto *cost = new QBarSet(DashboardChartsTr::tr("Cost per customer"));
    QStringList categories, revenueTips, costTips;
    QVariantList indexes;
    double most = 0;
    for (const QString &source : std::as_const(sources)) {
        indexes.append(int(sources.size() - 1 - indexes.size()));
        const double r = s.current.revenueBySource.value(source);
        const std::optional<double> c = s.current.costPerCustomerBySource.value(source);
        revenue->append(r / 1000);
        cost->append(c.value_or(0) / 1000);
        most = std::max({most, r, c.value_or(0)});
        const QString name = source.isEmpty() ? DashboardChartsTr::tr("(no source)") : source;
        categories.append(name);
        revenueTips.append(DashboardChartsTr::tr("%1: %2 won").arg(name, formatMoney(r)));
        costTips.append(c ? DashboardChartsTr::tr("%1: %2 per customer").arg(name, formatMoney(*c))
                          : DashboardChartsTr::tr("%1: spend but no win, no cost per customer yet").arg(name));
    }
    styleBarSet(revenue, style.theme.color(Theme::Token::Good), 0, style);
    styleBarSet(cost, style.theme.color(Theme::Token::Warn), 1, style);
    revenue->setProperty("tips", revenueTips);
    cost->setProperty("tips", costTips);
    for (QBarSet *set : {revenue, cost}) {
        set->setProperty("drill", QStringLiteral("revenue"));
        set->setProperty("indexes", indexes);
    }
    // Cost per customer on top of its revenue bar within a source: the series draws set 0 lowest.
    auto *series = new QHorizontalBarSeries;
    series->append(cost);
    series->append(revenue);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories, style);
    QValueAxis *x = valueAxis(niceCeiling(most / 1000 * 1.3), DashboardChartsTr::tr("%dk"), style);
    x->setTitleText(DashboardChartsTr::tr("thousands of €"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *labels = new BarLabels(chart, series, style);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        labels->set(1, int(i), formatMoney(s.current.revenueBySource.value(sources.at(i))));
        const std::optional<double> c = s.current.costPerCustomerBySource.value(sources.at(i));
        labels->set(0, int(i),
                    c ? DashboardChartsTr::tr("%1 CAC").arg(formatMoney(*c)) : DashboardChartsTr::tr("no win yet"));
    }
    finishLegend(chart, style);
    return chart;
}

// ---- Stage aging: open leads per stage, stacked by time in stage.
QChart *agingChart(const DashboardSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (const StageAging &a : s.aging)
        categories.append(stageDisplayName(a.stage));
    double most = 0;
    for (const StageAging &a : s.aging)
        most = std::max(most, double(a.total()));
    static constexpr std::array kAlpha = {60, 105, 150, 200, 255};
    for (int b = 0; b < kAgingBuckets; ++b) {
        auto *set = new QBarSet(agingBucketName(b));
        QStringList tips;
        for (const StageAging &a : s.aging) {
            const int count = int(a.buckets[size_t(b)].size());
            set->append(count);
            tips.append(DashboardChartsTr::tr("%1, in stage %2 · leads: %n", nullptr, count)
                            .arg(stageDisplayName(a.stage), agingBucketName(b)));
        }
        styleBarSet(set, style.theme.tint(Theme::Token::Marketing, kAlpha[size_t(b)]), b, style);
        set->setProperty("tips", tips);
        set->setProperty("drill", QStringLiteral("aging:%1").arg(b));
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(categories, style);
    QValueAxis *y = valueAxis(niceCeiling(most * 1.05), QStringLiteral("%d"), style);
    y->setTitleText(DashboardChartsTr::tr("open leads"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *labels = new BarLabels(chart, series, style);
    for (int b = 0; b < kAgingBuckets; ++b) {
        for (qsizetype i = 0; i < s.aging.size(); ++i) {
            if (const qsizetype count = s.aging.at(i).buckets[size_t(b)].size(); count > 0)
                labels->set(b, int(i), formatCount(double(count)));
        }
    }
    finishLegend(chart, style);
    return chart;
}

} // namespace

QChart *buildDashboardChart(DashboardChart which, const DashboardSnapshot &snapshot, const ChartStyle &style)
{
    if (emptyReason(which, snapshot))
        return nullptr;
    switch (which) {
    case DashboardChart::Funnel: return funnelChart(snapshot, style);
    case DashboardChart::Trend: return trendChart(snapshot, style);
    case DashboardChart::Response: return responseChart(snapshot, style);
    case DashboardChart::Revenue: return revenueChart(snapshot, style);
    case DashboardChart::Aging: return agingChart(snapshot, style);
    }
    return nullptr;
}

} // namespace baton
