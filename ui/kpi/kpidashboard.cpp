#include "kpidashboard.h"

#include "chartcard.h"
#include "kpi/feedbackreport.h"
#include "kpitile.h"
#include "kpiworker.h"
#include "leadlistpopup.h"
#include "periodpicker.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "weeklyreport.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kTileMinWidth = 20 * Theme::kGrid; // 28 px figures like "€287.2k" still fit
constexpr int kDebounceMs = 150;

void setSecondary(QLabel *label, const Theme &theme)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, theme.color(Theme::Token::TextSecondary));
    label->setPalette(p);
}
} // namespace

KpiDashboard::KpiDashboard(PipelineService &pipeline, QWidget *parent)
    : QWidget(parent), m_pipeline(pipeline), m_theme(Theme::systemMode()), m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("kpiDashboard"));
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, m_theme.color(Theme::Token::Background));
    setPalette(background);

    auto *title = new QLabel(tr("Joint KPIs"), this);
    title->setFont(Theme::font(Theme::kViewTitle, QFont::DemiBold));
    m_picker = new PeriodPicker(this);
    m_picker->setPreset(PeriodPreset::ThisMonth);
    m_comparison = new QLabel(this);
    m_comparison->setFont(Theme::font(Theme::kMeta));
    setSecondary(m_comparison, m_theme);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setFont(Theme::font(Theme::kMeta));
    setSecondary(m_status, m_theme);
    auto *report = new QPushButton(tr("Weekly report…"), this);
    report->setToolTip(tr("Export last week's report as PDF or PNG, for the stand-up"));
    connect(report, &QPushButton::clicked, this, [this] { exportWeeklyReportInteractively(m_pipeline, this); });

    auto *header = new QHBoxLayout;
    header->setSpacing(Theme::kGrid * 2);
    header->addWidget(title);
    header->addWidget(m_picker);
    header->addWidget(m_comparison);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(report);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("kpiContent"));
    content->setAutoFillBackground(true);
    content->setPalette(background);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(Theme::kGrid);
    for (const KpiInfo &info : dashboardKpis()) {
        auto *tile = new KpiTile(m_theme, info, content);
        m_tiles.insert(info.id, tile);
        m_tileOrder.append(tile);
    }
    auto *charts = new QGridLayout;
    charts->setSpacing(Theme::kGrid * 2);
    const auto addCard = [&](DashboardChart which, int row, int column, int span) {
        auto *card = new ChartCard(m_theme, dashboardChartTitle(which), dashboardChartExplanation(which),
                                   dashboardChartFileName(which), content);
        card->setEmpty(tr("Computing…"), QString());
        connect(card, &ChartCard::drilled, this,
                [this, which](const QString &key, int index) { drill(which, key, index); });
        m_cards.insert(int(which), card);
        charts->addWidget(card, row, column, 1, span);
    };
    addCard(DashboardChart::Trend, 0, 0, 2);
    addCard(DashboardChart::Funnel, 1, 0, 1);
    addCard(DashboardChart::Aging, 1, 1, 1);
    addCard(DashboardChart::Response, 2, 0, 1);
    addCard(DashboardChart::Revenue, 2, 1, 1);
    // Two bars for each of up to ten sources need the height.
    for (DashboardChart tall : {DashboardChart::Response, DashboardChart::Revenue})
        m_cards.value(int(tall))->setChartHeight(44 * Theme::kGrid);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Theme::kGrid * 2, 0, Theme::kGrid * 2, Theme::kGrid * 2);
    contentLayout->setSpacing(Theme::kGrid * 2);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addLayout(charts);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::kGrid * 2, 0, 0);
    layout->setSpacing(Theme::kGrid * 2);
    auto *headerHost = new QWidget(this);
    headerHost->setLayout(header);
    header->setContentsMargins(Theme::kGrid * 2, 0, Theme::kGrid * 2, 0);
    layout->addWidget(headerHost);
    layout->addWidget(scroll, 1);
    layoutTiles();

    m_popup = new LeadListPopup(m_theme, this);
    connect(m_popup, &LeadListPopup::leadChosen, this, &KpiDashboard::openLead);
    m_worker = new KpiWorker(
        pipeline.database(),
        [this](const std::any &result) { display(std::any_cast<std::shared_ptr<const DashboardSnapshot>>(result)); },
        this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { start(true); });
    connect(m_picker, &PeriodPicker::changed, this, [this] { start(false); });
}

