#pragma once

#include "leadcommands.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QTimer;

namespace baton {

class ActivityTimeline;
class LeadActions;
class LeadFieldEditor;
class LeadHeader;
class ScoreBreakdownView;
class ScoreHistoryChart;

// The pane beside the board for the selected lead: header, score breakdown and
// its history, activities, stage and rejection history, the contact fields, and
// the sales actions (disabled, with the reason as tooltip, when not allowed).
// Every change goes through LeadActions; the pane refreshes on its changed().
class LeadPane : public QWidget
{
    Q_OBJECT

public:
    explicit LeadPane(LeadActions &actions, QWidget *parent = nullptr);

    QString leadId() const { return m_leadId; }
    QPushButton *button(LeadCommand command) const { return m_buttons.value(command); }

public Q_SLOTS:
    void showLead(const QString &leadId);
    // Re-reads the lead from core (the user or the data changed).
    void refresh();
    void run(LeadCommand command);

Q_SIGNALS:
    // An action taken in this pane changed the lead.
    void leadChanged(const QString &leadId);

private:
    QWidget *buildContent();
    QWidget *buildActions();
    void updateActions(const Lead &lead);
    std::optional<double> askAmount(const QString &title, const QString &label, const QString &okText,
                                    std::optional<double> initial);
    void showMessage(const QString &text);

    LeadActions &m_actions;
    QString m_leadId;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_gone = nullptr;
    QWidget *m_page = nullptr;
    QScrollArea *m_scroll = nullptr;
    LeadHeader *m_header = nullptr;
    ScoreBreakdownView *m_breakdown = nullptr;
    ScoreHistoryChart *m_history = nullptr;
    ActivityTimeline *m_activities = nullptr;
    ActivityTimeline *m_stages = nullptr;
    ActivityTimeline *m_rejections = nullptr;
    QWidget *m_rejectionSection = nullptr;
    LeadFieldEditor *m_fields = nullptr;
    QMap<LeadCommand, QPushButton *> m_buttons;
    QLabel *m_message = nullptr;
    QTimer *m_clockTimer = nullptr;
    bool m_acting = false;
};

} // namespace baton
