#include "feedbackcharts.h"

#include "kpi/barlabels.h"
#include "kpi/dashboardsnapshot.h"
#include "kpi/kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace baton {

namespace {
struct FeedbackChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCharts)
};

constexpr int kPercent = 100;
constexpr int kAngledLabels = 6; // more categories than this: slant the labels

QValueAxis *valueAxis(double max, const QString &format, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max);
    axis->setTickCount(max <= 4 ? int(max) + 1 : 5);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    styleAxis(axis, style);
    return axis;
}

QString groupName(FeedbackChart which, const QString &key, const ReasonLabels &reasons)
{
    if (which == FeedbackChart::Reasons)
        return reasonLabel(reasons, key);
    if (key == u"\x1f")
        return FeedbackChartsTr::tr("all others");
    if (key.isEmpty())
        return which == FeedbackChart::Campaigns ? FeedbackChartsTr::tr("(no campaign)")
                                                 : FeedbackChartsTr::tr("(no source)");
    return key;
}

QChart *paretoChart(const FeedbackSnapshot &s, const ReasonLabels &reasons, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    const QList<FeedbackGroup> groups = chartGroups(FeedbackChart::Reasons, s);
    auto *set = new QBarSet(FeedbackChartsTr::tr("Rejections"));
    QStringList categories, tips, lineTips;
    QList<QPointF> cumulative;
    int total = 0, running = 0, most = 0;
    for (const FeedbackGroup &g : groups)
        total += g.count;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const FeedbackGroup &g = groups.at(i);
        set->append(g.count);
        running += g.count;
        most = std::max(most, g.count);
        const QString name = groupName(FeedbackChart::Reasons, g.key, reasons);
        categories.append(name);
        cumulative.append({qreal(i), 100.0 * running / total});
        tips.append(FeedbackChartsTr::tr("%1 · rejections: %n, %2 of all", nullptr, g.count)
                        .arg(name, formatPercent(double(g.count) / total)));
        lineTips.append(FeedbackChartsTr::tr("Reasons 1 to %n explain %1 of the rejections", nullptr, int(i + 1))
                            .arg(formatPercent(double(running) / total)));
    }
    styleBarSet(set, style.theme.color(Theme::Token::Bad), 0, style);
    set->setProperty("drill", QStringLiteral("reason"));
    set->setProperty("tips", tips);
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, style, false);
    x->setTruncateLabels(false);
    if (categories.size() > kAngledLabels)
        x->setLabelsAngle(-30);
    QValueAxis *y = valueAxis(niceCeiling(most * 1.15), QStringLiteral("%d"), style);
    y->setTitleText(FeedbackChartsTr::tr("rejections"));
    QValueAxis *share = valueAxis(kPercent, FeedbackChartsTr::tr("%d %%"), style);
    share->setGridLineVisible(false);
    share->setTitleText(FeedbackChartsTr::tr("cumulative share"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    auto *line = new QLineSeries;
    line->setName(FeedbackChartsTr::tr("Cumulative share"));
    line->replace(cumulative);
    styleLine(line, style.theme.color(Theme::Token::Text), 1, style);
    line->setProperty("drill", QStringLiteral("reason"));
    line->setProperty("tips", lineTips);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(share);
    auto *labels = new BarLabels(chart, bars, style);
    for (qsizetype i = 0; i < groups.size(); ++i)
        labels->set(0, int(i), formatCount(groups.at(i).count));
    finishLegend(chart, style);
    return chart;
}

QChart *groupChart(FeedbackChart which, const FeedbackSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    chart->legend()->hide();
    const QList<FeedbackGroup> groups = chartGroups(which, s);
    auto *set = new QBarSet(FeedbackChartsTr::tr("Rejections"));
    QStringList categories, tips;
    QVariantList indexes;
    int most = 0;
    // Most first from the top: a horizontal chart draws its first category at the bottom.
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const FeedbackGroup &g = groups.at(i);
        set->append(g.count);
        most = std::max(most, g.count);
        const QString name = groupName(which, g.key, {});
        categories.append(name);
        indexes.append(int(i));
        tips.append(
            g.share()
                ? FeedbackChartsTr::tr("%1 · rejections: %n, %2 of its hand-offs in the period (%3)", nullptr, g.count)
                      .arg(name, formatPercent(g.share()))
                      .arg(g.handoffs)
                : FeedbackChartsTr::tr("%1 · rejections: %n, no hand-off in the period", nullptr, g.count).arg(name));
    }
    styleBarSet(set, style.theme.color(Theme::Token::Marketing), 0, style);
    set->setProperty("drill",
                     which == FeedbackChart::Campaigns ? QStringLiteral("campaign") : QStringLiteral("source"));
    set->setProperty("indexes", indexes);
    set->setProperty("tips", tips);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, style, false);
    // Room past the longest bar for its label; the labels carry the numbers, so no axis.
    QValueAxis *x = valueAxis(niceCeiling(most * 1.8), QStringLiteral("%d"), style);
    x->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *labels = new BarLabels(chart, series, style);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const FeedbackGroup &g = groups.at(groups.size() - 1 - i);
        labels->set(0, int(i),
                    g.share() ? FeedbackChartsTr::tr("%1 · %2").arg(formatCount(g.count), formatPercent(g.share()))
                              : formatCount(g.count));
    }
    finishLegend(chart, style);
    return chart;
}

