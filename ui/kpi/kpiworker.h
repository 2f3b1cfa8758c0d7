#pragma once

#include <QObject>
#include <QString>

#include <any>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace baton {

class Database;

// Runs the KPI views' reads and computations off the UI thread, newest request
// only. A QSqlDatabase connection belongs to the thread that opened it, so the
// worker opens its own connection to the same file (kept for the next request);
// an in-memory database cannot be shared that way, so its reads run on the UI
// thread (they are what a test's small pipeline needs) and only the computing
// moves. Results come back on the UI thread through `deliver`; a result of a
// request that a newer one replaced is dropped.
class KpiWorker : public QObject
{
    Q_OBJECT

public:
    // Hands a result to the UI thread; false when a newer request superseded this one
    // (the work may stop there).
    using Publish = std::function<bool(std::any result)>;
    struct Job
    {
        // Reads the database and returns what compute needs (a copy: no statement stays open).
        std::function<std::any(Database &db)> load;
        // Pure work on what load returned; may publish a partial result first.
        std::function<void(std::any &loaded, const Publish &publish)> compute;
    };

    KpiWorker(Database &database, std::function<void(const std::any &result)> deliver, QObject *parent = nullptr);
    ~KpiWorker() override;

    void post(Job job);
    bool busy() const { return m_busy.load(); }
    // The worker's own connection could not be opened; reads fall back to the UI thread.
    QString connectionError() const;

private:
    struct Pending
    {
        Job job;
        std::optional<std::any> loaded; // already read on the UI thread
        quint64 generation = 0;
    };
    void run();

    Database &m_database;
    std::function<void(const std::any &)> m_deliver;
    bool m_readOnUiThread = false;

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Pending> m_pending;
    bool m_stop = false;
    QString m_connectionError;
    std::atomic<quint64> m_generation{0};
    std::atomic<bool> m_busy{false};
};

} // namespace baton
