#include "boardbench.h"

#include "benchtable.h"
#include "board/board.h"
#include "board/boardmodel.h"
#include "board/cardlistview.h"
#include "board/stagecolumn.h"
#include "common/leadactions.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/leadquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSet>
#include <QWindow>

#include <functional>
#include <memory>

namespace baton::bench {

namespace {

// Which widgets received a paint event since the last reset.
class PaintWatcher final : public QObject
{
public:
    void watch(QWidget *w) { w->installEventFilter(this); }
    void reset() { m_painted.clear(); }
    bool painted(QObject *o) const { return m_painted.contains(o); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(watched);
        return QObject::eventFilter(watched, event);
    }

private:
    QSet<QObject *> m_painted;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void processEventsFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

const FilterTime *BoardTimes::slowestFilter() const
{
    const FilterTime *slowest = nullptr;
    for (const FilterTime &f : filters) {
        if (!slowest || f.ms > slowest->ms)
            slowest = &f;
    }
    return slowest;
}

Result<BoardTimes> measureBoard(const QString &database, Timestamp now, const Theme &theme, const QString &user,
                                int actionCount, int filterRepeats)
{
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db)
        return Error{db.error()};
    ManualClock clock(now);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return Error{s.error()};
    // Whatever fell due since the pipeline was generated is not part of an action.
    if (Status s = pipeline.tick(); !s)
        return Error{s.error()};
    if (!pipeline.user(user))
        return Error{QStringLiteral("the pipeline has no user “%1”").arg(user)};
    QString reason;
    for (const RejectionReason &r : pipeline.catalog().reasons()) {
        reason = r.id;
        break;
    }
    if (reason.isEmpty())
        return Error{QStringLiteral("the pipeline has no rejection reasons")};

    LeadActions actions(pipeline, user);
    BoardTimes times;
    QObject::connect(&actions, &LeadActions::failed, [&times](const QString &message) {
        if (times.firstFailure.isEmpty())
            times.firstFailure = message;
    });

