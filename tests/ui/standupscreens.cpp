// Renders every stand-up slide at 1920 × 1080 and 3840 × 2160 to PNG files, to look at
// them without a meeting room:
//     QT_QPA_PLATFORM=offscreen ./standupscreens DEMO.sqlite OUTDIR [ASOF] [--light] [--since DAYS]
// ASOF (ISO time, default: the latest event) is "now" for the deck; --since pretends the
// last stand-up ran DAYS days before it. Works on a copy: the demo file is not changed;
// a DEMO file that does not exist stands for an empty database.
// Not a test: nothing is compared. Not registered with CTest.
#include "io/scenarioreplay.h"
#include "pipeline/pipelineservice.h"
#include "standup/standupwindow.h"
#include "storage/database.h"
#include "storage/eventlog.h"
#include "storage/standupsource.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace baton;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool light = args.removeAll(QStringLiteral("--light")) > 0;
    std::optional<int> sinceDays;
    if (const qsizetype i = args.indexOf(QStringLiteral("--since")); i >= 0 && i + 1 < args.size()) {
        sinceDays = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: standupscreens DEMO.sqlite OUTDIR [ASOF] [--light] [--since DAYS]\n";
        return 2;
    }
    const QString copy = QDir(args.at(1)).filePath(QStringLiteral("standup-copy.sqlite"));
    QDir().mkpath(args.at(1));
    QFile::remove(copy);
    // A file that does not exist stands for an empty database (the empty states).
    if (QFile::exists(args.at(0)) && !QFile::copy(args.at(0), copy)) {
        err << "cannot copy " << args.at(0) << "\n";
        return 1;
    }
    auto db = Database::open(copy);
    if (!db) {
        err << db.error() << "\n";
        return 1;
    }
    Timestamp asof = 0;
    if (args.size() > 2)
        asof = parseTime(args.at(2)).value_or(0);
    if (asof == 0) {
        EventLog log(*db.value());
        asof = log.event(log.lastId()).value_or(Event{}).at;
    }
    ManualClock clock(asof);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s) {
        err << s.error() << "\n";
        return 1;
    }
    if (sinceDays) {
        CatalogStore catalog(*db.value());
        (void)catalog.setSetting(kLastStandupKey, QString::number(asof - *sinceDays * kMsPerDay));
    }
    // Not start()ed: that would go full screen on the offscreen screen. The marker
    // counts from the last recorded stand-up all the same.
    QElapsedTimer loading;
    loading.start();
    StandupWindow window(pipeline, {-1, 20, !light});
    err << "deck built in " << loading.elapsed() << " ms\n";
    const QList<QSize> sizes = {{1920, 1080}, {3840, 2160}};
    for (const QSize &size : sizes) {
        window.resize(size);
        for (int i = 0; i < window.slideCount(); ++i) {
            window.showSlide(i);
            const QString file = QDir(args.at(1))
                                     .filePath(QStringLiteral("standup-%1-%2%3.png")
                                                   .arg(size.height())
                                                   .arg(i + 1)
                                                   .arg(light ? u"-light" : u""));
            window.grab().save(file);
            err << file << "\n";
        }
    }
    // The first slide 40 % into its interval, then paused there: the progress line and "Paused".
    ManualClock timing(0);
    window.resize(sizes.first());
    window.showSlide(0);
    window.setTimingClock(timing);
    timing.advance(8000);
    window.tick();
    window.grab().save(QDir(args.at(1)).filePath(QStringLiteral("standup-progress.png")));
    window.setPaused(true);
    window.grab().save(QDir(args.at(1)).filePath(QStringLiteral("standup-paused.png")));
    QFile::remove(copy);
    return 0;
}
