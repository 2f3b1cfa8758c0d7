#include "reportpages.h"

#include "kpiformat.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace baton {

namespace {
struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

constexpr qreal kMargin = 48;
constexpr qreal kRow = 24;
constexpr qreal kCommentRow = 21;
constexpr int kTitle = 24;
constexpr int kSection = 15;
constexpr int kBody = 11;
constexpr int kSmall = 9;

const Theme &theme()
{
    static const Theme light(Theme::Mode::Light); // paper is white
    return light;
}

QColor ink(Theme::Token token)
{
    // Text on paper: the fill tokens a shade darker so they read when printed.
    const QColor c = theme().color(token);
    return token == Theme::Token::Text || token == Theme::Token::TextSecondary ? c : c.darker(125);
}

void text(QPainter &p, const QRectF &r, int flags, const QString &s, int px, QFont::Weight weight = QFont::Normal,
          Theme::Token token = Theme::Token::Text)
{
    p.setFont(Theme::font(px, weight));
    p.setPen(ink(token));
    const QString shown =
        flags & Qt::TextWordWrap ? s : QFontMetricsF(p.font()).elidedText(s, Qt::ElideRight, r.width());
    p.drawText(r, flags, shown);
}

void rule(QPainter &p, qreal x0, qreal x1, qreal y, Theme::Token token = Theme::Token::Border)
{
    p.setPen(QPen(token == Theme::Token::Border ? theme().color(token).darker(115) : ink(token), 1));
    p.drawLine(QPointF(x0, y), QPointF(x1, y));
}

// Charts are laid out this much larger than their box and scaled down into it, so
// their 12 px labels print at about 8.5 pt beside the report's 11 px text.
constexpr qreal kChartZoom = 1.4;

// Paints `chart` into `r` and deletes it. A chart lays itself out in a scene.
void paintChart(QPainter &p, QChart *chart, const QRectF &r)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    const QSizeF size = r.size() * kChartZoom;
    chart->resize(size);
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&p, r, scene.sceneRect());
    scene.removeItem(chart);
    delete chart;
}

