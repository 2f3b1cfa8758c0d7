#pragma once

#include "kpi/commitments.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace baton {

class PipelineService;

// The hand-off contract's numbers, for managers: marketing's monthly SALs and sales'
// review and first-response times. Saving goes through core (saveCommitments), which
// checks the user's role; a refusal is shown in the dialog, which stays open.
class CommitmentsDialog : public QDialog
{
    Q_OBJECT

public:
    CommitmentsDialog(PipelineService &pipeline, const QString &userId, QWidget *parent = nullptr);

    Commitments commitments() const;
    void setCommitments(const Commitments &c);
    QString error() const;

public Q_SLOTS:
    void accept() override; // saves; closes only when core accepted

private:
    PipelineService &m_pipeline;
    QString m_userId;
    QSpinBox *m_sals;
    QDoubleSpinBox *m_review;
    QDoubleSpinBox *m_response;
    QLabel *m_error;
};

} // namespace baton
