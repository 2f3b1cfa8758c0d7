#include "statement.h"

#include <sqlite3.h>

namespace baton {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    // constData() of an empty QByteArray is "", never null: binds '' rather than NULL.
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bindTextOrNull(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Status Statement::exec()
{
    const int rc = sqlite3_step(m_statement);
    Status s;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        s = Error{error()};
    finish();
    return s;
}

bool Statement::next()
{
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    finish();
    return false;
}

void Statement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

QString Statement::error() const
{
    const QString sql = QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(80);
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), sql);
}

} // namespace baton
