#include "board.h"

#include "boardmodel.h"
#include "carddelegate.h"
#include "cardlistview.h"
#include "common/leadactions.h"
#include "common/settingskeys.h"
#include "common/theme.h"
#include "leadroles.h"
#include "pipeline/moverules.h"
#include "stagecolumn.h"
#include "stagecolumnmodel.h"
#include "triage/rejectdialog.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace baton {

namespace {
constexpr int kColumnGap = 16; // UI.md: 16 px between columns
constexpr int kCountdownTickMs = 1000;
constexpr int kTicksPerTotals = 60;
constexpr int kAutoScrollMs = 30;
constexpr int kAutoScrollZone = 64; // px from the board's edge where a drag scrolls it

// Slim scroll bars: Fusion's default ones with arrows are heavier than the cards.
QString scrollBarStyle(const Theme &theme)
{
    const QColor handle = theme.color(Theme::Token::TextSecondary);
    const QString rgba = QStringLiteral("rgba(%1,%2,%3,%4)").arg(handle.red()).arg(handle.green()).arg(handle.blue());
    return QStringLiteral("QScrollBar:vertical { background: transparent; width: 10px; margin: 0; }"
                          "QScrollBar:horizontal { background: transparent; height: 10px; margin: 0; }"
                          "QScrollBar::handle { background: %1; border-radius: 3px; margin: 2px; }"
                          "QScrollBar::handle:hover { background: %2; }"
                          "QScrollBar::handle:vertical { min-height: 32px; }"
                          "QScrollBar::handle:horizontal { min-width: 32px; }"
                          "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
                          "QScrollBar::add-page, QScrollBar::sub-page { background: none; }")
        .arg(rgba.arg(90), rgba.arg(160));
}

bool foldable(Stage s)
{
    return s == Stage::Won || s == Stage::Lost || s == Stage::Nurture;
}
} // namespace

Board::Board(LeadActions &actions, const Theme &theme, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_theme(theme),
      m_model(new BoardModel(actions.pipeline().database(), actions.pipeline().clock(), this)),
      m_delegate(new CardDelegate(theme, actions.pipeline().clock(), this)),
      m_scroll(new QScrollArea(this)),
      m_countdownTimer(new QTimer(this)),
      m_autoScroll(new QTimer(this))
{
    setStyleSheet(scrollBarStyle(theme));
    m_delegate->setThresholds(actions.pipeline().config().mqlThreshold, actions.pipeline().config().sqlThreshold);

    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("boardColumns"));
    auto *row = new QHBoxLayout(host);
    row->setContentsMargins(kColumnGap, kColumnGap, kColumnGap, 0);
    row->setSpacing(kColumnGap);
    for (Stage s : kAllStages)
        addColumn(s, host);
    row->addStretch(1);

    m_scroll->setWidget(host);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    host->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_model, &BoardModel::totalsChanged, this, &Board::updateHeaders);
    connect(&m_actions, &LeadActions::changed, this, &Board::refresh);

    // Only the SAL column has live countdowns; nothing else repaints each second.
    m_countdownTimer->setInterval(kCountdownTickMs);
    connect(m_countdownTimer, &QTimer::timeout, this, [this] {
        StageColumn *sal = column(Stage::Sal);
        if (sal->isVisible() && !sal->isFolded())
            sal->view()->viewport()->update();
        // The header's "n overdue" follows the clock too, once a minute.
        if (++m_ticks % kTicksPerTotals == 0 && isVisible())
            m_model->refreshTotals();
    });
    m_countdownTimer->start();

    // While a card is dragged near the board's left or right edge, the board
    // scrolls, so a column off screen can still be reached.
    m_autoScroll->setInterval(kAutoScrollMs);
    connect(m_autoScroll, &QTimer::timeout, this, [this] {
        QWidget *viewport = m_scroll->viewport();
        const QPoint p = viewport->mapFromGlobal(QCursor::pos());
        if (p.y() < 0 || p.y() > viewport->height())
            return;
        int step = 0;
        if (p.x() < kAutoScrollZone)
            step = -(kAutoScrollZone - qMax(0, p.x())) / 4 - 2;
        else if (p.x() > viewport->width() - kAutoScrollZone)
            step = (p.x() - (viewport->width() - kAutoScrollZone)) / 4 + 2;
        if (step != 0)
            m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value() + step);
    });
    updateHeaders();
}

Board::~Board() = default;

void Board::addColumn(Stage stage, QWidget *host)
{
    auto *c = new StageColumn(stage, m_model->column(stage), m_theme, host);
    c->view()->setItemDelegate(m_delegate);
    m_columns[size_t(stage)] = c;
    host->layout()->addWidget(c);

    if (foldable(stage)) {
        c->setFoldable(true);
        QSettings settings;
        c->setFolded(settings::columnFolded(stageId(stage), true).value(settings));
        connect(c, &StageColumn::foldedChanged, this, [stage](bool folded) {
            QSettings s;
            settings::columnFolded(stageId(stage), true).setValue(s, folded);
        });
    }

    CardListView *view = c->view();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, c] { onSelectionChanged(c); });
    connect(view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT leadActivated(i.data(LeadIdRole).toString()); });
    connect(view, &CardListView::dragStarted, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showDropTargets(Stage(i.data(StageRole).toInt()), ReviewStatus(i.data(ReviewRole).toInt()));
        m_autoScroll->start();
    });
    connect(view, &CardListView::dragFinished, this, [this] {
        m_autoScroll->stop();
        clearDropTargets();
    });
    connect(view, &CardListView::contextMenuRequested, this, &Board::showContextMenu);
    connect(c, &StageColumn::leadDropped, this, [this](const QString &id, Stage to) { dropLead(id, to); });
}

