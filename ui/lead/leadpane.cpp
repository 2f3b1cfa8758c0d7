#include "leadpane.h"

#include "activitytimeline.h"
#include "badges.h"
#include "leadfieldeditor.h"
#include "leadheader.h"
#include "scorebreakdownview.h"
#include "scorehistorychart.h"

#include "common/emptystate.h"
#include "common/leadactions.h"
#include "triage/contactdialog.h"
#include "triage/rejectdialog.h"

#include <QFrame>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kCountdownRefreshMs = 30 * 1000;
constexpr int kPaneMargin = 2 * Theme::kGrid;
constexpr double kLargestAmount = 1e12;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    return label;
}

} // namespace

LeadPane::LeadPane(LeadActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_clockTimer(new QTimer(this))
{
    // The pane is a surface beside the board's background.
    const Theme theme = themeOf(*this);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.color(Theme::Token::Surface));
    setPalette(pal);
    setAutoFillBackground(true);

    m_empty = new EmptyState(theme, Glyph::Board, tr("No lead selected"),
                             tr("Select a card on the board or a lead in the queue to see its score, history and actions."),
                             this);
    m_gone = new EmptyState(theme, Glyph::Search, tr("This lead is gone"),
                            tr("It was deleted or merged since you selected it. Pick another lead."), this);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_header = new LeadHeader(page);
    auto *headerBox = new QWidget(page);
    auto *headerLayout = new QVBoxLayout(headerBox);
    headerLayout->setContentsMargins(kPaneMargin, kPaneMargin, kPaneMargin, Theme::kGrid + Theme::kGrid / 2);
    headerLayout->addWidget(m_header);
    pageLayout->addWidget(headerBox);
    auto *rule = new QFrame(page);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    pageLayout->addWidget(rule);
    m_scroll = new QScrollArea(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(buildContent());
    pageLayout->addWidget(m_scroll, 1);
    pageLayout->addWidget(buildActions());

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_gone);
    m_stack->addWidget(page);
    m_page = page;

    connect(&m_actions, &LeadActions::changed, this, [this](const QStringList &ids) {
        if (ids.contains(m_leadId))
            refresh();
    });
    connect(&m_actions, &LeadActions::failed, this, [this](const QString &message) {
        if (m_acting)
            showMessage(message);
    });
    m_clockTimer->setInterval(kCountdownRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] { m_header->setNow(m_actions.pipeline().clock().now()); });
}

QWidget *LeadPane::buildContent()
{
    auto *content = new QWidget;
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(kPaneMargin, kPaneMargin, kPaneMargin, kPaneMargin);
    layout->setSpacing(Theme::kGrid);

    m_breakdown = new ScoreBreakdownView(content);
    layout->addWidget(heading(tr("Score"), content));
    layout->addWidget(m_breakdown);

    layout->addSpacing(Theme::kGrid);
    layout->addWidget(heading(tr("Score over time"), content));
    m_history = new ScoreHistoryChart(content);
    layout->addWidget(m_history);

    layout->addSpacing(Theme::kGrid);
    layout->addWidget(heading(tr("Activity"), content));
    m_activities = new ActivityTimeline(content);
    m_activities->setObjectName(QStringLiteral("activities"));
    m_activities->setEmptyText(tr("No activity yet."));
    layout->addWidget(m_activities);

    layout->addSpacing(Theme::kGrid);
    layout->addWidget(heading(tr("Stage history"), content));
    m_stages = new ActivityTimeline(content);
    m_stages->setObjectName(QStringLiteral("stages"));
    layout->addWidget(m_stages);

    m_rejectionSection = new QWidget(content);
    auto *rejections = new QVBoxLayout(m_rejectionSection);
    rejections->setContentsMargins(0, Theme::kGrid, 0, 0);
    rejections->setSpacing(Theme::kGrid);
    rejections->addWidget(heading(tr("Rejections"), m_rejectionSection));
    m_rejections = new ActivityTimeline(m_rejectionSection);
    m_rejections->setObjectName(QStringLiteral("rejections"));
    m_rejections->setCollapsedCount(0);
    rejections->addWidget(m_rejections);
    layout->addWidget(m_rejectionSection);

    layout->addSpacing(Theme::kGrid);
    layout->addWidget(heading(tr("Contact and company"), content));
    m_fields = new LeadFieldEditor(m_actions, content);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    return content;
}