void chartBox(QPainter &p, const QRectF &r, const QString &title, const QString &explanation, QChart *chart,
              const std::optional<EmptyReason> &empty)
{
    text(p, QRectF(r.left(), r.top(), r.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, title, kSection,
         QFont::DemiBold);
    text(p, QRectF(r.left(), r.top() + 20, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, explanation, kSmall,
         QFont::Normal, Theme::Token::TextSecondary);
    const QRectF area = r.adjusted(0, 40, 0, 0);
    if (chart) {
        paintChart(p, chart, area);
        return;
    }
    p.setPen(QPen(theme().color(Theme::Token::Border), 1, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    const EmptyReason why = empty.value_or(EmptyReason{});
    text(p, area.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
         why.why + QLatin1Char('\n') + why.whatToDo, kBody, QFont::Normal, Theme::Token::TextSecondary);
}

QString weekTitle(const WeeklyReportData &d)
{
    return ReportTr::tr("Week %1, %2 · %3").arg(d.isoWeek).arg(d.isoYear).arg(d.dashboard.request.choice.label);
}

qreal pageHeader(QPainter &p, int page, const WeeklyReportData &d, const QString &heading)
{
    const qreal width = kReportPageSize.width() - 2 * kMargin;
    text(p, QRectF(kMargin, kMargin - 24, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
         ReportTr::tr("Baton weekly report · %1").arg(weekTitle(d)), kSmall, QFont::Normal,
         Theme::Token::TextSecondary);
    text(p, QRectF(kMargin, kMargin - 24, width, 16), Qt::AlignRight | Qt::AlignVCenter,
         ReportTr::tr("page %1 of %2").arg(page + 1).arg(kReportPages), kSmall, QFont::Normal,
         Theme::Token::TextSecondary);
    rule(p, kMargin, kMargin + width, kMargin - 4);
    text(p, QRectF(kMargin, kMargin + 4, width, 34), Qt::AlignLeft | Qt::AlignVCenter, heading, kTitle, QFont::Bold);
    return kMargin + 46;
}

struct Column
{
    QString title;
    qreal width;
    Qt::Alignment align = Qt::AlignLeft;
};

qreal tableHeader(QPainter &p, qreal x, qreal y, const QList<Column> &columns)
{
    qreal cx = x;
    for (const Column &c : columns) {
        text(p, QRectF(cx + 4, y, c.width - 8, kRow), c.align | Qt::AlignVCenter, c.title, kSmall, QFont::DemiBold,
             Theme::Token::TextSecondary);
        cx += c.width;
    }
    rule(p, x, cx, y + kRow, Theme::Token::Text);
    return y + kRow;
}

struct Cell
{
    QString text;
    Theme::Token token = Theme::Token::Text;
    QFont::Weight weight = QFont::Normal;
};

qreal tableRow(QPainter &p, qreal x, qreal y, const QList<Column> &columns, const QList<Cell> &cells,
               qreal height = kRow)
{
    qreal cx = x;
    for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
        const Column &c = columns.at(i);
        text(p, QRectF(cx + 4, y, c.width - 8, height), c.align | Qt::AlignVCenter, cells.at(i).text,
             height < kRow ? kSmall + 1 : kBody, cells.at(i).weight, cells.at(i).token);
        cx += c.width;
    }
    rule(p, x, cx, y + height);
    return y + height;
}

// ---- Page 1: the stand-up numbers, the targets and the contract.
void standupPage(QPainter &p, const WeeklyReportData &d)
{
    const DashboardSnapshot &s = d.dashboard;
    qreal y = pageHeader(p, 0, d, ReportTr::tr("Week %1 at a glance").arg(d.isoWeek));
    const QString asof =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.request.choice.period.asof, d.zone), QLocale::ShortFormat);
    text(p, QRectF(kMargin, y, 1000, 18), Qt::AlignLeft | Qt::AlignVCenter,
         ReportTr::tr("%1, compared with week %2 (%3). Computed from the event log as of %4.")
             .arg(s.request.choice.label)
             .arg(d.previousWeek)
             .arg(s.request.choice.previousLabel, asof),
         kBody, QFont::Normal, Theme::Token::TextSecondary);
    y += 34;

    // Left: last week against the week before.
    const qreal left = kMargin;
    text(p, QRectF(left, y, 500, 22), Qt::AlignLeft | Qt::AlignVCenter, ReportTr::tr("1. Last week vs the week before"),
         kSection, QFont::DemiBold);
    const QList<Column> standup = {{ReportTr::tr("Number"), 150},
                                   {ReportTr::tr("Week %1").arg(d.isoWeek), 80, Qt::AlignRight},
                                   {ReportTr::tr("Week %1").arg(d.previousWeek), 80, Qt::AlignRight},
                                   {ReportTr::tr("Change"), 200}};
    qreal ty = tableHeader(p, left, y + 28, standup);
    const auto sqls = [](const QList<FunnelStep> &f) -> std::optional<double> {
        return double(f.value(4).leads.size());
    };
    struct Line
    {
        QString kpi;
        QString label;
        std::optional<double> now, before;
    };
    QList<Line> lines;
    for (const char16_t *id : {u"leads_created", u"mqls", u"handoffs", u"accepted", u"rejected"}) {
        const QString kpi = QString::fromUtf16(id);
        lines.append({kpi, kpiInfo(kpi)->label, s.current.value(kpi), s.previous.value(kpi)});
    }
    lines.append({QStringLiteral("sqls"), ReportTr::tr("SQLs"), sqls(s.funnel),
                  sqls(periodFunnel(*s.data.input, s.request.choice.previous))});
    lines.append({QStringLiteral("wins"), ReportTr::tr("Wins"), s.current.value(QStringLiteral("wins")),
                  s.previous.value(QStringLiteral("wins"))});
    lines.append({QStringLiteral("revenue_won"), kpiInfo(QStringLiteral("revenue_won"))->label, s.current.revenueWon,
                  s.previous.revenueWon});
    for (const Line &l : std::as_const(lines)) {
        const KpiInfo info = kpiInfo(l.kpi).value_or(KpiInfo{l.kpi, l.label, {}, KpiUnit::Count, l.kpi != u"rejected"});
        const KpiChange change = describeChange(info, l.now, l.before);
        ty = tableRow(p, left, ty, standup,
                      {{l.label, Theme::Token::Text, QFont::Medium},
                       {formatKpiValue(info.unit, l.now), Theme::Token::Text, QFont::DemiBold},
                       {formatKpiValue(info.unit, l.before)},
                       {change.text, change.token}});
    }

    // Right: the KPIs that have a target.
    const qreal right = kMargin + 540;
    text(p, QRectF(right, y, 500, 22), Qt::AlignLeft | Qt::AlignVCenter, ReportTr::tr("2. KPIs against their targets"),
         kSection, QFont::DemiBold);
    const QList<Column> targets = {{ReportTr::tr("KPI"), 150},
                                   {ReportTr::tr("Week %1").arg(d.isoWeek), 80, Qt::AlignRight},
                                   {ReportTr::tr("Target"), 150},
                                   {ReportTr::tr("Verdict"), 107}};
    qreal ry = tableHeader(p, right, y + 28, targets);
    TargetContext context;
    context.reviewSlaHours = s.request.config.reviewSlaHours;
    context.urgentResponseMinutes = s.request.config.urgentResponseMinutes;
    context.marketingMonthlySals = s.request.config.marketingMonthlySals;
    context.periodMs =
        std::min(s.request.choice.period.to, s.request.choice.period.asof) - s.request.choice.period.from;
    for (const char16_t *id :
         {u"sla_compliance", u"median_review_hours", u"median_first_response_minutes_urgent", u"mql_to_sql_rate",
          u"sql_to_opportunity_rate", u"handoffs", u"acceptance_rate", u"win_rate"}) {
        const QString kpi = QString::fromUtf16(id);
        const std::optional<double> v = s.current.value(kpi);
        const KpiTarget t = evaluateTarget(kpi, v, context);
        ry = tableRow(
            p, right, ry, targets,
            {{kpiInfo(kpi)->label, Theme::Token::Text, QFont::Medium},
             {formatKpi(kpi, v), Theme::Token::Text, QFont::DemiBold},
             {t.band.isEmpty()     ? ReportTr::tr("no target")
              : kpi == u"handoffs" ? ReportTr::tr("%1 (%2 a month)").arg(t.band).arg(context.marketingMonthlySals)
                                   : t.band,
              Theme::Token::TextSecondary},
             {t.verdict.isEmpty() ? ReportTr::tr("—") : t.verdict, t.token, QFont::DemiBold}});
    }

    // Bottom: both sides of the contract, this month.
    const ContractReport &c = d.feedback.contract;
    y = std::max(ty, ry) + 30;
    const QString month =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.period.from, d.zone).date(), QStringLiteral("MMMM yyyy"));
    text(p, QRectF(kMargin, y, 1000, 22), Qt::AlignLeft | Qt::AlignVCenter,
         ReportTr::tr("3. The hand-off contract, %1 so far").arg(month), kSection, QFont::DemiBold);
    y += 30;
    const QString marketing =
        c.commitment > 0
            ? ReportTr::tr("Marketing delivered %1 SALs of the %2 it committed to this month (%3 expected by now); "
                           "%4 rejected as not our ideal customer are credited back.")
                  .arg(c.delivered())
                  .arg(c.commitment)
                  .arg(qRound(c.expectedByAsof()))
                  .arg(c.creditedBack)
            : ReportTr::tr("Marketing delivered %1 SALs this month (%2 credited back); no monthly commitment is set.")
                  .arg(c.delivered())
                  .arg(c.creditedBack);
    const QString decided = ReportTr::tr("Sales decided %1 of this month's hand-offs within %2 (%3 late or overdue).")
                                .arg(formatPercent(c.decisionRate()), formatMinutes(c.reviewSlaHours * 60))
                                .arg(c.decidedLate);
    const QString contacted =
        ReportTr::tr("Sales contacted %1 of the hand-offs it kept within %2 (%3 late or not yet).")
            .arg(formatPercent(c.contactRate()), formatMinutes(c.responseSlaHours * 60))
            .arg(c.contactedLate);
    for (const QString &line : {marketing, decided, contacted}) {
        text(p, QRectF(kMargin + 12, y, kReportPageSize.width() - 2 * kMargin - 12, 20),
             Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("• ") + line, kBody);
        y += 22;
    }

    // And how fast, against the targets, in the room left.
    y += 14;
    const QRectF box(kMargin, y, kReportPageSize.width() - 2 * kMargin, kReportPageSize.height() - kMargin - y);
    if (box.height() > 120)
        chartBox(p, box, ReportTr::tr("4. %1").arg(dashboardChartTitle(DashboardChart::Response)),
                 dashboardChartExplanation(DashboardChart::Response, &s),
                 buildDashboardChart(DashboardChart::Response, s, ChartStyle{theme(), true}),
                 emptyReason(DashboardChart::Response, s));
}

