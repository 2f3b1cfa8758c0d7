#include "importpreviewpage.h"

#include "importissuemodel.h"
#include "importlook.h"
#include "importpreviewmodel.h"
#include "importwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {
constexpr int kColumnWidth = 150;
constexpr int kMaxColumnWidth = 260;
constexpr int kListedProblems = 6; // rows of the problems list shown without scrolling
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard),
      m_preview(new ImportPreviewModel(wizard.theme(), this)),
      m_errors(new ImportIssueModel(this)),
      m_previewTable(new QTableView(this)),
      m_errorTable(new QTableView(this)),
      m_status(new QLabel(this)),
      m_errorHeading(importlook::headingLabel(QString(), this)),
      m_blocked(importlook::problemLabel(wizard.theme(), this)),
      m_reload(new QPushButton(tr("&Read the file again"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The rows as Baton reads them. Rows and cells with a problem are marked; point at one to see why."));

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_blocked->setObjectName(QStringLiteral("blockedReason"));

    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_preview);
    importlook::setTableLook(m_previewTable);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setMinimumSectionSize(Theme::kGrid * 8);

    m_errorTable->setObjectName(QStringLiteral("errorTable"));
    m_errorTable->setModel(m_errors);
    importlook::setTableLook(m_errorTable);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    m_errorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_errorTable->horizontalHeader()->resizeSection(ImportIssueModel::RowColumn, Theme::kGrid * 7);
    m_errorTable->horizontalHeader()->resizeSection(ImportIssueModel::ColumnColumn, Theme::kGrid * 20);
    m_errorTable->setToolTip(tr("Click a problem to show its row in the preview."));
    connect(m_errorTable, &QTableView::clicked, this, &ImportPreviewPage::showIssue);
    connect(m_errorTable, &QTableView::activated, this, &ImportPreviewPage::showIssue);

    m_reload->setObjectName(QStringLiteral("reloadFile"));
    m_reload->setToolTip(tr("After fixing the file in a spreadsheet and saving it, read it again here."));
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (Status s = m_wizard.session().reload(); !s)
            importlook::setProblem(m_blocked, s.error());
        else
            m_wizard.sessionChanged();
    });

    auto *errorBox = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(errorBox);
    errorLayout->setContentsMargins(0, Theme::kGrid, 0, 0);
    errorLayout->setSpacing(Theme::kGrid / 2);
    errorLayout->addWidget(m_errorHeading);
    errorLayout->addWidget(m_errorTable, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_blocked, 1);
    bottom->addStretch(0); // keeps the button its size when there is no sentence beside it
    bottom->addWidget(m_reload, 0, Qt::AlignTop);

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(m_status);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(errorBox);
    layout->addLayout(bottom);

    connect(&wizard, &ImportWizard::planChanged, this, [this] {
        if (m_wizard.currentId() == ImportWizard::PreviewPage)
            refresh();
    });
}

QString ImportPreviewPage::blockedReason() const
{
    return m_blocked->text();
}

void ImportPreviewPage::initializePage()
{
    refresh();
}

void ImportPreviewPage::refresh()
{
    const ImportSession &session = m_wizard.session();
    const ImportPlan &plan = session.plan();
    m_preview->setPreview(session.document(), plan);
    m_errors->setIssues(plan.errors);

    QHeaderView *header = m_previewTable->horizontalHeader();
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        header->resizeSection(c, std::clamp(header->sectionSize(c) + Theme::kGrid, kColumnWidth, kMaxColumnWidth));

    const int shown = m_preview->rowCount();
    const bool leads = session.kind() == ImportKind::Leads;
    QString status = shown < plan.rows
                         ? tr("Showing %1 of %Ln row(s): the first %2", nullptr, plan.rows)
                               .arg(importlook::count(shown), importlook::count(ImportPreviewModel::kFirstRows))
                         : tr("All %Ln row(s)", nullptr, plan.rows);
    if (shown < plan.rows && m_preview->shownProblemRows() > 0)
        status += tr(", and every row with a problem");
    status += QLatin1Char('.');
    if (plan.ok()) {
        if (leads)
            status += QLatin1Char(' ')
                      + tr("Ready: %Ln new lead(s), %1 duplicate(s).", nullptr, int(plan.newLeads.size()))
                            .arg(importlook::count(plan.duplicates.size()));
        else
            status += QLatin1Char(' ') + tr("Ready: %Ln activity record(s).", nullptr, int(plan.activities.size()));
    }
    m_status->setText(status);

    m_errorHeading->setText(tr("%Ln problem(s)", nullptr, int(plan.errors.size())));
    // The preview gets the room; the list of problems is as tall as its rows, up to a few, then scrolls.
    const int listed = int(std::min<qsizetype>(std::max<qsizetype>(plan.errors.size(), 2), kListedProblems));
    m_errorTable->setFixedHeight(m_errorTable->horizontalHeader()->sizeHint().height()
                                 + listed * m_errorTable->verticalHeader()->defaultSectionSize()
                                 + 2 * m_errorTable->frameWidth() + 2);
    m_errorHeading->parentWidget()->setVisible(!plan.errors.isEmpty());
    importlook::setProblem(
        m_blocked, plan.ok() ? QString()
                             : tr("Nothing can be imported while the file has errors (%Ln to fix): an import is all or "
                                  "nothing. Fix them in the file and read it again, or go back and change the mapping.",
                                  nullptr, int(plan.errors.size())));
    m_reload->setVisible(!session.path().isEmpty());

    const bool last = nextId() == ImportWizard::ProgressPage;
    setCommitPage(last);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showIssue(const QModelIndex &index)
{
    const QModelIndex cell = m_preview->indexOf(index.data(ImportIssueModel::RowRole).toInt(),
                                                index.data(ImportIssueModel::ColumnNameRole).toString());
    if (!cell.isValid())
        return;
    // Current but not selected: the cell keeps its problem tint, with the focus frame around it.
    m_previewTable->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_previewTable->clearSelection();
    m_previewTable->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard.session().plan().ok();
}

int ImportPreviewPage::nextId() const
{
    const ImportPlan &plan = m_wizard.session().plan();
    if (plan.kind == ImportKind::Leads && !plan.duplicates.isEmpty())
        return ImportWizard::DuplicatesPage;
    return ImportWizard::ProgressPage;
}

} // namespace baton
