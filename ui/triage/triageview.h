#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedLayout;
class QTimer;

namespace baton {

class LeadActions;
class TriageModel;

// The sales rep's review queue (PRODUCT.md "SAL queue"): pending SALs, soonest
// deadline first, each with its score breakdown as chips. Keyboard first:
// J/K or Down/Up move, A accepts, R rejects (reason dialog), C logs a contact,
// Enter opens the lead. Every action goes through LeadActions.
class TriageView : public QWidget
{
    Q_OBJECT

public:
    explicit TriageView(LeadActions &actions, QWidget *parent = nullptr);

    TriageModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QString currentLeadId() const;
    void setCurrentLead(const QString &leadId);

public Q_SLOTS:
    void refresh();
    void acceptCurrent();
    void rejectCurrent();
    void contactCurrent();

Q_SIGNALS:
    void openLead(const QString &leadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void moveBy(int delta);
    void updateHeader();
    void showMessage(const QString &text);

    LeadActions &m_actions;
    TriageModel *m_model;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_message;
    QStackedLayout *m_stack;
    QTimer *m_clockTimer;
    bool m_acting = false;
};

} // namespace baton