QChart *trendChart(const FeedbackSnapshot &s, const ChartStyle &style)
{
    QChart *chart = newChart(style);
    auto *series = new QStackedBarSeries;
    struct Kind
    {
        QString name;
        Theme::Token token;
        int FeedbackWeek::*count;
    };
    const QList<Kind> kinds = {{FeedbackChartsTr::tr("Rejected at review"), Theme::Token::Bad, &FeedbackWeek::rejected},
                               {FeedbackChartsTr::tr("Disqualified"), Theme::Token::Warn, &FeedbackWeek::disqualified},
                               {FeedbackChartsTr::tr("Lost"), Theme::Token::TextSecondary, &FeedbackWeek::lost}};
    QStringList categories;
    int most = 0;
    for (const FeedbackWeek &w : s.weeks) {
        categories.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(w.period.from, s.request.zone).date(),
                                             QStringLiteral("d MMM")));
        most = std::max(most, w.rejected + w.disqualified + w.lost);
    }
    int k = 0;
    for (const Kind &kind : kinds) {
        auto *set = new QBarSet(kind.name);
        QStringList tips;
        for (const FeedbackWeek &w : s.weeks) {
            set->append(w.*kind.count);
            tips.append(FeedbackChartsTr::tr("%1, week of %2: %3")
                            .arg(kind.name, categories.at(tips.size()))
                            .arg(w.*kind.count));
        }
        styleBarSet(set, style.theme.color(kind.token), k++, style);
        set->setProperty("drill", QStringLiteral("week"));
        set->setProperty("tips", tips);
        series->append(set);
    }
    series->setBarWidth(0.65);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, style, false);
    x->setTruncateLabels(false);
    QValueAxis *y = valueAxis(niceCeiling(most * 1.1), QStringLiteral("%d"), style);
    y->setTitleText(FeedbackChartsTr::tr("a week"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *labels = new BarLabels(chart, series, style);
    for (int i = 0; i < kinds.size(); ++i) {
        for (qsizetype w = 0; w < s.weeks.size(); ++w) {
            if (const int n = s.weeks.at(w).*kinds.at(i).count; n > 0)
                labels->set(i, int(w), formatCount(n));
        }
    }
    finishLegend(chart, style);
    return chart;
}

} // namespace

QString reasonLabel(const ReasonLabels &labels, const QString &id)
{
    if (id.isEmpty())
        return FeedbackChartsTr::tr("(no reason)");
    return labels.value(id, id);
}

