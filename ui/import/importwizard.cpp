#include "importwizard.h"

#include "common/theme.h"
#include "importduplicatespage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importprogresspage.h"
#include "importsummarypage.h"
#include "pipeline/pipelineservice.h"

#include <QAbstractButton>
#include <QCloseEvent>

namespace baton {

ImportWizard::ImportWizard(PipelineService &pipeline, const Theme &theme, ImportKind kind, const QString &userId,
                           QWidget *parent)
    : QWizard(parent),
      m_theme(theme),
      m_session(pipeline, kind, userId.isEmpty() ? kSystemActor : userId),
      m_runner(new ImportRunner(pipeline, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == ImportKind::Leads ? tr("Import leads") : tr("Import activities"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setModal(true);
    {
        // Dialogs are surfaces (UI.md palette), like the panes.
        QPalette pal = palette();
        pal.setColor(QPalette::Window, theme.color(Theme::Token::Surface));
        setPalette(pal);
    }

    setPage(FilePage, new ImportFilePage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(DuplicatesPage, new ImportDuplicatesPage(*this));
    setPage(ProgressPage, new ImportProgressPage(*this));
    setPage(SummaryPage, new ImportSummaryPage(*this));
    setStartId(FilePage);
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::whyNotImport(const std::optional<User> &user, bool databaseHasUsers)
{
    if (!user)
        return databaseHasUsers ? tr("Choose who you are first (File → Switch user…): an import is recorded in "
                                     "your name.")
                                : QString();
    if (!mayEditLeadFields(user->role))
        return tr("Importing is for marketing and admins: it creates leads and fills their fields. %1 is a %2.")
            .arg(user->name, roleDisplayName(user->role));
    return QString();
}

bool ImportWizard::openFile(const QString &path)
{
    if (currentId() != FilePage)
        restart();
    auto *page = qobject_cast<ImportFilePage *>(this->page(FilePage));
    page->setPath(path);
    next();
    return currentId() == MappingPage;
}

void ImportWizard::sessionChanged()
{
    Q_EMIT planChanged();
}

void ImportWizard::setOutcome(const ImportOutcome &outcome)
{
    m_outcome = outcome;
    if (outcome.ok)
        Q_EMIT imported();
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        qobject_cast<ImportProgressPage *>(page(ProgressPage))->explainClose();
        return;
    }
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        qobject_cast<ImportProgressPage *>(page(ProgressPage))->explainClose();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace baton
