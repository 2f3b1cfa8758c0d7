#pragma once

#include "common/theme.h"
#include "kpi/feedbackreport.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace baton {

class ContractSide;

// Both sides of the hand-off contract this month (PRODUCT.md "The hand-off
// contract"): marketing's delivered SALs against its commitment (not_icp rejections
// credited back), and sales' decided-in-time and contacted-in-time shares against
// theirs. Each verdict has a mark and words besides its colour. "Edit commitments…"
// is for managers; listLeads asks to show the leads behind a number.
class ContractPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ContractPanel(const Theme &theme, QWidget *parent = nullptr);

    void setContract(const ContractReport &contract, const QTimeZone &zone);
    // Whether the current user may edit the commitments, and if not, why.
    void setCanEdit(bool canEdit, const QString &whyNot);

    QString marketingText() const; // the verdicts' words, for tests
    QString decidedText() const;
    QString contactedText() const;

Q_SIGNALS:
    void editRequested();
    void listLeads(const QString &title, const QStringList &leadIds);

private:
    Theme m_theme;
    QLabel *m_title;
    ContractSide *m_marketing;
    ContractSide *m_decided;
    ContractSide *m_contacted;
    QPushButton *m_edit;
    ContractReport m_contract;
};

} // namespace baton
