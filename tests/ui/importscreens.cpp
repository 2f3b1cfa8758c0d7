// Renders the import wizard's steps with a realistic HubSpot export (120 leads,
// a few bad cells, two leads Baton already has) to PNG files, to look at them
// without a display:
//     QT_QPA_PLATFORM=offscreen ./baton_importscreens [--out DIR] [--dark]
// Not a test: nothing is compared. Not registered with CTest.
#include "common/theme.h"
#include "import/importissuemodel.h"
#include "import/importpreviewpage.h"
#include "import/importwizard.h"
#include "scenariofixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace baton;

namespace {

const char kScenario[] = R"(
{"at":"2026-11-02T08:00:00Z","op":"config","auto_handoff":true}
{"at":"2026-11-02T08:00:00Z","op":"user","id":"marc","name":"Marc Petit","role":"marketing_manager"}
{"at":"2026-11-02T08:00:00Z","op":"user","id":"ana","name":"Ana Ruiz","role":"sales_rep"}
{"at":"2026-11-02T08:00:00Z","op":"user","id":"sam","name":"Sam Okafor","role":"sales_rep"}
{"at":"2026-11-03T09:00:00Z","op":"lead","id":"A1","first_name":"Anna","last_name":"Schmidt","email":"anna.schmidt@globex.de","company":"Globex GmbH"}
{"at":"2026-11-03T09:05:00Z","op":"lead","id":"B1","first_name":"Lucas","last_name":"Moreau","email":"lucas.moreau@finaxis.fr","company":"Finaxis SAS"}
{"at":"2026-11-20T14:00:00Z","op":"tick"}
)";

