#pragma once

#include "domain/result.h"
#include "statement.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>

namespace baton {

// One open Baton database: the connection, its schema, and a cache of prepared
// statements. Repositories borrow it; nothing here knows about leads.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // When open() runs PRAGMA quick_check. It reads the whole file (a second for 100 000
    // leads); the GUI shows its window first and checks on a worker (FileCheck). A database
    // that needs migrating is always checked first, before its backup.
    enum class Check { OnOpen, ByCaller };

    // `location` is a file path, "sqlite:PATH", or ":memory:". A new or empty file is
    // created and migrated; an older Baton database is backed up, then migrated. A file
    // that is not a Baton database, or one from a newer Baton, is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString &location, Check check = Check::OnOpen);

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString location() const { return m_location; }
    bool isInMemory() const { return m_location == u":memory:"; }

    // A statement prepared once per connection and reused. Callers bind, exec,
    // read what they need and call finish(): an unfinished read keeps SQLite's
    // read transaction open.
    QSqlQuery &prepared(const QString &sql);
    // The same for the statements every action runs (see Statement): `sql` is a
    // literal, prepared once on this connection.
    Statement &statement(const char *sql);

    // QtSql binds a null QString as SQL NULL; NOT NULL text columns take this instead.
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

    // Runs one statement; the error names the statement.
    Status exec(const QString &sql);
    static Status execPrepared(QSqlQuery &query);

    // Runs `work` in one transaction: committed when it returns ok, rolled back otherwise.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // PRAGMA quick_check / integrity_check; an error lists what is wrong.
    Status check(bool full = false);
    // From now on this connection refuses every write (PRAGMA query_only): for a file
    // found damaged, which must not be changed further.
    Status refuseWrites();
    // Consistent copy of the whole database to `path` (VACUUM INTO).
    Status backupTo(const QString &path);
    // For a connection that writes a whole pipeline at once (demo, import): a page cache
    // big enough for the indexes of 100 000 leads, so inserts stop missing it once the
    // file outgrows SQLite's 2 MB default. Interactive connections keep the default.
    void useBulkCache();
    // Changes when another connection commits (PRAGMA data_version).
    qint64 dataVersion();

private:
    Database(QSqlDatabase db, QString location);
    Status migrate(int from);
    Status configure();

    QSqlDatabase m_db;
    QString m_location;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_fastStatements;
    sqlite3 *m_handle = nullptr;
    int m_transactionDepth = 0;
};

// PRAGMA quick_check of a database file on a connection of its own, so that it can run
// on a worker thread while the opening thread goes on (Database::Check::ByCaller).
class FileCheck
{
public:
    explicit FileCheck(QString location) : m_location(std::move(location)) {}
    FileCheck(const FileCheck &) = delete;
    FileCheck &operator=(const FileCheck &) = delete;

    // Runs the check (on any one thread); an error says what is wrong, or why it could
    // not be checked. After cancel() it stops early and its result means nothing.
    Status run();
    // From any thread, also before or after run().
    void cancel();
    bool isCancelled() const { return m_cancelled; }

private:
    QString m_location;
    QMutex m_mutex; // guards m_handle against cancel() while run() opens or closes it
    sqlite3 *m_handle = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace baton
