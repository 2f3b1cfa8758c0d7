#include "feedbackview.h"

#include "commentdelegate.h"
#include "commentmodel.h"
#include "commitmentsdialog.h"
#include "common/leadactions.h"
#include "contractpanel.h"
#include "kpi/chartcard.h"
#include "kpi/commitments.h"
#include "kpi/kpiworker.h"
#include "kpi/leadlistpopup.h"
#include "kpi/periodpicker.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kCommentsWidth = 70 * Theme::kGrid;

void setColor(QWidget *w, const QColor &color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
}
} // namespace

FeedbackView::FeedbackView(LeadActions &actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_theme(Theme::systemMode()), m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("feedbackView"));
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, m_theme.color(Theme::Token::Background));
    setPalette(background);

    auto *title = new QLabel(tr("Rejection feedback"), this);
    title->setFont(Theme::font(Theme::kViewTitle, QFont::DemiBold));
    m_picker = new PeriodPicker(this);
    m_picker->setPreset(PeriodPreset::ThisMonth);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setFont(Theme::font(Theme::kMeta));
    setColor(m_periodLabel, m_theme.color(Theme::Token::TextSecondary));
    m_status = new QLabel(this);
    m_status->setFont(Theme::font(Theme::kMeta));
    setColor(m_status, m_theme.color(Theme::Token::TextSecondary));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(Theme::kGrid * 2, 0, Theme::kGrid * 2, 0);
    header->setSpacing(Theme::kGrid * 2);
    header->addWidget(title);
    header->addWidget(m_picker);
    header->addWidget(m_periodLabel);
    header->addStretch();
    header->addWidget(m_status);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("feedbackContent"));
    content->setAutoFillBackground(true);
    content->setPalette(background);
    m_contract = new ContractPanel(m_theme, content);
    connect(m_contract, &ContractPanel::editRequested, this, &FeedbackView::editCommitments);
    connect(m_contract, &ContractPanel::listLeads, this, &FeedbackView::showLeads);
    auto *charts = new QGridLayout;
    charts->setSpacing(Theme::kGrid * 2);
    const auto addCard = [&](FeedbackChart which, int row, int column) {
        auto *card = new ChartCard(m_theme, feedbackChartTitle(which), feedbackChartExplanation(which),
                                   feedbackChartFileName(which), content);
        card->setEmpty(tr("Computing…"), QString());
        connect(card, &ChartCard::drilled, this,
                [this, which](const QString &key, int index) { drill(which, key, index); });
        m_cards.insert(int(which), card);
        charts->addWidget(card, row, column);
    };
    // The Pareto chart and the weeks need the width for their category labels.
    const auto addWide = [&](FeedbackChart which, int row) {
        addCard(which, row, 0);
        charts->removeWidget(m_cards.value(int(which)));
        charts->addWidget(m_cards.value(int(which)), row, 0, 1, 2);
    };
    addWide(FeedbackChart::Reasons, 0);
    addCard(FeedbackChart::Campaigns, 1, 0);
    addCard(FeedbackChart::Sources, 1, 1);
    addWide(FeedbackChart::Trend, 2);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Theme::kGrid * 2, 0, Theme::kGrid, Theme::kGrid * 2);
    contentLayout->setSpacing(Theme::kGrid * 2);
    contentLayout->addWidget(m_contract);
    contentLayout->addLayout(charts);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(buildCommentsPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::kGrid * 2, 0, 0);
    layout->setSpacing(Theme::kGrid * 2);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_popup = new LeadListPopup(m_theme, this);
    connect(m_popup, &LeadListPopup::leadChosen, this, &FeedbackView::openLead);
    m_worker = new KpiWorker(
        actions.pipeline().database(),
        [this](const std::any &result) { display(std::any_cast<std::shared_ptr<const FeedbackSnapshot>>(result)); },
        this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FeedbackView::start);
    connect(m_picker, &PeriodPicker::changed, this, &FeedbackView::start);
    connect(&actions, &LeadActions::changed, this, &FeedbackView::refresh);
}

