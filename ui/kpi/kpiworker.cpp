#include "kpiworker.h"

#include "storage/database.h"

#include <QMetaObject>

namespace baton {

KpiWorker::KpiWorker(Database &database, std::function<void(const std::any &)> deliver, QObject *parent)
    : QObject(parent), m_database(database), m_deliver(std::move(deliver)), m_readOnUiThread(database.isInMemory())
{
    m_thread = std::thread([this] { run(); });
}

KpiWorker::~KpiWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending.reset();
    }
    m_wake.notify_one();
    m_thread.join(); // results it posts meanwhile die with this object's event queue
}

QString KpiWorker::connectionError() const
{
    std::lock_guard lock(m_mutex);
    return m_connectionError;
}

void KpiWorker::post(Job job)
{
    Pending pending{std::move(job), std::nullopt, ++m_generation};
    bool readHere = m_readOnUiThread;
    {
        std::lock_guard lock(m_mutex);
        readHere = readHere || !m_connectionError.isEmpty();
    }
    if (readHere)
        pending.loaded = pending.job.load(m_database);
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(pending);
    }
    m_busy = true;
    m_wake.notify_one();
}

void KpiWorker::run()
{
    std::unique_ptr<Database> own; // opened on this thread, closed on it
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                break;
            pending = std::move(*m_pending);
            m_pending.reset();
        }
        std::any loaded;
        if (pending.loaded) {
            loaded = std::move(*pending.loaded);
        } else {
            if (!own) {
                Result<std::unique_ptr<Database>> opened = Database::open(m_database.location());
                if (!opened) {
                    // Tell the UI thread to read itself from now on, and retry this request there.
                    std::lock_guard lock(m_mutex);
                    m_connectionError = opened.error();
                    QMetaObject::invokeMethod(
                        this, [this, job = pending.job] { post(job); }, Qt::QueuedConnection);
                    continue;
                }
                own = std::move(opened.value());
            }
            loaded = pending.job.load(*own);
        }
        const quint64 generation = pending.generation;
        const Publish publish = [this, generation](std::any result) {
            if (generation != m_generation.load())
                return false; // superseded: nobody wants it
            QMetaObject::invokeMethod(
                this,
                [this, generation, result = std::move(result)] {
                    if (generation == m_generation.load())
                        m_deliver(result);
                },
                Qt::QueuedConnection);
            return true;
        };
        pending.job.compute(loaded, publish);
        {
            std::lock_guard lock(m_mutex);
            if (!m_pending)
                m_busy = false;
        }
    }
    own.reset();
}

} // namespace baton
