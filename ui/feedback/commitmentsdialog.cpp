#include "commitmentsdialog.h"

#include "common/theme.h"
#include "pipeline/pipelineservice.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace baton {

namespace {
constexpr int kMostSals = 100000;
constexpr double kMostHours = 24 * 30;
} // namespace

CommitmentsDialog::CommitmentsDialog(PipelineService &pipeline, const QString &userId, QWidget *parent)
    : QDialog(parent), m_pipeline(pipeline), m_userId(userId)
{
    setWindowTitle(tr("Hand-off contract"));
    auto *intro = new QLabel(tr("What each team commits to. Leads sales rejects as “Not our ideal customer” are "
                                "credited back: they do not count toward marketing's SALs."),
                             this);
    intro->setWordWrap(true);
    m_sals = new QSpinBox(this);
    m_sals->setRange(0, kMostSals);
    m_sals->setSpecialValueText(tr("No commitment"));
    m_sals->setSuffix(tr(" SALs a month"));
    m_review = new QDoubleSpinBox(this);
    m_response = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_review, m_response}) {
        box->setRange(0.25, kMostHours);
        box->setDecimals(2);
        box->setSuffix(tr(" h"));
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette bad = m_error->palette();
    bad.setColor(QPalette::WindowText, Theme(Theme::systemMode()).color(Theme::Token::Bad));
    m_error->setPalette(bad);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommitmentsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Marketing delivers:"), m_sals);
    form->addRow(tr("Sales decides each SAL within:"), m_review);
    form->addRow(tr("Sales contacts each SAL within:"), m_response);
    form->addRow(m_error);
    form->addRow(buttons);
    setCommitments(baton::commitments(pipeline));
}

Commitments CommitmentsDialog::commitments() const
{
    return {m_sals->value(), m_review->value(), m_response->value()};
}

void CommitmentsDialog::setCommitments(const Commitments &c)
{
    m_sals->setValue(c.marketingMonthlySals);
    m_review->setValue(c.reviewSlaHours);
    m_response->setValue(c.responseSlaHours);
}

QString CommitmentsDialog::error() const
{
    return m_error->text();
}

void CommitmentsDialog::accept()
{
    if (const Status s = saveCommitments(m_pipeline, m_userId, commitments()); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