KpiDashboard::~KpiDashboard() = default;

void KpiDashboard::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_picker->setZone(zone);
}

void KpiDashboard::refresh()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void KpiDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        start(true);
}

void KpiDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

void KpiDashboard::layoutTiles()
{
    const int available = std::max(width() - Theme::kGrid * 6, kTileMinWidth);
    const int columns = std::clamp(available / (kTileMinWidth + Theme::kGrid), 2, 7);
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (KpiTile *tile : std::as_const(m_tileOrder))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tileOrder.size(); ++i)
        m_tileGrid->addWidget(m_tileOrder.at(i), i / columns, i % columns);
    for (int c = 0; c < 7; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KpiDashboard::start(bool reload)
{
    m_debounce->stop();
    if (reload || !m_data) {
        m_dirty = false;
        m_data.reset();
        m_dataAsof = m_pipeline.clock().now();
    }
    DashboardRequest request;
    request.zone = m_zone;
    request.config = m_pipeline.config();
    request.choice = m_picker->choice(m_dataAsof);
    m_comparison->setText(tr("%1 · compared with %2").arg(request.choice.label, request.choice.previousLabel));
    m_status->setText(tr("Computing…"));
    const Timestamp asof = m_dataAsof;
    const std::optional<KpiData> cached = m_data;
    KpiWorker::Job job;
    job.load = [asof, cached](Database &db) -> std::any { return cached ? *cached : loadKpiData(db, asof, false); };
    job.compute = [request](std::any &loaded, const KpiWorker::Publish &publish) {
        computeDashboard(std::any_cast<const KpiData &>(loaded), request,
                         [&publish](std::shared_ptr<const DashboardSnapshot> s) { return publish(std::move(s)); });
    };
    m_worker->post(std::move(job));
}

void KpiDashboard::display(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    // The second publication of a computation only adds the trend.
    const bool sameCharts = m_snapshot && !m_snapshot->complete && snapshot->complete
                            && m_snapshot->data.input == snapshot->data.input
                            && m_snapshot->request.choice.period.from == snapshot->request.choice.period.from
                            && m_snapshot->request.choice.period.to == snapshot->request.choice.period.to;
    m_snapshot = snapshot;
    m_data = snapshot->data;
    const DashboardSnapshot &s = *snapshot;
    const KpiPeriod &period = s.request.choice.period;
    TargetContext context;
    context.reviewSlaHours = s.request.config.reviewSlaHours;
    context.urgentResponseMinutes = s.request.config.urgentResponseMinutes;
    context.marketingMonthlySals = s.request.config.marketingMonthlySals;
    context.periodMs = std::min(period.to, period.asof) - period.from;
    for (KpiTile *tile : std::as_const(m_tileOrder))
        tile->setValues(s.current.value(tile->kpiId()), s.previous.value(tile->kpiId()), context);

    const ChartStyle style{m_theme, false};
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const auto which = DashboardChart(it.key());
        if (sameCharts && which != DashboardChart::Trend)
            continue;
        it.value()->setExplanation(dashboardChartExplanation(which, &s));
        if (QChart *chart = buildDashboardChart(which, s, style)) {
            it.value()->setChart(chart);
        } else {
            const EmptyReason why = emptyReason(which, s).value_or(EmptyReason{});
            it.value()->setEmpty(why.why, why.whatToDo);
        }
    }
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(period.asof, m_zone).time(), QStringLiteral("HH:mm"));
    const qint64 total = s.data.loadMs + s.computeMs + s.weeklyMs;
    m_status->setText(s.complete ? tr("Updated %1 in %2 s").arg(when, QLocale().toString(total / 1000.0, 'f', 1))
                                 : tr("Updated %1 · computing the weekly trend…").arg(when));
    m_status->setToolTip(tr("Every number is computed from the event log as of %1: %2 events read in %3 ms, "
                            "KPIs computed in %4 ms, the weekly trend in %5 ms.")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(period.asof, m_zone)),
                                  QLocale().toString(s.data.eventsRead))
                             .arg(s.data.loadMs)
                             .arg(s.computeMs)
                             .arg(s.weeklyMs));
    Q_EMIT updated(s.complete);
}

