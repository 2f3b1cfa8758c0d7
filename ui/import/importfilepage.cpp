#include "importfilepage.h"

#include "common/settingskeys.h"
#include "importlook.h"
#include "importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace baton {

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard), m_path(new QLineEdit(this)), m_problem(importlook::problemLabel(wizard.theme(), this))
{
    const bool leads = wizard.kind() == ImportKind::Leads;
    setTitle(leads ? tr("Choose the file of leads") : tr("Choose the file of activities"));
    setSubTitle(tr("A CSV file: an export from HubSpot, Salesforce or Pipedrive, or a sheet saved as CSV."));

    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        importlook::setProblem(m_problem, QString());
        Q_EMIT completeChanged();
    });
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);

    const QString what =
        leads ? tr("Baton recognises the column names of HubSpot, Salesforce and Pipedrive exports, common English "
                   "and French names (E-mail, Société, Effectif…) and its own export. You check and change the "
                   "mapping in the next step.")
              : tr("Each row names a lead by its e-mail address or lead id, an activity type (page_view, "
                   "content_download, webinar_attended, demo_request…) and a time; url, asset and asset_kind "
                   "are optional.");
    const QString safe = tr("Nothing is written until you click Import, and then it is all or nothing: a file "
                            "with one bad row imports nothing.");

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid + Theme::kGrid / 2);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(importlook::noteLabel(what, this));
    layout->addWidget(importlook::noteLabel(safe, this));
    layout->addStretch(1);
    m_problem->setObjectName(QStringLiteral("fileProblem"));
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString ImportFilePage::problem() const
{
    return m_problem->text();
}

bool ImportFilePage::isComplete() const
{
    return !path().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString file = path();
    if (Status s = m_wizard.session().load(file); !s) {
        importlook::setProblem(m_problem, s.error());
        return false;
    }
    QSettings settings;
    settings::importDirectory().setValue(settings, QFileInfo(file).absolutePath());
    m_wizard.sessionChanged();
    return true;
}

int ImportFilePage::nextId() const
{
    return ImportWizard::MappingPage;
}

void ImportFilePage::browse()
{
    QSettings settings;
    QString dir = path().isEmpty() ? settings::importDirectory().value(settings) : QFileInfo(path()).absolutePath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString chosen =
        QFileDialog::getOpenFileName(this, title(), dir, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    settings::importDirectory().setValue(settings, QFileInfo(chosen).absolutePath());
}

} // namespace baton