QList<FeedbackGroup> chartGroups(FeedbackChart which, const FeedbackSnapshot &s)
{
    QList<FeedbackGroup> all;
    switch (which) {
    case FeedbackChart::Reasons: all = s.report.byReason; break;
    case FeedbackChart::Campaigns: all = s.report.byCampaign; break;
    case FeedbackChart::Sources: all = s.report.bySource; break;
    case FeedbackChart::Trend: return {};
    }
    if (all.size() <= kMostGroups || which == FeedbackChart::Reasons)
        return all; // a Pareto chart shows every reason: the long tail is its point
    QList<FeedbackGroup> shown = all.mid(0, kMostGroups - 1);
    FeedbackGroup rest;
    rest.key = QStringLiteral("\x1f"); // not a name anyone types: "all others"
    for (qsizetype i = kMostGroups - 1; i < all.size(); ++i) {
        rest.count += all.at(i).count;
        rest.handoffs += all.at(i).handoffs;
        rest.leads += all.at(i).leads;
    }
    shown.append(rest);
    return shown;
}

QChart *buildFeedbackChart(FeedbackChart which, const FeedbackSnapshot &snapshot, const ReasonLabels &reasons,
                           const ChartStyle &style)
{
    if (feedbackEmptyReason(which, snapshot))
        return nullptr;
    switch (which) {
    case FeedbackChart::Reasons: return paretoChart(snapshot, reasons, style);
    case FeedbackChart::Trend: return trendChart(snapshot, style);
    case FeedbackChart::Campaigns:
    case FeedbackChart::Sources: return groupChart(which, snapshot, style);
    }
    return nullptr;
}

std::optional<EmptyReason> feedbackEmptyReason(FeedbackChart which, const FeedbackSnapshot &s)
{
    if (which == FeedbackChart::Trend) {
        for (const FeedbackWeek &w : s.weeks) {
            if (w.rejected + w.disqualified + w.lost > 0)
                return std::nullopt;
        }
        return EmptyReason{
            FeedbackChartsTr::tr("Sales turned no lead down in the %n weeks up to this period.", nullptr,
                                 int(s.weeks.size())),
            FeedbackChartsTr::tr("Rejections, disqualifications and losses appear here with their reasons.")};
    }
    if (s.report.total() > 0)
        return std::nullopt;
    return EmptyReason{
        FeedbackChartsTr::tr("No rejection, disqualification or loss in this period."),
        s.report.handoffs > 0
            ? FeedbackChartsTr::tr("Every hand-off of the period is still in play: pick a longer period to see "
                                   "older feedback.")
            : FeedbackChartsTr::tr("Nothing was handed to sales in this period either: pick a longer period.")};
}

QString feedbackChartTitle(FeedbackChart which)
{
    switch (which) {
    case FeedbackChart::Reasons: return FeedbackChartsTr::tr("Why sales turns leads down");
    case FeedbackChart::Trend: return FeedbackChartsTr::tr("Rejections by week");
    case FeedbackChart::Campaigns: return FeedbackChartsTr::tr("By campaign");
    case FeedbackChart::Sources: return FeedbackChartsTr::tr("By source");
    }
    return {};
}

QString feedbackChartExplanation(FeedbackChart which)
{
    switch (which) {
    case FeedbackChart::Reasons:
        return FeedbackChartsTr::tr(
            "Rejections, disqualifications and losses by reason, most first; the line adds them up.");
    case FeedbackChart::Trend:
        return FeedbackChartsTr::tr("Each week's rejections at review, disqualifications and losses.");
    case FeedbackChart::Campaigns:
        return FeedbackChartsTr::tr("Rejections · their share of the campaign's hand-offs in the period.");
    case FeedbackChart::Sources:
        return FeedbackChartsTr::tr("Rejections · their share of the source's hand-offs in the period.");
    }
    return {};
}

QString feedbackChartFileName(FeedbackChart which)
{
    switch (which) {
    case FeedbackChart::Reasons: return QStringLiteral("baton-rejection-reasons");
    case FeedbackChart::Trend: return QStringLiteral("baton-rejections-by-week");
    case FeedbackChart::Campaigns: return QStringLiteral("baton-rejections-by-campaign");
    case FeedbackChart::Sources: return QStringLiteral("baton-rejections-by-source");
    }
    return QStringLiteral("baton-chart");
}

} // namespace baton