void KpiDashboard::drill(DashboardChart chart, const QString &key, int index)
{
    if (!m_snapshot)
        return;
    QString title;
    const QStringList leads = drillLeads(chart, key, index, &title);
    const QString heading = tr("%1 · leads: %n", nullptr, int(leads.size())).arg(title);
    m_popup->showLeads(heading, leads, m_snapshot->data.labels ? *m_snapshot->data.labels : QHash<QString, LeadLabel>(),
                       QCursor::pos());
}

QStringList KpiDashboard::drillLeads(DashboardChart chart, const QString &key, int index, QString *title) const
{
    const DashboardSnapshot &s = *m_snapshot;
    const KpiInput &input = *s.data.input;
    const QString period = s.request.choice.label;
    switch (chart) {
    case DashboardChart::Funnel:
        if (index < 0 || index >= s.funnel.size())
            return {};
        *title = tr("%1, %2").arg(funnelStepName(s.funnel.at(index).id), period);
        return s.funnel.at(index).leads;
    case DashboardChart::Trend: {
        const QList<KpiPeriod> weeks = trendWeeks(s.request.choice.period, s.request.weeks, s.request.zone);
        if (index < 0 || index >= weeks.size() || index >= s.weekly.size())
            return {};
        const KpiPeriod &week = weeks.at(index);
        const QString weekLabel = periodLabel(week, s.request.zone);
        const QList<FunnelStep> funnel = periodFunnel(input, week);
        if (key == u"trend:mqls") {
            *title = tr("MQLs, %1").arg(weekLabel);
            return funnel.at(1).leads;
        }
        if (key == u"trend:handoffs") {
            *title = tr("Hand-offs, %1").arg(weekLabel);
            return funnel.at(2).leads;
        }
        if (key == u"trend:sla") {
            *title = tr("Missed the review deadline, %1").arg(weekLabel);
            return s.weekly.at(index).slaFailedLeads;
        }
        *title = tr("Accepted or rejected, %1").arg(weekLabel);
        QStringList decided = funnel.at(3).leads;
        for (const FeedbackItem &item : computeFeedback(input, week).items) {
            if (item.kind == u"reject" && !decided.contains(item.leadId))
                decided.append(item.leadId);
        }
        return decided;
    }
    case DashboardChart::Response: {
        *title = tr("%1, slowest first").arg(responseRowName(index));
        const bool review = index < 2;
        const bool urgent = index % 2 == 1;
        return slowestLeads(review ? s.times.reviewHours : s.times.firstResponseMinutes, urgent);
    }
    case DashboardChart::Revenue: {
        const QStringList sources = revenueSources(s.current);
        if (index < 0 || index >= sources.size())
            return {};
        const QString source = sources.at(index);
        *title = tr("Won from %1, %2").arg(source.isEmpty() ? tr("(no source)") : source, period);
        QStringList won;
        for (const QString &lead : s.current.wonLeads) {
            if (input.leads.value(lead).source == source)
                won.append(lead);
        }
        return won;
    }
    case DashboardChart::Aging: {
        const int bucket = key.section(QLatin1Char(':'), 1).toInt();
        if (index < 0 || index >= s.aging.size() || bucket < 0 || bucket >= kAgingBuckets)
            return {};
        *title = tr("%1, in stage %2").arg(stageDisplayName(s.aging.at(index).stage), agingBucketName(bucket));
        return s.aging.at(index).buckets[size_t(bucket)];
    }
    }
    return {};
}

} // namespace baton