FeedbackView::~FeedbackView() = default;

QWidget *FeedbackView::buildCommentsPanel()
{
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("commentsPanel"));
    panel->setAutoFillBackground(true);
    QPalette surface = panel->palette();
    surface.setColor(QPalette::Window, m_theme.color(Theme::Token::Surface));
    panel->setPalette(surface);
    panel->setMinimumWidth(kCommentsWidth * 3 / 4);
    auto *heading = new QLabel(tr("Comments from sales"), panel);
    heading->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    m_counts = new QLabel(panel);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setFont(Theme::font(Theme::kMeta, QFont::Medium));
    m_reasonFilter = new QComboBox(panel);
    m_reasonFilter->setToolTip(tr("Only this reason"));
    m_campaignFilter = new QComboBox(panel);
    m_campaignFilter->setToolTip(tr("Only this campaign"));
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Search lead, company, rep or comment…"));
    m_search->setClearButtonEnabled(true);
    m_reasonFilter->setObjectName(QStringLiteral("reasonFilter"));
    m_campaignFilter->setObjectName(QStringLiteral("campaignFilter"));
    m_search->setObjectName(QStringLiteral("search"));
    m_unreadOnly = new QCheckBox(tr("Unread only"), panel);
    m_withoutComment = new QCheckBox(tr("Also without a comment"), panel);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    m_withoutComment->setObjectName(QStringLiteral("withoutComment"));
    m_withoutComment->setToolTip(tr("Show every rejection, disqualification and loss, not only those with a comment"));
    m_markShown = new QPushButton(tr("Mark shown as read"), panel);
    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    m_message->setFont(Theme::font(Theme::kMeta));
    setColor(m_message, m_theme.color(Theme::Token::Bad));
    m_message->hide();

    m_model = new CommentModel(this);
    m_filter = new CommentFilter(this);
    m_filter->setSourceModel(m_model);
    m_delegate = new CommentDelegate(
        m_theme,
        [this](const QModelIndex &index) -> const CommentRow * {
            const QModelIndex source = m_filter->mapToSource(index);
            return source.isValid() ? &m_model->row(source.row()) : nullptr;
        },
        this);
    m_list = new QListView(panel);
    m_list->setObjectName(QStringLiteral("comments"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Double-click a comment to open its lead"));
    connect(m_delegate, &CommentDelegate::markRequested, this, &FeedbackView::setRead);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openLead(index.data(CommentModel::LeadIdRole).toString()); });

    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setReason(m_reasonFilter->currentData().toString());
        updateCounts();
    });
    connect(m_campaignFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_campaignFilter->currentData();
        m_filter->setCampaign(v.isValid() ? std::optional(v.toString()) : std::nullopt);
        updateCounts();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCounts();
    });
    connect(m_unreadOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setUnreadOnly(on);
        updateCounts();
    });
    connect(m_withoutComment, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setCommentsOnly(!on);
        updateCounts();
    });
    connect(m_markShown, &QPushButton::clicked, this, &FeedbackView::markShownRead);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_counts);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_reasonFilter, 1);
    filters->addWidget(m_campaignFilter, 1);
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_unreadOnly);
    toggles->addWidget(m_withoutComment);
    toggles->addStretch();
    toggles->addWidget(m_markShown);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(Theme::kGrid * 2, Theme::kGrid * 3 / 2, Theme::kGrid, 0);
    layout->setSpacing(Theme::kGrid);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_search);
    layout->addLayout(toggles);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    return panel;
}

void FeedbackView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_picker->setZone(zone);
    m_delegate->setTimeZone(zone);
}

void FeedbackView::refresh()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void FeedbackView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        start();
}

