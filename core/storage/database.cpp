#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <atomic>

#include <sqlite3.h>

namespace baton {

namespace {

struct DatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// "Batn": marks a file as a Baton database (PRAGMA application_id).
constexpr int kApplicationId = 0x4261746E;

// The numbered migrations compiled in from resources/migrations, oldest first.
// Migration N takes the schema from version N-1 to N.
const QStringList &migrationFiles()
{
    static const QStringList files = {
        QStringLiteral(":/baton/migrations/0001_initial.sql"),
        QStringLiteral(":/baton/migrations/0002_board_indexes.sql"),
        QStringLiteral(":/baton/migrations/0003_feedback_read.sql"),
        QStringLiteral(":/baton/migrations/0004_search_index.sql"),
        QStringLiteral(":/baton/migrations/0005_kpi_indexes.sql"),
        QStringLiteral(":/baton/migrations/0006_score_aggregates.sql"),
    };
    return files;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("baton-%1").arg(++counter);
}

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QSqlDatabase db, QString location) : m_db(std::move(db)), m_location(std::move(location)) {}

Database::~Database()
{
    m_statements.clear();
    m_fastStatements.clear(); // finalized before the connection closes
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &rawLocation, Check check)
{
    QString location = rawLocation;
    if (location.startsWith(u"sqlite:"))
        location = location.mid(7);
    if (location.startsWith(u"postgresql:") || location.startsWith(u"postgres:"))
        return Error{DatabaseTr::tr("Team mode (PostgreSQL) is not available in this build: %1").arg(rawLocation)};
    if (location.isEmpty())
        return Error{DatabaseTr::tr("No database given.")};

    const bool memory = location == u":memory:";
    if (!memory) {
        const QFileInfo info(location);
        if (info.exists() && info.isDir())
            return Error{DatabaseTr::tr("%1 is a folder, not a Baton database.").arg(location)};
        if (info.exists() && info.size() > 0 && !looksLikeSqlite(location))
            return Error{DatabaseTr::tr("%1 is not a Baton database (it is not an SQLite file); it was left untouched.")
                             .arg(location)};
        if (!info.exists() && !info.dir().exists())
            return Error{
                DatabaseTr::tr("Cannot create %1: the folder %2 does not exist.").arg(location, info.dir().path())};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString name = db.connectionName();
        const QString why = describe(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{DatabaseTr::tr("Cannot open %1: %2").arg(location, why)};
    }
    std::unique_ptr<Database> database(new Database(db, location));

    // Read the header before changing anything.
    QSqlQuery probe(database->m_db);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next())
        return Error{DatabaseTr::tr("%1 is not a Baton database: %2").arg(location, describe(probe.lastError()))};
    const int applicationId = probe.value(0).toInt();
    probe.finish();
    const int version = database->schemaVersion();
    probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const int objects = probe.next() ? probe.value(0).toInt() : 0;
    probe.finish();

    if (applicationId != kApplicationId && (objects > 0 || version > 0))
        return Error{
            DatabaseTr::tr("%1 is not a Baton database (it holds other data); it was left untouched.").arg(location)};
    if (version > latestSchemaVersion())
        return Error{DatabaseTr::tr("%1 was written by a newer Baton (schema version %2; this program knows up to %3). "
                                    "It was left untouched: please update Baton.")
                         .arg(location)
                         .arg(version)
                         .arg(latestSchemaVersion())};

    if (Status s = database->configure(); !s)
        return Error{s.error()};
    // A migration rewrites the file: check it first, whoever asked to check later.
    if (version > 0 && (check == Check::OnOpen || version < latestSchemaVersion())) {
        if (Status s = database->check(); !s)
            return Error{DatabaseTr::tr("%1 is damaged: %2").arg(location, s.error())};
    }
    if (version < latestSchemaVersion()) {
        if (version > 0 && !memory) {
            const QString backup = location + QStringLiteral(".v%1.bak").arg(version);
            if (Status s = database->backupTo(backup); !s)
                return Error{DatabaseTr::tr("Could not back up %1 before upgrading it: %2").arg(location, s.error())};
        }
        if (Status s = database->migrate(version); !s)
            return Error{s.error()};
    }
    return database;
}

Status Database::configure()
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (Status s = exec(pragma); !s)
            return s;
    }
    return {};
}

