#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace baton {

// A statement prepared once on the SQLite connection and run many times: the
// hot path of every action (events, activities, lead rows). QSqlQuery's binding
// goes through QVariant and a placeholder-name lookup per value, which cost more
// than SQLite's own work for these small rows; this binds native values and
// UTF-8 text directly. Parameters and columns count from 1 and 0, as in SQLite.
//
// Use: bind every parameter, then exec() (writes) or next()… finish() (reads).
// Both leave the statement reset with its bindings cleared, so no read stays open.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    // A null QString binds as '' (Baton's text columns are NOT NULL); see bindTextOrNull.
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    // Empty text as SQL NULL (owner, rep: "nobody").
    Statement &bindTextOrNull(int index, const QString &text);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs a write to completion.
    Status exec();
    // Steps a read: true while there is a row.
    bool next();
    // Ends a read early (next() returning false ends it too).
    void finish();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    template<typename T>
    std::optional<T> optional(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        if constexpr (std::is_floating_point_v<T>)
            return T(real(column));
        else
            return T(int64(column));
    }

    qint64 lastInsertId() const;
    int changes() const; // rows the last exec() changed

private:
    QString error() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace baton