void FeedbackView::start()
{
    m_debounce->stop();
    m_dirty = false;
    PipelineService &pipeline = m_actions.pipeline();
    m_reasons.clear();
    for (const RejectionReason &r : pipeline.catalog().reasons())
        m_reasons.insert(r.id, r.label);
    const std::optional<User> user = m_actions.currentUser();
    const bool mayEdit = user && mayEditCommitments(user->role);
    m_contract->setCanEdit(mayEdit, tr("Only marketing and sales managers and admins change the contract."));
    const bool mayMark = user && FeedbackStore::mayMarkRead(user->role);
    m_delegate->setCanMark(mayMark);
    m_markShown->setVisible(mayMark);

    const Timestamp asof = pipeline.clock().now();
    const FeedbackRequest request{m_picker->choice(asof), m_zone, pipeline.config(), 12};
    m_periodLabel->setText(request.choice.label);
    m_status->setText(tr("Computing…"));
    KpiWorker::Job job;
    job.load = [asof](Database &db) -> std::any { return loadKpiData(db, asof, true); };
    job.compute = [request](std::any &loaded, const KpiWorker::Publish &publish) {
        publish(std::make_shared<const FeedbackSnapshot>(
            computeFeedbackSnapshot(std::any_cast<const KpiData &>(loaded), request)));
    };
    m_worker->post(std::move(job));
}

void FeedbackView::display(const std::shared_ptr<const FeedbackSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    const FeedbackSnapshot &s = *snapshot;
    m_contract->setContract(s.contract, m_zone);
    const ChartStyle style{m_theme, false};
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const auto which = FeedbackChart(it.key());
        if (QChart *chart = buildFeedbackChart(which, s, m_reasons, style)) {
            it.value()->setChart(chart);
        } else {
            const EmptyReason why = feedbackEmptyReason(which, s).value_or(EmptyReason{});
            it.value()->setEmpty(why.why, why.whatToDo);
        }
    }
    QHash<QString, QString> names;
    for (const User &u : m_actions.pipeline().users())
        names.insert(u.id, u.name);
    QList<CommentRow> rows;
    rows.reserve(s.report.items.size());
    for (const FeedbackItem &item : s.report.items) {
        CommentRow row{item,
                       s.data.label(item.leadId),
                       names.value(item.rep, item.rep),
                       reasonLabel(m_reasons, item.reason),
                       std::nullopt,
                       QString()};
        if (const auto read = s.data.reads->constFind(item.eventId); read != s.data.reads->cend()) {
            row.read = *read;
            row.readByName = names.value(read->by, read->by);
        }
        rows.append(row);
    }
    m_model->setRows(rows);
    fillFilters();
    updateCounts();
    m_status->setText(
        tr("Updated %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.request.choice.period.asof, m_zone).time(),
                                    QStringLiteral("HH:mm"))));
    m_status->setToolTip(tr("%1 events read in %2 ms, feedback computed in %3 ms")
                             .arg(QLocale().toString(s.data.eventsRead))
                             .arg(s.data.loadMs)
                             .arg(s.computeMs));
    Q_EMIT updated(true);
}

void FeedbackView::fillFilters()
{
    const QString reason = m_reasonFilter->currentData().toString();
    const QVariant campaign = m_campaignFilter->currentData();
    const QSignalBlocker a(m_reasonFilter), b(m_campaignFilter);
    m_reasonFilter->clear();
    m_reasonFilter->addItem(tr("All reasons"), QString());
    for (const FeedbackGroup &g : m_snapshot->report.byReason)
        m_reasonFilter->addItem(tr("%1 (%2)").arg(reasonLabel(m_reasons, g.key)).arg(g.count), g.key);
    m_reasonFilter->setCurrentIndex(std::max(0, m_reasonFilter->findData(reason)));
    m_campaignFilter->clear();
    m_campaignFilter->addItem(tr("All campaigns"), QVariant());
    for (const FeedbackGroup &g : m_snapshot->report.byCampaign)
        m_campaignFilter->addItem(tr("%1 (%2)").arg(g.key.isEmpty() ? tr("(no campaign)") : g.key).arg(g.count), g.key);
    m_campaignFilter->setCurrentIndex(campaign.isValid() ? std::max(0, m_campaignFilter->findData(campaign)) : 0);
    m_filter->setReason(m_reasonFilter->currentData().toString());
    const QVariant chosen = m_campaignFilter->currentData();
    m_filter->setCampaign(chosen.isValid() ? std::optional(chosen.toString()) : std::nullopt);
}

