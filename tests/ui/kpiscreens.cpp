// Renders the KPI dashboard, the feedback view and the weekly report to PNG files
// for a look; not a test:
//   QT_QPA_PLATFORM=offscreen kpiscreens --db demo.sqlite --out DIR [--now 2026-11-23T00:00:00Z]
//       [--as USER] [--dark] [--period this_week|last_week|this_month|last_month|this_quarter]
// Prints how long each view took to compute.

#include "common/leadactions.h"
#include "common/theme.h"
#include "domain/clock.h"
#include "feedback/feedbackview.h"
#include "io/scenarioreplay.h"
#include "kpi/kpidashboard.h"
#include "kpi/periodpicker.h"
#include "kpi/weeklyreport.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QTimer>

#include <cstdio>

using namespace baton;

namespace {
template<typename View, typename Signal>
qint64 settle(View *view, Signal signal)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(view, signal, &loop, [&loop](bool complete) {
        if (complete)
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec(); // showing the view started the computation
    return timer.elapsed();
}

void save(QWidget *w, const QString &path)
{
    // Let pending layouts (labels that changed text, list items) run before the grab.
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    w->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("now"), QStringLiteral("clock time"), QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("user"), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("period"), QStringLiteral("preset"), QStringLiteral("PRESET")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("dark theme")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("width"), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("height"), QStringLiteral("PX")});
    parser.process(app);
    const Theme theme(parser.isSet(QStringLiteral("dark")) ? Theme::Mode::Dark : Theme::Mode::Light);
    theme.apply(app);

    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    ManualClock clock(parser.isSet(QStringLiteral("now")) ? parseTime(parser.value(QStringLiteral("now"))).value_or(0)
                                                          : QDateTime::currentMSecsSinceEpoch());
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);
    const QSize size(
        parser.value(QStringLiteral("width")).toInt() > 0 ? parser.value(QStringLiteral("width")).toInt() : 1440,
        parser.value(QStringLiteral("height")).toInt() > 0 ? parser.value(QStringLiteral("height")).toInt() : 900);
    const QString period = parser.value(QStringLiteral("period"));
    const QStringList presets{QStringLiteral("this_week"), QStringLiteral("last_week"), QStringLiteral("this_month"),
                              QStringLiteral("last_month"), QStringLiteral("this_quarter")};

    KpiDashboard dashboard(pipeline);
    if (presets.contains(period))
        dashboard.periodPicker()->setPreset(PeriodPreset(presets.indexOf(period)));
    dashboard.resize(size);
    dashboard.show();
    const qint64 dashboardMs = settle(&dashboard, &KpiDashboard::updated);
    if (const auto s = dashboard.snapshot())
        std::printf("dashboard: %lld ms to a complete snapshot (%lld events read in %lld ms, KPIs and details %lld ms, "
                    "weekly trend %lld ms)\n",
                    dashboardMs, s->data.eventsRead, s->data.loadMs, s->computeMs, s->weeklyMs);
    save(&dashboard, out + QStringLiteral("/dashboard.png"));
    // The whole scrolling content, for a look at every chart.
    if (QWidget *content = dashboard.findChild<QWidget *>(QStringLiteral("kpiContent")))
        save(content, out + QStringLiteral("/dashboard-full.png"));

    LeadActions actions(pipeline, parser.value(QStringLiteral("as")));
    FeedbackView feedback(actions);
    if (presets.contains(period))
        feedback.periodPicker()->setPreset(PeriodPreset(presets.indexOf(period)));
    feedback.resize(size);
    feedback.show();
    const qint64 feedbackMs = settle(&feedback, &FeedbackView::updated);
    if (const auto s = feedback.snapshot())
        std::printf("feedback: %lld ms (read %lld ms, computed %lld ms)\n", feedbackMs, s->data.loadMs, s->computeMs);
    save(&feedback, out + QStringLiteral("/feedback.png"));

    const auto [year, week] = previousIsoWeek(clock.now());
    QElapsedTimer timer;
    timer.start();
    for (const QString &ext : {QStringLiteral("pdf"), QStringLiteral("png")}) {
        const QString path = out + QStringLiteral("/report.") + ext;
        if (Status s = writeWeeklyReport(pipeline, year, week, path); !s)
            std::fprintf(stderr, "report: %s\n", qPrintable(s.error()));
        else
            std::printf("wrote %s\n", qPrintable(path));
    }
    std::printf("report: %lld ms for both\n", timer.elapsed());
    return 0;
}