// A HubSpot contacts export: 120 rows. With `problems`, four cells are wrong.
QByteArray hubspotExport(bool problems)
{
    const QStringList first = {QStringLiteral("Claire"), QStringLiteral("Jakob"),  QStringLiteral("Sofia"),
                               QStringLiteral("Noah"),   QStringLiteral("Priya"),  QStringLiteral("Tom"),
                               QStringLiteral("Léa"),    QStringLiteral("Mateo"),  QStringLiteral("Ingrid"),
                               QStringLiteral("Yusuf"),  QStringLiteral("Hannah"), QStringLiteral("Pierre")};
    const QStringList last = {QStringLiteral("Dubois"), QStringLiteral("Lindqvist"), QStringLiteral("Rossi"),
                              QStringLiteral("Keller"), QStringLiteral("Natarajan"), QStringLiteral("Becker"),
                              QStringLiteral("Martin"), QStringLiteral("García"),    QStringLiteral("Hansen"),
                              QStringLiteral("Demir"),  QStringLiteral("Vogel")};
    const QStringList companies = {QStringLiteral("Maison Lumière"),     QStringLiteral("Fjordline AB"),
                                   QStringLiteral("Nordlicht Software"), QStringLiteral("Keller Logistik"),
                                   QStringLiteral("Brightloop"),         QStringLiteral("Becker Werkzeuge"),
                                   QStringLiteral("Atelier Nova"),       QStringLiteral("Iberia Cloud SL")};
    const QStringList titles = {QStringLiteral("CFO"),      QStringLiteral("Head of Growth"),
                                QStringLiteral("VP Sales"), QStringLiteral("Marketing Manager"),
                                QStringLiteral("CTO"),      QStringLiteral("Operations Lead")};
    const QStringList industries = {QStringLiteral("Software"), QStringLiteral("E-commerce"),
                                    QStringLiteral("Manufacturing"), QStringLiteral("Financial Services"),
                                    QStringLiteral("Logistics")};
    const QStringList countries = {QStringLiteral("France"),         QStringLiteral("Sweden"),
                                   QStringLiteral("Italy"),          QStringLiteral("Switzerland"),
                                   QStringLiteral("United Kingdom"), QStringLiteral("Germany"),
                                   QStringLiteral("Spain")};
    const QStringList sources = {QStringLiteral("Organic Search"), QStringLiteral("Paid Search"),
                                 QStringLiteral("Paid Social"), QStringLiteral("Referrals"),
                                 QStringLiteral("Email Marketing")};
    QString csv = QStringLiteral("Record ID,First Name,Last Name,Email,Job Title,Company Name,Number of Employees,"
                                 "Industry,Country/Region,Original Source,Create Date,Phone Number,Lifecycle Stage\n");
    for (int i = 0; i < 120; ++i) {
        const QString f = first.at(i % first.size());
        const QString l = last.at((i * 7) % last.size());
        const QString company = companies.at((i * 3) % companies.size());
        // Addresses in plain ASCII, as mail systems write them.
        const QString local = QStringLiteral("%1.%2").arg(f, l).toLower().normalized(QString::NormalizationForm_KD);
        QString ascii;
        for (QChar c : local) {
            if (c.unicode() < 128)
                ascii += c;
        }
        QString email = QStringLiteral("%1%2@%3.example")
                            .arg(ascii)
                            .arg(i)
                            .arg(company.split(QLatin1Char(' '))
                                     .constFirst()
                                     .toLower()
                                     .normalized(QString::NormalizationForm_KD)
                                     .remove(QRegularExpression(QStringLiteral("[^a-z]"))));
        QString size = QString::number(20 + (i * 37) % 900);
        QString country = countries.at(i % countries.size());
        QString created = QStringLiteral("2026-%1-%2 10:%3")
                              .arg(1 + i % 10, 2, 10, QLatin1Char('0'))
                              .arg(1 + i % 27, 2, 10, QLatin1Char('0'))
                              .arg(i % 60, 2, 10, QLatin1Char('0'));
        if (i == 2)
            email = QStringLiteral("anna.schmidt@globex.de");
        if (i == 9)
            email = QStringLiteral("Lucas.Moreau@finaxis.fr");
        if (problems) {
            if (i == 4)
                size = QStringLiteral("about fifty");
            if (i == 11)
                country = QStringLiteral("Atlantis");
            if (i == 17)
                email = QStringLiteral("sofia.rossi@@nordlicht.it");
            if (i == 63)
                created = QStringLiteral("31/02/2026");
        }
        csv += QStringLiteral("%1,%2,%3,%4,%5,\"%6\",%7,%8,%9,")
                   .arg(9000 + i)
                   .arg(f, l, email, titles.at(i % titles.size()), company, size, industries.at(i % industries.size()),
                        country)
               + QStringLiteral("%1,%2,+33 1 44 55 %3,%4\n")
                     .arg(sources.at(i % sources.size()), created)
                     .arg(10 + i, 2, 10, QLatin1Char('0'))
                     .arg(i % 4 == 0 ? QStringLiteral("subscriber") : QStringLiteral("lead"));
    }
    return csv.toUtf8();
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget &w, const QString &dir, const QString &name)
{
    settle();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w.grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // never touch the user's settings
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BatonScreens"));
    QCoreApplication::setApplicationName(QStringLiteral("BatonScreens"));

    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR"), QDir::tempPath()});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Dark theme.")});
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);
    const Theme theme(parser.isSet(QStringLiteral("dark")) ? Theme::Mode::Dark : Theme::Mode::Light);
    theme.apply(app);

    QTemporaryDir work;
    const QString bad = writeFile(work, QStringLiteral("hubspot-contacts-2026-11.csv"), hubspotExport(true));
    const QString good = writeFile(work, QStringLiteral("hubspot-contacts-2026-11-fixed.csv"), hubspotExport(false));

    // On a file, so the import runs on its worker thread as in Baton.
    test::ScenarioFixture f;
    if (const QString error = f.setUp(kScenario, work.filePath(QStringLiteral("baton.sqlite"))); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const QString prefix = theme.mode() == Theme::Mode::Dark ? QStringLiteral("dark-") : QString();

    {
        ImportWizard wizard(*f.pipeline, theme, ImportKind::Leads, QStringLiteral("marc"));
        wizard.show();
        save(wizard, out, prefix + QStringLiteral("import-1-file"));
        wizard.openFile(bad);
        save(wizard, out, prefix + QStringLiteral("import-2-mapping"));
        wizard.next();
        // As after clicking the first problem: its cell in view and current.
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard.page(ImportWizard::PreviewPage));
        Q_EMIT preview->errorTable()->clicked(preview->errorModel()->index(0, 0));
        save(wizard, out, prefix + QStringLiteral("import-3-preview-problems"));
    }
    {
        ImportWizard wizard(*f.pipeline, theme, ImportKind::Leads, QStringLiteral("marc"));
        // Holds the worker at its first progress report long enough to take the picture.
        QSemaphore entered;
        QSemaphore release;
        bool held = false;
        wizard.runner()->setProgressHook([&](int done, int) {
            if (done > 0 && !held) {
                held = true;
                entered.release();
                release.acquire();
            }
            return true;
        });
        wizard.show();
        wizard.openFile(good);
        wizard.next();
        save(wizard, out, prefix + QStringLiteral("import-4-preview"));
        wizard.next();
        save(wizard, out, prefix + QStringLiteral("import-5-duplicates"));
        wizard.next();
        QElapsedTimer wait;
        wait.start();
        while (entered.available() == 0 && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // The worker reports every 256 rows: with 118 it reports at the end only, so
        // the picture shows the bar as a real import of a few hundred rows would.
        save(wizard, out, prefix + QStringLiteral("import-6-progress"));
        release.release();
        wait.restart();
        while (wizard.currentId() != ImportWizard::SummaryPage && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        save(wizard, out, prefix + QStringLiteral("import-7-summary"));
    }
    {
        ImportWizard wizard(*f.pipeline, theme, ImportKind::Leads, QStringLiteral("marc"));
        wizard.runner()->setProgressHook([](int, int) { return false; });
        wizard.show();
        wizard.openFile(good);
        wizard.next();
        wizard.next();
        wizard.next();
        QElapsedTimer wait;
        wait.start();
        while (wizard.currentId() != ImportWizard::SummaryPage && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        save(wizard, out, prefix + QStringLiteral("import-8-cancelled"));
    }
    return 0;
}