QWidget *LeadPane::buildActions()
{
    auto *bar = new QFrame(this);
    bar->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(bar);
    outer->setContentsMargins(kPaneMargin, Theme::kGrid + Theme::kGrid / 2, kPaneMargin, kPaneMargin);
    outer->setSpacing(Theme::kGrid);
    m_message = new QLabel(bar);
    m_message->setWordWrap(true);
    m_message->setFont(Theme::font(Theme::kMeta));
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, themeOf(*this).color(Theme::Token::Bad));
    m_message->setPalette(pal);
    m_message->hide();
    outer->addWidget(m_message);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(Theme::kGrid);
    grid->setVerticalSpacing(Theme::kGrid);
    const struct
    {
        LeadCommand command;
        const char *name;
    } commands[] = {
        {LeadCommand::Accept, "acceptButton"},   {LeadCommand::Reject, "rejectButton"},
        {LeadCommand::LogContact, "contactButton"}, {LeadCommand::Advance, "advanceButton"},
        {LeadCommand::Win, "wonButton"},         {LeadCommand::Lose, "lostButton"},
    };
    int i = 0;
    for (const auto &c : commands) {
        auto *b = new QPushButton(bar);
        b->setObjectName(QLatin1String(c.name));
        b->setAutoDefault(false);
        m_buttons.insert(c.command, b);
        grid->addWidget(b, i / 3, i % 3);
        connect(b, &QPushButton::clicked, this, [this, command = c.command] { run(command); });
        ++i;
    }
    outer->addLayout(grid);

    auto *wrapper = new QWidget(this);
    auto *wrapperLayout = new QVBoxLayout(wrapper);
    wrapperLayout->setContentsMargins(0, 0, 0, 0);
    wrapperLayout->setSpacing(0);
    auto *rule = new QFrame(wrapper);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    wrapperLayout->addWidget(rule);
    wrapperLayout->addWidget(bar);
    return wrapper;
}

void LeadPane::showLead(const QString &leadId)
{
    const bool other = leadId != m_leadId;
    m_leadId = leadId;
    m_message->hide();
    refresh();
    if (other)
        m_scroll->ensureVisible(0, 0);
}

void LeadPane::refresh()
{
    const std::optional<Lead> lead = m_leadId.isEmpty() ? std::nullopt : m_actions.pipeline().lead(m_leadId);
    if (!lead) {
        m_stack->setCurrentWidget(m_leadId.isEmpty() ? m_empty : m_gone);
        m_clockTimer->stop();
        return;
    }
    PipelineService &p = m_actions.pipeline();
    const Timestamp now = p.clock().now();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const PipelineConfig &config = p.config();
    const QList<User> &users = p.users();
    const ScoreBreakdown breakdown = p.breakdown(lead->id);
    const QList<Event> events = p.events().forLead(lead->id);

    m_header->setLead(*lead, lead->owner.isEmpty() ? tr("Marketing") : actorName(lead->owner, users), config, now);
    m_breakdown->setBreakdown(breakdown, config.mqlThreshold, config.sqlThreshold, zone, now);
    m_history->setSteps(scoreSteps(events, breakdown), now, config.mqlThreshold, config.sqlThreshold, zone);
    m_activities->setEntries(activityEntries(p.leads().activities(lead->id), users), zone, now);
    m_stages->setEntries(stageEntries(events, users, zone), zone, now);
    const QList<HistoryEntry> rejections = rejectionEntries(events, p.catalog().reasons(), users);
    m_rejections->setEntries(rejections, zone, now);
    m_rejectionSection->setVisible(!rejections.isEmpty());
    m_fields->setLead(*lead);
    updateActions(*lead);
    m_stack->setCurrentWidget(m_page);
    m_clockTimer->start();
}