StageColumn *Board::column(Stage stage) const
{
    return m_columns[size_t(stage)];
}

LeadFilter Board::filter() const
{
    return m_model->filter();
}

void Board::setFilter(const LeadFilter &filter)
{
    m_model->setFilter(filter);
    restoreSelection();
}

void Board::refresh()
{
    m_model->refresh();
    restoreSelection();
}

void Board::updateHeaders()
{
    const bool filtered = !m_model->filter().isEmpty();
    for (StageColumn *c : m_columns)
        c->setTotals(m_model->totals(c->stage()), filtered);
}

void Board::onSelectionChanged(StageColumn *source)
{
    if (m_restoring)
        return;
    const QModelIndexList rows = source->view()->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(LeadIdRole).toString();
    m_restoring = true;
    for (StageColumn *c : m_columns) {
        if (c != source)
            c->view()->clearSelection();
    }
    m_restoring = false;
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT leadSelected(id);
}

void Board::selectLead(const QString &leadId)
{
    m_selected = leadId;
    restoreSelection();
    // Opened from elsewhere (queue, notification): bring its card into view if loaded.
    for (StageColumn *c : m_columns) {
        const int row = c->model()->rowOf(leadId);
        if (row < 0 || c->isFolded())
            continue;
        c->view()->scrollTo(c->model()->index(row));
        m_scroll->ensureWidgetVisible(c, 0, 0);
    }
}

// Keeps the selected lead selected across refreshes, in whichever column it is now.
void Board::restoreSelection()
{
    m_restoring = true;
    for (StageColumn *c : m_columns) {
        const int row = m_selected.isEmpty() ? -1 : c->model()->rowOf(m_selected);
        QItemSelectionModel *sel = c->view()->selectionModel();
        if (row < 0) {
            sel->clearSelection();
            continue;
        }
        const QModelIndex index = c->model()->index(row);
        if (!sel->isSelected(index))
            sel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    m_restoring = false;
}

void Board::showDropTargets(Stage from, ReviewStatus review)
{
    const QList<Stage> allowed = allowedTargets(from, review);
    for (StageColumn *c : m_columns) {
        if (c->stage() == from)
            c->setDropState(StageColumn::DropState::Idle);
        else
            c->setDropState(allowed.contains(c->stage()) ? StageColumn::DropState::Allowed
                                                         : StageColumn::DropState::Dimmed);
    }
}

void Board::clearDropTargets()
{
    for (StageColumn *c : m_columns)
        c->setDropState(StageColumn::DropState::Idle);
}

bool Board::dropLead(const QString &leadId, Stage to)
{
    clearDropTargets();
    const std::optional<LeadSummary> lead = m_model->query().summary(leadId);
    if (!lead) {
        Q_EMIT statusMessage(tr("This lead no longer exists."));
        refresh();
        return false;
    }
    const MoveRule rule = classifyMove(lead->stage, lead->review, to);
    if (!rule.allowed()) {
        Q_EMIT statusMessage(rule.refusal);
        return false;
    }

    MoveDetails details;
    if (rule.needsReason() || rule.needsAmount()) {
        // Do not ask for a reason or an amount the pipeline will refuse anyway.
        if (const QString why = m_actions.whyNotDecide(); !why.isEmpty()) {
            Q_EMIT statusMessage(why);
            return false;
        }
    }
    if (rule.needsReason()) {
        RejectDialog dialog(lead->name, lead->score, m_actions.pipeline().catalog().reasons(), this);
        if (rule.kind == MoveKind::Disqualify)
            dialog.setTexts(tr("Disqualify %1").arg(lead->name), tr("Why is this lead not qualified?"),
                            tr("Disqualify and send to marketing"));
        else if (rule.kind == MoveKind::Lose)
            dialog.setTexts(tr("Mark %1 as lost").arg(lead->name), tr("Why was the deal lost?"), tr("Mark as lost"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        details.reason = dialog.reasonId();
        details.comment = dialog.comment();
    }
    if (rule.needsAmount()) {
        bool ok = false;
        const QString title = rule.kind == MoveKind::Win ? tr("Mark %1 as won").arg(lead->name)
                                                         : tr("Open an opportunity for %1").arg(lead->name);
        const double amount =
            QInputDialog::getDouble(this, title, tr("Deal amount:"), lead->amount.value_or(0), 1, 1e12, 0, &ok);
        if (!ok)
            return false;
        details.amount = amount;
    }
    return m_actions.move(leadId, to, details);
}

void Board::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const QString id = index.data(LeadIdRole).toString();
    const auto stage = Stage(index.data(StageRole).toInt());
    const auto review = ReviewStatus(index.data(ReviewRole).toInt());

    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT leadActivated(id); });
    if (stage == Stage::Sal && review == ReviewStatus::Pending) {
        QAction *accept = menu.addAction(tr("Accept"), this, [this, id] { m_actions.accept(id); });
        const QString why = m_actions.whyNotDecide();
        accept->setEnabled(why.isEmpty());
        accept->setToolTip(why);
    }
    const QList<Stage> targets = allowedTargets(stage, review);
    if (!targets.isEmpty()) {
        QMenu *moveTo = menu.addMenu(tr("Move to"));
        for (Stage s : targets)
            moveTo->addAction(stageDisplayName(s), this, [this, id, s] { dropLead(id, s); });
    }
    menu.exec(globalPos);
}

} // namespace baton
