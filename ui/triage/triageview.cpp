#include "triageview.h"

#include "contactdialog.h"
#include "rejectdialog.h"
#include "triagedelegate.h"
#include "triagemodel.h"

#include "common/emptystate.h"
#include "common/leadactions.h"
#include "lead/badges.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kCountdownRefreshMs = 30 * 1000;
constexpr int kViewMargin = 3 * Theme::kGrid;
} // namespace

TriageView::TriageView(LeadActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new TriageModel(actions.pipeline(), this))
    , m_list(new QListView(this))
    , m_title(new QLabel(tr("Review queue"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_clockTimer(new QTimer(this))
{
    const Theme theme = themeOf(*this);
    m_title->setFont(Theme::font(Theme::kViewTitle, QFont::DemiBold));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *hint = new QLabel(tr("J/K move · A accept · R reject · C log contact · Enter open"), this);
    hint->setFont(Theme::font(Theme::kMeta));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    auto *head = new QHBoxLayout;
    head->addLayout(titles, 1);
    head->addWidget(hint, 0, Qt::AlignBottom);

    m_list->setObjectName(QStringLiteral("triageList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TriageDelegate(actions.pipeline(), m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(tr("Leads waiting for your review"));
    QPalette listPalette = m_list->palette();
    listPalette.setColor(QPalette::Base, theme.color(Theme::Token::Surface));
    m_list->setPalette(listPalette);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openLead(index.data(TriageModel::LeadIdRole).toString());
    });

    auto *listFrame = new QFrame(this);
    listFrame->setFrameShape(QFrame::StyledPanel);
    auto *listLayout = new QVBoxLayout(listFrame);
    listLayout->setContentsMargins(1, 1, 1, 1);
    listLayout->addWidget(m_list);

    auto *emptyPage = new EmptyState(theme, Glyph::Queue, tr("No leads waiting for you — nice work."),
                                     tr("New hand-offs from marketing appear here with their review deadline. "
                                        "Your accepted leads are on the board."),
                                     this);
    emptyPage->setObjectName(QStringLiteral("emptyState"));

    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->addWidget(listFrame);
    m_stack->addWidget(emptyPage);

    m_message->setWordWrap(true);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, theme.color(Theme::Token::Bad));
    m_message->setPalette(messagePalette);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kViewMargin, kViewMargin, kViewMargin, kViewMargin);
    layout->setSpacing(2 * Theme::kGrid);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addWidget(stackHost, 1);
    setFocusProxy(m_list);

    connect(&m_actions, &LeadActions::changed, this, &TriageView::refresh);
    connect(&m_actions, &LeadActions::failed, this, [this](const QString &message) {
        if (m_acting)
            showMessage(message);
    });
    m_clockTimer->setInterval(kCountdownRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_list->viewport()->update();
        updateHeader();
    });
    m_clockTimer->start();
    refresh();
}

QString TriageView::currentLeadId() const
{
    return m_model->leadId(m_list->currentIndex().row());
}

void TriageView::setCurrentLead(const QString &leadId)
{
    const int row = m_model->rowOf(leadId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void TriageView::refresh()
{
    const QString current = currentLeadId();
    const int currentRow = m_list->currentIndex().row();
    m_model->reload(m_actions.userId());
    // Stay on the same lead; if it left the queue (accepted, rejected), take the one now in its place.
    int row = m_model->rowOf(current);
    if (row < 0 && m_model->rowCount() > 0)
        row = std::clamp(currentRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    updateHeader();
}

void TriageView::updateHeader()
{
    const Timestamp now = m_actions.pipeline().clock().now();
    int overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (now > m_model->lead(i).reviewDeadline)
            ++overdue;
    }
    const int n = m_model->rowCount();
    QString summary = n == 1 ? tr("1 lead waiting") : tr("%1 leads waiting").arg(n);
    if (overdue > 0)
        summary += tr(" · %1 overdue").arg(overdue);
    if (n > 0)
        summary += m_model->showsEveryone() ? tr(" · every rep's queue, soonest deadline first")
                                            : tr(" · soonest deadline first");
    m_summary->setText(summary);
    m_summary->setVisible(n > 0); // the empty state says it better
    m_title->setText(m_model->showsEveryone() ? tr("Review queue — all reps") : tr("Review queue"));
}

void TriageView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TriageView::moveBy(int delta)
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, n - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

void TriageView::acceptCurrent()
{
    const QString id = currentLeadId();
    if (id.isEmpty())
        return;
    showMessage(QString());
    m_acting = true;
    m_actions.accept(id);
    m_acting = false;
}

void TriageView::rejectCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    const Lead lead = m_model->lead(row);
    const QString name = m_model->index(row).data().toString();
    RejectDialog dialog(name, lead.score, m_actions.pipeline().catalog().reasons(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(QString());
    m_acting = true;
    m_actions.reject(lead.id, dialog.reasonId(), dialog.comment());
    m_acting = false;
}

void TriageView::contactCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    const QString id = m_model->leadId(row);
    ContactDialog dialog(m_model->index(row).data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(QString());
    m_acting = true;
    m_actions.logContact(id, dialog.type(), dialog.note());
    m_acting = false;
}

bool TriageView::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_J:
    case Qt::Key_Down: moveBy(1); return true;
    case Qt::Key_K:
    case Qt::Key_Up: moveBy(-1); return true;
    case Qt::Key_A: acceptCurrent(); return true;
    case Qt::Key_R: rejectCurrent(); return true;
    case Qt::Key_C: contactCurrent(); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!currentLeadId().isEmpty())
            Q_EMIT openLead(currentLeadId());
        return true;
    default: return false;
    }
}

bool TriageView::eventFilter(QObject *watched, QEvent *event)
{
    // Before QListView: it would take letters for keyboard search.
    if (watched == m_list && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

void TriageView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

} // namespace baton