    auto window = std::make_unique<MainWindow>(actions, theme);
    window->resize(1920, 1080);
    window->show();
    QElapsedTimer wait;
    wait.start();
    while ((!window->windowHandle() || !window->windowHandle()->isExposed()) && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    processEventsFor(300);
    Board *board = window->board();
    QObject::connect(board, &Board::statusMessage, [&times](const QString &message) {
        if (times.firstFailure.isEmpty())
            times.firstFailure = message;
    });

    PaintWatcher watcher;
    QList<QWidget *> allViewports;
    for (Stage s : kAllStages) {
        QWidget *viewport = board->column(s)->view()->viewport();
        watcher.watch(viewport);
        allViewports << viewport;
    }
    // Processes what the change posted (the repaint included) and repaints by hand
    // any column that should show the change but has not been painted yet.
    auto settle = [&](const QList<QWidget *> &mustPaint) {
        QCoreApplication::processEvents();
        for (QWidget *w : mustPaint) {
            if (!watcher.painted(w) && w->isVisible() && !w->visibleRegion().isEmpty()) {
                w->repaint();
                ++times.fallbackRepaints;
            }
        }
    };
    auto viewportOf = [board](Stage s) -> QWidget * { return board->column(s)->view()->viewport(); };

    // Filters and search.
    LeadQuery query(*db.value());
    QString sample = QStringLiteral("an");
    if (const QList<LeadSummary> first = query.page(Stage::New, LeadFilter{}, 0, 1); !first.isEmpty())
        sample = first.first().company.left(5).toLower();
    struct Case
    {
        QString name;
        LeadFilter filter;
    };
    QList<Case> cases;
    auto textCase = [&cases](const QString &text) {
        LeadFilter f;
        f.text = text;
        cases << Case{QStringLiteral("text “%1”").arg(text), f};
    };
    textCase(QStringLiteral("an"));   // matches most leads
    textCase(sample);                 // a company of the board
    textCase(QStringLiteral("zqxj")); // matches nothing: every row is read
    for (const QString &owner : {QStringLiteral("ana"), QStringLiteral("ben")}) {
        LeadFilter f;
        f.owner = owner;
        cases << Case{QStringLiteral("owner %1").arg(owner), f};
    }
    {
        LeadFilter f;
        f.owner = QStringLiteral("ana");
        f.text = QStringLiteral("an");
        cases << Case{QStringLiteral("owner ana + text “an”"), f};
    }
    QList<double> clears;
    for (const Case &c : cases) {
        QList<double> samples;
        for (int i = 0; i < filterRepeats; ++i) {
            watcher.reset();
            QElapsedTimer timer;
            timer.start();
            board->setFilter(c.filter);
            settle(allViewports);
            samples << msSince(timer);

            watcher.reset();
            timer.restart();
            board->setFilter(LeadFilter{});
            settle(allViewports);
            clears << msSince(timer);
        }
        times.filters << FilterTime{c.name, median(samples)};
    }
    times.filters << FilterTime{QStringLiteral("clear"), median(clears)};

    // Accept, reject and drag, in cycles of five taken from what the board holds:
    // qualify a new lead (drag New → MQL), accept a pending SAL and drag it on to SQL,
    // reject another, requalify a nurtured lead (drag Nurture → MQL). A pending SAL
    // comes from the SAL column; only when there is none is one made by dragging an
    // MQL to SAL (a generated L has every rep at capacity, so hand-offs are refused).
    QSet<QString> refused; // leads an action was refused on are not tried again
    auto nextIn = [&](Stage stage, bool pendingOnly) -> QString {
        for (const LeadSummary &l : query.page(stage, LeadFilter{}, 0, 100)) {
            if (!refused.contains(l.id) && (!pendingOnly || l.review == ReviewStatus::Pending))
                return l.id;
        }
        return QString();
    };
    auto timed = [&](const QString &kind, const QString &id, const std::function<bool()> &action,
                     const QList<QWidget *> &mustPaint) {
        if (int(times.actions.size()) + times.failures >= actionCount)
            return false;
        watcher.reset();
        QElapsedTimer timer;
        timer.start();
        const bool ok = action();
        settle(mustPaint);
        const double ms = msSince(timer);
        clock.advance(1000);
        if (!ok) {
            ++times.failures;
            refused.insert(id);
            return false;
        }
        times.actions << ms;
        times.byKind[kind] << ms;
        return true;
    };
    auto drag = [&](const QString &id, Stage from, Stage to) {
        return !id.isEmpty()
               && timed(QStringLiteral("drag"), id, [&] { return board->dropLead(id, to); },
                        {viewportOf(from), viewportOf(to)});
    };
    auto pendingSal = [&]() -> QString {
        if (QString id = nextIn(Stage::Sal, true); !id.isEmpty())
            return id;
        const QString mql = nextIn(Stage::Mql, false);
        return drag(mql, Stage::Mql, Stage::Sal) ? mql : QString();
    };
    while (int(times.actions.size()) + times.failures < actionCount) {
        const qsizetype before = times.actions.size();
        drag(nextIn(Stage::New, false), Stage::New, Stage::Mql);
        if (const QString a = pendingSal(); !a.isEmpty()) {
            if (timed(QStringLiteral("accept"), a, [&] { return actions.accept(a); }, {viewportOf(Stage::Sal)}))
                drag(a, Stage::Sal, Stage::Sql);
        }
        if (const QString r = pendingSal(); !r.isEmpty())
            timed(QStringLiteral("reject"), r,
                  [&] { return actions.reject(r, reason, QStringLiteral("Benchmark rejection")); },
                  {viewportOf(Stage::Sal), viewportOf(Stage::Nurture)});
        drag(nextIn(Stage::Nurture, false), Stage::Nurture, Stage::Mql);
        if (times.actions.size() == before)
            break; // nothing left to act on
    }
    window.reset();
    return times;
}

} // namespace baton::bench
