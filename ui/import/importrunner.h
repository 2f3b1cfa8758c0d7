#pragma once

#include "domain/stage.h"
#include "io/leadimport.h"

#include <QMap>
#include <QObject>

#include <atomic>
#include <thread>

namespace baton {

class PipelineService;

// How an import ended, and the board's stage counts around it (for the summary).
struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QMap<Stage, int> before; // leads per stage just before writing
    QMap<Stage, int> after;  // and just after (unchanged when nothing was written)
    qint64 elapsedMs = 0;
};

// Applies an import plan without freezing the window (UI.md "Motion and feedback").
//
// A QSqlDatabase connection belongs to the thread that opened it, so the runner's
// thread opens its own connection to the same database file, applies the plan
// through a PipelineService of its own (in one transaction: all or nothing) and
// closes it. An in-memory database has no second connection: its import runs on
// the calling thread, on the window's own pipeline, before start() returns — what
// a test's small pipeline needs, and honest about it (the window does not repaint
// meanwhile). Progress and the outcome arrive on the thread that owns the runner.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(PipelineService &pipeline, QObject *parent = nullptr);
    ~ImportRunner() override; // cancels a running import and waits for its rollback

    void start(const ImportPlan &plan);
    // Asks the import to stop at its next progress report; it then rolls back.
    void cancel();
    bool isRunning() const { return m_running; }
    bool runsInBackground() const;

    // A test seam: told each progress report on the thread that applies, before the
    // runner; returning false cancels exactly as cancel() does.
    void setProgressHook(LeadImport::Progress hook) { m_hook = std::move(hook); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const baton::ImportOutcome &outcome);

private:
    ImportOutcome run(PipelineService &pipeline, const ImportPlan &plan, bool queued);
    void finish(const ImportOutcome &outcome);

    PipelineService &m_pipeline;
    LeadImport::Progress m_hook;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace baton
