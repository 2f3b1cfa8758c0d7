#pragma once

#include "common/theme.h"
#include "feedbackcharts.h"
#include "feedbacksnapshot.h"

#include <QHash>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace baton {

class ChartCard;
class CommentDelegate;
class CommentFilter;
class CommentModel;
class ContractPanel;
class KpiWorker;
class LeadActions;
class LeadListPopup;
class PeriodPicker;

// Marketing's feedback view (PRODUCT.md "The hand-off contract"): why sales turned
// leads down in the period (by reason as a Pareto chart, by campaign and source as a
// share of their hand-offs, by week), the comments newest first with a read mark per
// comment, and both sides of this month's contract. Recomputed off the UI thread
// when leads change (LeadActions::changed) or the period changes.
//
// Read marks: a row in feedback_reads with who and when (core/storage/feedbackstore),
// set by marketing roles; the list and the header count read and unread comments, so
// the loop is visibly closed.
class FeedbackView : public QWidget
{
    Q_OBJECT

public:
    FeedbackView(LeadActions &actions, QWidget *parent = nullptr);
    ~FeedbackView() override;

    // Test hooks.
    PeriodPicker *periodPicker() const { return m_picker; }
    ChartCard *chartCard(FeedbackChart which) const { return m_cards.value(int(which)); }
    ContractPanel *contractPanel() const { return m_contract; }
    CommentModel *commentModel() const { return m_model; }
    CommentFilter *commentFilter() const { return m_filter; }
    QListView *commentList() const { return m_list; }
    LeadListPopup *leadList() const { return m_popup; }
    std::shared_ptr<const FeedbackSnapshot> snapshot() const { return m_snapshot; }
    QString countsText() const;
    void setTimeZone(const QTimeZone &zone);

    // Marks (or unmarks) one piece of feedback as read by the current user; false
    // with the reason shown when core refuses (only marketing marks feedback).
    bool setRead(qint64 eventId, bool read);
    void drill(FeedbackChart chart, const QString &key, int index);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openLead(const QString &leadId);
    void updated(bool complete); // a snapshot is on screen (always complete)

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCommentsPanel();
    void start();
    void display(const std::shared_ptr<const FeedbackSnapshot> &snapshot);
    void fillFilters();
    void updateCounts();
    void editCommitments();
    void markShownRead();
    void showLeads(const QString &title, const QStringList &leads);

    LeadActions &m_actions;
    Theme m_theme;
    QTimeZone m_zone;
    PeriodPicker *m_picker;
    QLabel *m_periodLabel;
    QLabel *m_status;
    ContractPanel *m_contract;
    QHash<int, ChartCard *> m_cards;
    CommentModel *m_model;
    CommentFilter *m_filter;
    CommentDelegate *m_delegate;
    QListView *m_list;
    QComboBox *m_reasonFilter;
    QComboBox *m_campaignFilter;
    QLineEdit *m_search;
    QCheckBox *m_unreadOnly;
    QCheckBox *m_withoutComment;
    QPushButton *m_markShown;
    QLabel *m_counts;
    QLabel *m_message;
    LeadListPopup *m_popup;
    KpiWorker *m_worker;
    QTimer *m_debounce;
    bool m_dirty = true;
    ReasonLabels m_reasons;
    std::shared_ptr<const FeedbackSnapshot> m_snapshot;
};

} // namespace baton
