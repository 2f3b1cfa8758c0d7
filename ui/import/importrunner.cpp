#include "importrunner.h"

#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/leadquery.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <memory>

namespace baton {

namespace {

QMap<Stage, int> stageCounts(Database &db)
{
    QMap<Stage, int> counts;
    const QMap<Stage, StageTotals> totals = LeadQuery(db).totals(LeadFilter{});
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        counts.insert(it.key(), it->count);
    return counts;
}

} // namespace

ImportRunner::ImportRunner(PipelineService &pipeline, QObject *parent) : QObject(parent), m_pipeline(pipeline) {}

ImportRunner::~ImportRunner()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join(); // the outcome it posted dies with this object's event queue
}

bool ImportRunner::runsInBackground() const
{
    return !m_pipeline.database().isInMemory();
}

void ImportRunner::start(const ImportPlan &plan)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    if (!runsInBackground()) {
        finish(run(m_pipeline, plan, false));
        return;
    }
    const QString location = m_pipeline.database().location();
    const Clock &clock = m_pipeline.clock();
    m_thread = std::thread([this, plan, location, &clock] {
        ImportOutcome outcome;
        {
            Result<std::unique_ptr<Database>> db = Database::open(location);
            if (!db) {
                outcome.error = tr("The database could not be opened for the import: %1").arg(db.error());
            } else {
                PipelineService pipeline(*db.value(), clock);
                if (Status s = pipeline.initialize(); !s)
                    outcome.error = s.error();
                else
                    outcome = run(pipeline, plan, true);
            }
        } // the connection closes on the thread that opened it
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

ImportOutcome ImportRunner::run(PipelineService &pipeline, const ImportPlan &plan, bool queued)
{
    QElapsedTimer timer;
    timer.start();
    ImportOutcome outcome;
    outcome.before = stageCounts(pipeline.database());
    const LeadImport::Progress progress = [this, queued](int done, int total) {
        if (m_hook && !m_hook(done, total))
            m_cancel = true;
        if (m_cancel)
            return false;
        if (queued)
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT this->progress(done, total); }, Qt::QueuedConnection);
        else
            Q_EMIT this->progress(done, total);
        return true;
    };
    const Status s = LeadImport(pipeline).apply(plan, progress);
    outcome.ok = s.ok();
    outcome.error = s.error();
    outcome.cancelled = !s.ok() && s.error() == LeadImport::cancelledMessage();
    outcome.after = outcome.ok ? stageCounts(pipeline.database()) : outcome.before;
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void ImportRunner::finish(const ImportOutcome &outcome)
{
    if (m_thread.joinable())
        m_thread.join(); // it has posted its outcome: it is ending
    m_running = false;
    Q_EMIT finished(outcome);
}

} // namespace baton