Status Database::migrate(int from)
{
    for (int step = from; step < latestSchemaVersion(); ++step) {
        QFile file(migrationFiles().at(step));
        if (!file.open(QIODevice::ReadOnly))
            return Error{DatabaseTr::tr("Migration %1 is missing from this build.").arg(step + 1)};
        const QString script = QString::fromUtf8(file.readAll());
        const Status s = transaction([&]() -> Status {
            for (const QString &statement : script.split(QStringLiteral("\n--;\n"))) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (Status r = exec(statement); !r)
                    return Error{DatabaseTr::tr("Migration %1 failed: %2").arg(step + 1).arg(r.error())};
            }
            if (Status r = exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)); !r)
                return r;
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(step + 1));
        });
        if (!s)
            return s;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        // A statement that does not prepare is a programming error, never user input.
        if (!q->prepare(sql))
            qFatal("Baton: cannot prepare statement (%s): %s", qPrintable(sql), qPrintable(describe(q->lastError())));
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Statement &Database::statement(const char *sql)
{
    auto it = m_fastStatements.find(sql);
    if (it == m_fastStatements.end()) {
        if (!m_handle) {
            const QVariant handle = m_db.driver()->handle();
            if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
                qFatal("Baton: the database connection is not SQLite");
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        }
        sqlite3_stmt *stmt = nullptr;
        // A statement that does not prepare is a programming error, never user input.
        if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            qFatal("Baton: cannot prepare statement (%s): %s", sql, sqlite3_errmsg(m_handle));
        it = m_fastStatements.emplace(sql, std::make_unique<Statement>(m_handle, stmt)).first;
    }
    return *it->second;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error{QStringLiteral("%1 (%2)").arg(describe(q.lastError()), sql.simplified().left(80))};
    return {};
}

Status Database::execPrepared(QSqlQuery &query)
{
    if (!query.exec())
        return Error{
            QStringLiteral("%1 (%2)").arg(describe(query.lastError()), query.lastQuery().simplified().left(80))};
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    // Nested calls join the outer transaction: one user action, one commit.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        return s;
    }
    if (!m_db.transaction())
        return Error{DatabaseTr::tr("Cannot start a transaction: %1").arg(describe(m_db.lastError()))};
    ++m_transactionDepth;
    Status s = work();
    --m_transactionDepth;
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString why = describe(m_db.lastError());
        m_db.rollback();
        return Error{DatabaseTr::tr("Cannot save: %1").arg(why)};
    }
    return {};
}

Status Database::check(bool full)
{
    QSqlQuery q(m_db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return Error{describe(q.lastError())};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    return {};
}

Status Database::refuseWrites()
{
    return exec(QStringLiteral("PRAGMA query_only=ON"));
}

Status Database::backupTo(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{DatabaseTr::tr("Cannot replace %1").arg(path)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Error{describe(q.lastError())};
    return {};
}

void Database::useBulkCache()
{
    // 256 MiB at most; SQLite only takes the pages it touches. Should it fail, the
    // default cache only makes the bulk write slower.
    if (Status s = exec(QStringLiteral("PRAGMA cache_size=-262144")); !s)
        qWarning("Baton: cannot enlarge the page cache: %s", qPrintable(s.error()));
}

qint64 Database::dataVersion()
{
    // Asked before every action and by every poll: prepared once.
    Statement &q = statement("PRAGMA data_version");
    const qint64 version = q.next() ? q.int64(0) : -1;
    q.finish();
    return version;
}

Status FileCheck::run()
{
    sqlite3 *handle = nullptr;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return Error{DatabaseTr::tr("The check was cancelled.")};
        // Read-only: the check never writes, and it works beside the program's own connection.
        const int rc = sqlite3_open_v2(m_location.toUtf8().constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
        if (rc != SQLITE_OK) {
            const QString why = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(rc));
            sqlite3_close(m_handle);
            m_handle = nullptr;
            return Error{DatabaseTr::tr("Cannot open %1 to check it: %2").arg(m_location, why)};
        }
        handle = m_handle;
    }
    sqlite3_busy_timeout(handle, 5000);

    QStringList problems;
    QString failure;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *line = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const QString text = QString::fromUtf8(line ? line : "");
            if (text != u"ok")
                problems << text;
        }
    }
    if (rc != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    {
        const QMutexLocker lock(&m_mutex);
        sqlite3_close(m_handle);
        m_handle = nullptr;
    }
    if (m_cancelled)
        return Error{DatabaseTr::tr("The check was cancelled.")};
    if (!problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    if (!failure.isEmpty())
        return Error{DatabaseTr::tr("Cannot check %1: %2").arg(m_location, failure)};
    return {};
}

void FileCheck::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_handle)
        sqlite3_interrupt(m_handle); // quick_check stops at its next page
}

} // namespace baton
