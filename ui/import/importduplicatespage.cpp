#include "importduplicatespage.h"

#include "importissuemodel.h"
#include "importlook.h"
#include "importwizard.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard &wizard)
    : m_wizard(wizard),
      m_model(new ImportIssueModel(this)),
      m_count(importlook::headingLabel(QString(), this)),
      m_table(new QTableView(this)),
      m_skip(new QRadioButton(tr("&Skip them"), this)),
      m_merge(new QRadioButton(tr("&Merge them"), this)),
      m_outcome(new QLabel(this)),
      m_problem(importlook::problemLabel(wizard.theme(), this))
{
    setTitle(tr("Duplicates"));
    setSubTitle(
        tr("Rows whose e-mail address (or lead id) is already in Baton, or repeats an earlier row of the file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_count->setObjectName(QStringLiteral("duplicateCount"));
    m_table->setObjectName(QStringLiteral("duplicateTable"));
    m_table->setModel(m_model);
    importlook::setTableLook(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->hideColumn(ImportIssueModel::ColumnColumn);
    m_table->horizontalHeader()->resizeSection(ImportIssueModel::RowColumn, Theme::kGrid * 7);

    m_skip->setObjectName(QStringLiteral("skipDuplicates"));
    m_merge->setObjectName(QStringLiteral("mergeDuplicates"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_skip, int(DuplicatePolicy::Skip));
    group->addButton(m_merge, int(DuplicatePolicy::Merge));
    m_skip->setChecked(true);
    connect(group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_wizard.session().setDuplicatePolicy(DuplicatePolicy(id));
        m_wizard.sessionChanged();
    });
    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(Theme::kGrid * 2);
    choices->setVerticalSpacing(Theme::kGrid / 2);
    choices->addWidget(m_skip, 0, 0);
    choices->addWidget(
        importlook::noteLabel(tr("Leave the leads Baton has as they are; these rows are not imported."), this), 0, 1);
    choices->addWidget(m_merge, 1, 0);
    choices->addWidget(importlook::noteLabel(tr("Fill the empty fields of the lead Baton has with the row's values. "
                                                "Nothing already filled is overwritten."),
                                             this),
                       1, 1);
    choices->setColumnStretch(1, 1);

    m_outcome->setObjectName(QStringLiteral("duplicateOutcome"));
    m_outcome->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("duplicateProblem"));

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addSpacing(Theme::kGrid);
    layout->addLayout(choices);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(m_outcome);
    layout->addWidget(m_problem);

    connect(&wizard, &ImportWizard::planChanged, this, [this] {
        if (m_wizard.currentId() == ImportWizard::DuplicatesPage)
            refresh();
    });
}

QString ImportDuplicatesPage::outcomeText() const
{
    return m_outcome->text();
}

void ImportDuplicatesPage::initializePage()
{
    refresh();
}

void ImportDuplicatesPage::refresh()
{
    const ImportPlan &plan = m_wizard.session().plan();
    m_model->setIssues(plan.duplicates);
    m_count->setText(tr("%Ln duplicate row(s)", nullptr, int(plan.duplicates.size())));
    {
        const QSignalBlocker skip(m_skip);
        const QSignalBlocker merge(m_merge);
        (plan.duplicatePolicy == DuplicatePolicy::Merge ? m_merge : m_skip)->setChecked(true);
    }

    const QString created = tr("%Ln new lead(s) will be created", nullptr, int(plan.newLeads.size()));
    const QString dup = plan.duplicatePolicy == DuplicatePolicy::Skip
                            ? tr("%Ln duplicate row(s) skipped", nullptr, int(plan.duplicates.size()))
                            : tr("%Ln existing lead(s) updated", nullptr, int(plan.merges.size()));
    m_outcome->setText(tr("%1, %2.").arg(created, dup));

    QStringList problems;
    for (const ImportIssue &issue : plan.errors)
        problems << issue.text();
    importlook::setProblem(m_problem, problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ImportDuplicatesPage::isComplete() const
{
    return m_wizard.session().plan().ok();
}

int ImportDuplicatesPage::nextId() const
{
    return ImportWizard::ProgressPage;
}

} // namespace baton