// ---- Page 2: the main charts.
void chartsPage(QPainter &p, const WeeklyReportData &d)
{
    const qreal top = pageHeader(p, 1, d, ReportTr::tr("Trend, funnel, revenue and stage aging"));
    const ChartStyle print{theme(), true};
    const qreal width = kReportPageSize.width() - 2 * kMargin;
    const qreal gap = 24;
    const qreal half = (width - gap) / 2;
    const qreal rowHeight = (kReportPageSize.height() - kMargin - top - gap) / 2;
    const auto box = [&](DashboardChart which, const QRectF &r) {
        chartBox(p, r, dashboardChartTitle(which), dashboardChartExplanation(which, &d.dashboard),
                 buildDashboardChart(which, d.dashboard, print), emptyReason(which, d.dashboard));
    };
    box(DashboardChart::Trend, QRectF(kMargin, top, half, rowHeight));
    box(DashboardChart::Funnel, QRectF(kMargin + half + gap, top, half, rowHeight));
    box(DashboardChart::Revenue, QRectF(kMargin, top + rowHeight + gap, half, rowHeight));
    box(DashboardChart::Aging, QRectF(kMargin + half + gap, top + rowHeight + gap, half, rowHeight));
}

// ---- Page 3: rejection feedback with the comments.
void feedbackPage(QPainter &p, const WeeklyReportData &d)
{
    const FeedbackSnapshot &f = d.feedback;
    const qreal top =
        pageHeader(p, 2, d, ReportTr::tr("Rejection feedback · %n turned down", nullptr, f.report.total()));
    const ChartStyle print{theme(), true};
    const qreal width = kReportPageSize.width() - 2 * kMargin;
    const qreal gap = 24;
    const qreal chartHeight = 280;
    const qreal wide = width * 0.58;
    chartBox(p, QRectF(kMargin, top, wide, chartHeight), feedbackChartTitle(FeedbackChart::Reasons),
             feedbackChartExplanation(FeedbackChart::Reasons),
             buildFeedbackChart(FeedbackChart::Reasons, f, d.reasons, print),
             feedbackEmptyReason(FeedbackChart::Reasons, f));
    chartBox(p, QRectF(kMargin + wide + gap, top, width - wide - gap, chartHeight),
             feedbackChartTitle(FeedbackChart::Campaigns), feedbackChartExplanation(FeedbackChart::Campaigns),
             buildFeedbackChart(FeedbackChart::Campaigns, f, d.reasons, print),
             feedbackEmptyReason(FeedbackChart::Campaigns, f));
    qreal y = top + chartHeight + 18;
    QList<const FeedbackItem *> comments;
    for (const FeedbackItem &item : f.report.items) {
        if (!item.comment.trimmed().isEmpty())
            comments.append(&item);
    }
    text(p, QRectF(kMargin, y, width, 22), Qt::AlignLeft | Qt::AlignVCenter,
         ReportTr::tr("Comments from sales, newest first (%n)", nullptr, int(comments.size())), kSection,
         QFont::DemiBold);
    y += 26;
    if (comments.isEmpty()) {
        text(p, QRectF(kMargin, y, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
             ReportTr::tr("No comment this week: a rejection's reason may come without one."), kBody, QFont::Normal,
             Theme::Token::TextSecondary);
        return;
    }
    const QList<Column> columns = {{ReportTr::tr("Date"), 70},      {ReportTr::tr("Lead"), 150},
                                   {ReportTr::tr("Rep"), 100},      {ReportTr::tr("Reason"), 150},
                                   {ReportTr::tr("Campaign"), 150}, {ReportTr::tr("Comment"), width - 680},
                                   {ReportTr::tr("Marketing"), 60}};
    y = tableHeader(p, kMargin, y, columns);
    const qsizetype fits = qsizetype((kReportPageSize.height() - kMargin - y - kCommentRow) / kCommentRow);
    const qsizetype shown = std::min(fits, comments.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const FeedbackItem &item = *comments.at(i);
        const LeadLabel lead = f.data.label(item.leadId);
        const bool read = f.data.reads && f.data.reads->contains(item.eventId);
        y = tableRow(
            p, kMargin, y, columns,
            {{QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.at, d.zone).date(), QStringLiteral("d MMM"))},
             {lead.name, Theme::Token::Text, QFont::Medium},
             {d.userNames.value(item.rep, item.rep)},
             {reasonLabel(d.reasons, item.reason)},
             {item.campaign.isEmpty() ? ReportTr::tr("(none)") : item.campaign, Theme::Token::TextSecondary},
             {item.comment},
             {read ? ReportTr::tr("✓ read") : ReportTr::tr("unread"),
              read ? Theme::Token::Good : Theme::Token::TextSecondary}},
            kCommentRow);
    }
    if (shown < comments.size())
        text(p, QRectF(kMargin, y + 2, width, 18), Qt::AlignLeft | Qt::AlignVCenter,
             ReportTr::tr("… and %n more in Baton → Feedback.", nullptr, int(comments.size() - shown)), kSmall,
             QFont::Normal, Theme::Token::TextSecondary);
}

} // namespace

void paintReportPage(QPainter &painter, int page, const WeeklyReportData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), kReportPageSize), Qt::white);
    switch (page) {
    case 0: standupPage(painter, data); break;
    case 1: chartsPage(painter, data); break;
    default: feedbackPage(painter, data); break;
    }
    painter.restore();
}

} // namespace baton
