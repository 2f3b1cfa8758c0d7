#include "cliio.h"
#include "commands.h"
#include "common/confirmationbar.h"
#include "common/firstpaintprobe.h"
#include "common/leadactions.h"
#include "common/settingskeys.h"
#include "common/theme.h"
#include "common/userpicker.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "standup/standupwindow.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include "io/demogenerator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    // English is the fallback (a "C" locale, say): its catalogue holds the plural forms.
    if (translator->load(QLocale(), QStringLiteral("baton"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("baton_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

QString guiTr(const char *text)
{
    return QCoreApplication::translate("Baton", text);
}

// Exit codes of the GUI, as for the sub-commands: 2 for bad input.
constexpr int kBadInput = 2;

int refuse(const QString &message)
{
    QMessageBox::critical(nullptr, guiTr("Baton"), message);
    return kBadInput;
}

// Writes the demo pipeline with a progress bar that can cancel it.
baton::Status writeDemo(const QString &path)
{
    QProgressDialog progress(guiTr("Generating a demo pipeline…"), guiTr("Cancel"), 0, 100);
    progress.setWindowTitle(guiTr("Baton"));
    progress.setMinimumDuration(300);
    baton::DemoOptions options;
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    return baton::generateDemo(path, options);
}

// Who uses Baton: --as, else the last user on this database, else ask.
std::optional<QString> resolveUser(const QList<baton::User> &users, const QString &as, const QString &databaseKey,
                                   bool demo, QString *error)
{
    if (!as.isEmpty()) {
        if (const std::optional<baton::User> u = baton::UserPicker::find(users, as))
            return u->id;
        QStringList ids;
        for (const baton::User &u : users)
            ids << u.id;
        *error = guiTr("--as: there is no user “%1” in this database. Its users are: %2.")
                     .arg(as, ids.isEmpty() ? guiTr("none yet") : ids.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (users.isEmpty())
        return QString(); // a new database: nobody to be yet
    QSettings settings;
    const QString remembered = baton::settings::databaseUser(databaseKey).value(settings);
    if (!remembered.isEmpty() && baton::UserPicker::find(users, remembered))
        return remembered;
    if (demo) {
        for (const baton::User &u : users) {
            if (u.role == baton::Role::SalesRep && u.active)
                return u.id;
        }
    }
    return baton::UserPicker::choose(users, QString());
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // first: the benchmark's first-paint probe times from here
    sinceMain.start();

    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    // Sub-commands run without a display.
    if (argc > 1 && baton::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // `report` paints (fonts, Qt Charts): a QApplication, offscreen when there is no display.
        const bool paints = qstrcmp(argv[1], "report") == 0;
        if (paints && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app =
            paints ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        installTranslations(*app);
        QStringList args = QCoreApplication::arguments().mid(2);
        return baton::runCommand(QCoreApplication::arguments().at(1), args);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.baton.Baton"));
    installTranslations(app);
    const baton::Theme theme(baton::Theme::systemMode());
    theme.apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(guiTr("One lead pipeline for sales and marketing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), guiTr("The database: a file path or sqlite:PATH."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("as"), guiTr("Use Baton as this user (id or name)."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("demo"), guiTr("Open a generated demo pipeline in a temporary file.")});
    parser.addOption({QStringLiteral("standup"), guiTr("Full-screen stand-up mode for the meeting-room screen.")});
    parser.addOption({QStringLiteral("screen"), guiTr("Stand-up mode: the screen to use (0, 1, …)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("interval"), guiTr("Stand-up mode: seconds per slide (default 20)."),
                      QStringLiteral("SECONDS")});
    parser.process(app);

    QTemporaryDir demoDir; // removed when Baton quits
    QString location;
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo) {
        if (!demoDir.isValid())
            return refuse(guiTr("Cannot create a temporary folder for the demo: %1").arg(demoDir.errorString()));
        location = demoDir.filePath(QStringLiteral("demo.sqlite"));
        if (baton::Status s = writeDemo(location); !s)
            return refuse(guiTr("The demo pipeline could not be generated: %1").arg(s.error()));
    } else {
        location = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : baton::defaultDatabase();
    }

    // The window checks the file on a worker once it shows (MainWindow::startDatabaseCheck):
    // PRAGMA quick_check reads the whole file, a second for 100 000 leads. The stand-up
    // screen has no window to warn in, and checks before it shows.
    const bool standupMode = parser.isSet(QStringLiteral("standup"));
    baton::Result<std::unique_ptr<baton::Database>> db =
        baton::Database::open(location, standupMode ? baton::Database::Check::OnOpen : baton::Database::Check::ByCaller);
    if (!db)
        return refuse(db.error());
    baton::SystemClock clock;
    baton::PipelineService pipeline(*db.value(), clock);
    if (baton::Status s = pipeline.initialize(); !s)
        return refuse(guiTr("Cannot use %1: %2").arg(location, s.error()));

    if (standupMode) {
        // Read-only and nobody at the keyboard: no user to choose.
        baton::StandupWindow::Options options;
        bool ok = true;
        if (parser.isSet(QStringLiteral("screen")))
            options.screen = parser.value(QStringLiteral("screen")).toInt(&ok);
        if (!ok || options.screen < -1 || options.screen >= QGuiApplication::screens().size())
            return refuse(guiTr("--screen: “%1” is not a screen of this computer (0 to %2).")
                              .arg(parser.value(QStringLiteral("screen")))
                              .arg(QGuiApplication::screens().size() - 1));
        if (parser.isSet(QStringLiteral("interval")))
            options.intervalSeconds = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || options.intervalSeconds < 3 || options.intervalSeconds > 3600)
            return refuse(guiTr("--interval: “%1” is not a number of seconds between 3 and 3600.")
                              .arg(parser.value(QStringLiteral("interval"))));
        baton::StandupWindow standup(pipeline, options);
        QObject::connect(&standup, &baton::StandupWindow::closed, &app, &QApplication::quit);
        standup.start();
        return app.exec();
    }

    QString error;
    const QString databaseKey = demo ? QStringLiteral("demo") : db.value()->location();
    const std::optional<QString> user =
        resolveUser(pipeline.users(), parser.value(QStringLiteral("as")), databaseKey, demo, &error);
    if (!user)
        return error.isEmpty() ? 0 : refuse(error);

    baton::LeadActions actions(pipeline, *user);
    baton::MainWindow window(actions, theme);
    std::unique_ptr<baton::FirstPaintProbe> probe;
    if (qEnvironmentVariableIsSet(baton::FirstPaintProbe::kEnvironmentVariable)) {
        auto *column = window.findChild<QWidget *>(QStringLiteral("column-new"));
        auto *view = column ? column->findChild<QAbstractItemView *>() : nullptr;
        if (!view) {
            std::fputs("first_paint_error=no board column\n", stderr);
            return 1;
        }
        probe = std::make_unique<baton::FirstPaintProbe>(sinceMain, view);
    }
    window.startDatabaseCheckAfterFirstPaint();
    window.show();
    return app.exec();
}