QString FeedbackView::countsText() const
{
    return m_counts->text();
}

void FeedbackView::updateCounts()
{
    const int shown = m_filter->rowCount();
    const int unread = m_filter->unreadCount();
    const QString noun =
        m_withoutComment->isChecked() ? tr("rejections: %n", nullptr, shown) : tr("comments: %n", nullptr, shown);
    m_counts->setText(unread == 0 && shown > 0
                          ? tr("%1 · ✓ all read by marketing").arg(noun)
                          : tr("%1 · %2 read · %3 unread").arg(noun).arg(shown - unread).arg(unread));
    setColor(m_counts, m_theme.color(unread == 0 && shown > 0 ? Theme::Token::Good : Theme::Token::Text)
                           .darker(m_theme.mode() == Theme::Mode::Light ? 115 : 100));
    m_markShown->setEnabled(unread > 0);
}

bool FeedbackView::setRead(qint64 eventId, bool read)
{
    const std::optional<User> user = m_actions.currentUser();
    PipelineService &pipeline = m_actions.pipeline();
    const Status s = user ? FeedbackStore(pipeline.database()).setRead(eventId, *user, read, pipeline.clock().now())
                          : Status(Error{tr("Choose who you are first (File → Switch user).")});
    m_message->setVisible(!s.ok());
    if (!s) {
        m_message->setText(s.error());
        return false;
    }
    m_model->setRead(eventId,
                     read ? std::optional(FeedbackRead{eventId, user->id, pipeline.clock().now()}) : std::nullopt,
                     user->name);
    updateCounts();
    return true;
}

void FeedbackView::markShownRead()
{
    QList<qint64> unread;
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        const QModelIndex index = m_filter->index(i, 0);
        if (!index.data(CommentModel::ReadRole).toBool())
            unread.append(index.data(CommentModel::EventIdRole).toLongLong());
    }
    for (qint64 id : std::as_const(unread)) {
        if (!setRead(id, true))
            break;
    }
}

void FeedbackView::editCommitments()
{
    CommitmentsDialog dialog(m_actions.pipeline(), m_actions.userId(), this);
    if (dialog.exec() == QDialog::Accepted)
        start();
}

void FeedbackView::showLeads(const QString &title, const QStringList &leads)
{
    if (!m_snapshot)
        return;
    m_popup->showLeads(tr("%1 · leads: %n", nullptr, int(leads.size())).arg(title), leads,
                       m_snapshot->data.labels ? *m_snapshot->data.labels : QHash<QString, LeadLabel>(),
                       QCursor::pos());
}

void FeedbackView::drill(FeedbackChart chart, const QString &key, int index)
{
    if (!m_snapshot)
        return;
    if (key == u"week") {
        if (index >= 0 && index < m_snapshot->weeks.size())
            showLeads(tr("Turned down, %1").arg(periodLabel(m_snapshot->weeks.at(index).period, m_zone)),
                      m_snapshot->weeks.at(index).leads);
        return;
    }
    const QList<FeedbackGroup> groups = chartGroups(chart, *m_snapshot);
    if (index < 0 || index >= groups.size())
        return;
    const FeedbackGroup &g = groups.at(index);
    const QString name = chart == FeedbackChart::Reasons ? reasonLabel(m_reasons, g.key)
                         : g.key.isEmpty()               ? tr("(none)")
                         : g.key == u"\x1f"              ? tr("all others")
                                                         : g.key;
    showLeads(tr("Turned down: %1").arg(name), g.leads);
}

} // namespace baton
