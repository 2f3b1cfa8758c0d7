// baton_screens: renders the main window offscreen to PNG files, so the layout
// can be looked at without a display. Not a test: run it by hand.
//   baton_screens --db demo.sqlite --out DIR [--as USER] [--dark]
// The database is copied first; the original is never written.

#include "board/board.h"
#include "board/boardmodel.h"
#include "board/filterbar.h"
#include "board/stagecolumn.h"
#include "board/stagecolumnmodel.h"
#include "common/leadactions.h"
#include "common/theme.h"
#include "common/userpicker.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "triage/rejectdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace baton;

namespace {

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget &w, const QString &dir, const QString &name)
{
    settle();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w.grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
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
    parser.addOption({QStringLiteral("db"), QStringLiteral("Demo database to copy."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR"), QDir::tempPath()});
    parser.addOption({QStringLiteral("as"), QStringLiteral("User id."), QStringLiteral("USER"), QStringLiteral("ana")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Dark theme.")});
    parser.process(app);

    const Theme theme(parser.isSet(QStringLiteral("dark")) ? Theme::Mode::Dark : Theme::Mode::Light);
    theme.apply(app);

    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("screens.sqlite"));
    if (!QFile::copy(parser.value(QStringLiteral("db")), copy)) {
        QTextStream(stderr) << "cannot copy " << parser.value(QStringLiteral("db")) << Qt::endl;
        return 2;
    }
    auto db = Database::open(copy);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 2;
    }
    SystemClock clock;
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 2;
    }
    LeadActions actions(pipeline, parser.value(QStringLiteral("as")));
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString suffix = parser.isSet(QStringLiteral("dark")) ? QStringLiteral("-dark") : QString();

    QElapsedTimer opening;
    opening.start();
    MainWindow window(actions, theme);
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab(); // one full paint
    QTextStream(stdout) << "window built and painted in " << opening.elapsed() << " ms, " << pipeline.leads().count()
                        << " leads" << Qt::endl;
    settle(400);

    // A pending SAL selected: the pane beside the board is filled.
    StageColumnModel *sal = window.board()->model()->column(Stage::Sal);
    if (sal->canFetchMore({}))
        sal->fetchMore({});
    if (sal->rowCount() > 0)
        window.openLead(sal->lead(0).id);
    save(window, out, QStringLiteral("board") + suffix);

    // Dragging a pending SAL: Nurture is highlighted, the rest dimmed.
    window.board()->showDropTargets(Stage::Sal, ReviewStatus::Pending);
    save(window, out, QStringLiteral("board-drag") + suffix);
    // ... and scrolled to the right end, where the folded columns are.
    QScrollBar *across = window.board()->findChild<QScrollArea *>()->horizontalScrollBar();
    across->setValue(across->maximum());
    save(window, out, QStringLiteral("board-drag-right") + suffix);
    across->setValue(0);
    window.board()->clearDropTargets();

    // Filters narrow the board.
    LeadFilter f;
    f.minScore = 70;
    f.me = actions.userId();
    f.mine = true;
    window.filterBar()->setFilter(f);
    window.board()->setFilter(f);
    save(window, out, QStringLiteral("board-filtered") + suffix);
    window.filterBar()->setFilter(LeadFilter{});
    window.board()->setFilter(LeadFilter{});

    window.showView(MainWindow::View::Queue);
    save(window, out, QStringLiteral("queue") + suffix);
    window.showView(MainWindow::View::Kpis);
    save(window, out, QStringLiteral("kpis") + suffix);
    window.showView(MainWindow::View::Board);

    UserPicker picker(pipeline.users(), actions.userId(), &window);
    picker.show();
    save(picker, out, QStringLiteral("userpicker") + suffix);
    picker.hide();

    if (sal->rowCount() > 0) {
        RejectDialog reject(sal->lead(0).name, sal->lead(0).score, pipeline.catalog().reasons(), &window);
        reject.show();
        save(reject, out, QStringLiteral("reject") + suffix);
    }
    return 0;
}
