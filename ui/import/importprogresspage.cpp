#include "importprogresspage.h"

#include "importlook.h"
#include "importwizard.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

ImportProgressPage::ImportProgressPage(ImportWizard &wizard)
    : m_wizard(wizard),
      m_text(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Cancel import"), this)),
      m_note(importlook::noteLabel(tr("All or nothing: if you cancel, or anything goes wrong, nothing is imported."),
                                   this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Each lead is scored and runs the automations (hand-offs, notifications) as it is written."));

    m_text->setObjectName(QStringLiteral("progressText"));
    m_text->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setTextVisible(true);
    m_bar->setRange(0, 0); // busy until the first report
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        m_text->setText(tr("Cancelling: undoing what was written…"));
        m_wizard.runner()->cancel();
    });
    connect(wizard.runner(), &ImportRunner::progress, this, [this](int done, int total) {
        m_bar->setRange(0, std::max(total, 1));
        m_bar->setValue(done);
        m_bar->setFormat(tr("%1 of %2").arg(importlook::count(done), importlook::count(total)));
    });
    connect(wizard.runner(), &ImportRunner::finished, this, &ImportProgressPage::finished);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid + Theme::kGrid / 2);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addStretch(2);
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    const ImportPlan &plan = m_wizard.session().plan();
    const int total = int(plan.newLeads.size() + plan.merges.size() + plan.activities.size());
    m_text->setText(
        plan.kind == ImportKind::Leads
            ? tr("Writing %Ln lead(s) from “%1”…", nullptr, total).arg(m_wizard.session().fileName())
            : tr("Writing %Ln activity record(s) from “%1”…", nullptr, total).arg(m_wizard.session().fileName()));
    m_bar->setRange(0, 0);
    m_bar->setFormat(QString());
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel import"));
    m_wizard.button(QWizard::CancelButton)->setEnabled(false);
    // Started once the page is on screen: a synchronous run (in-memory database)
    // reports its end before start() returns, and the wizard must have arrived here first.
    QTimer::singleShot(0, this, [this, plan] { m_wizard.runner()->start(plan); });
}

void ImportProgressPage::explainClose()
{
    m_note->setText(tr("The import is still running. To stop it, click Cancel import: nothing will be imported."));
}

void ImportProgressPage::finished(const ImportOutcome &outcome)
{
    m_done = true;
    m_wizard.setOutcome(outcome);
    m_wizard.button(QWizard::CancelButton)->setEnabled(true);
    Q_EMIT completeChanged();
    QTimer::singleShot(0, &m_wizard, [w = &m_wizard] {
        if (w->currentId() == ImportWizard::ProgressPage)
            w->next();
    });
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

int ImportProgressPage::nextId() const
{
    return ImportWizard::SummaryPage;
}

} // namespace baton