void LeadPane::updateActions(const Lead &lead)
{
    const Theme theme = themeOf(*this);
    bool primaryTaken = false;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const CommandState state = commandState(it.key(), lead, m_actions);
        QPushButton *b = it.value();
        b->setText(state.text);
        b->setEnabled(state.enabled);
        b->setToolTip(state.whyNot);
        // The next step of the hand-off stands out: accept a pending SAL, else advance.
        const bool primary = state.enabled && !primaryTaken
            && (it.key() == LeadCommand::Accept || it.key() == LeadCommand::Advance);
        primaryTaken = primaryTaken || primary;
        setPrimaryButton(*b, primary, theme);
    }
}

void LeadPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<double> LeadPane::askAmount(const QString &title, const QString &label, const QString &okText,
                                          std::optional<double> initial)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("amountDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::DoubleInput);
    dialog.setDoubleRange(1, kLargestAmount);
    dialog.setDoubleDecimals(0);
    dialog.setDoubleValue(initial.value_or(1));
    dialog.setOkButtonText(okText);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.doubleValue();
}

void LeadPane::run(LeadCommand command)
{
    const std::optional<Lead> lead = m_actions.pipeline().lead(m_leadId);
    if (!lead)
        return;
    const CommandState state = commandState(command, *lead, m_actions);
    if (!state.enabled) {
        showMessage(state.whyNot);
        return;
    }
    const QString name = lead->fields.displayName().isEmpty() ? lead->id : lead->fields.displayName();
    m_acting = true;
    showMessage(QString());
    bool ok = false;
    switch (command) {
    case LeadCommand::Accept:
        ok = m_actions.accept(lead->id);
        break;
    case LeadCommand::Reject: {
        RejectDialog dialog(name, lead->score, m_actions.pipeline().catalog().reasons(), this);
        if (lead->stage == Stage::Sql)
            dialog.setTexts(tr("Disqualify lead"), tr("Why is this lead not qualified?"),
                            tr("Disqualify and send to marketing"));
        if (dialog.exec() == QDialog::Accepted)
            ok = m_actions.reject(lead->id, dialog.reasonId(), dialog.comment());
        break;
    }
    case LeadCommand::LogContact: {
        ContactDialog dialog(name, this);
        if (dialog.exec() == QDialog::Accepted)
            ok = m_actions.logContact(lead->id, dialog.type(), dialog.note());
        break;
    }
    case LeadCommand::Advance: {
        MoveDetails details;
        if (state.to == Stage::Opportunity) {
            details.amount = askAmount(tr("Open opportunity"), tr("Deal amount for %1:").arg(name),
                                       tr("Open opportunity"), lead->amount);
            if (!details.amount)
                break;
        }
        ok = m_actions.move(lead->id, *state.to, details);
        break;
    }
    case LeadCommand::Win: {
        MoveDetails details;
        details.amount = askAmount(tr("Mark as won"), tr("Amount won with %1:").arg(name), tr("Mark as won"), lead->amount);
        if (details.amount)
            ok = m_actions.move(lead->id, Stage::Won, details);
        break;
    }
    case LeadCommand::Lose: {
        RejectDialog dialog(name, lead->score, m_actions.pipeline().catalog().reasons(), this);
        dialog.setTexts(tr("Mark as lost"), tr("Why was the deal lost?"), tr("Mark as lost"));
        if (dialog.exec() == QDialog::Accepted) {
            MoveDetails details;
            details.reason = dialog.reasonId();
            details.comment = dialog.comment();
            ok = m_actions.move(lead->id, Stage::Lost, details);
        }
        break;
    }
    }
    m_acting = false;
    if (ok)
        Q_EMIT leadChanged(lead->id);
}

} // namespace baton
