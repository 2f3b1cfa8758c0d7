#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace baton {

class Database;

enum class ExportKind { Leads, Activities, Events };

// Writes leads, activities or the event log as CSV (RFC 4180, UTF-8, a header row;
// times in ISO-8601 UTC). Columns:
//   leads       id, first_name … campaign (LeadFields::fieldIds()), created_at, stage, owner, score
//   activities  lead_id, email, type, at, url, asset, asset_kind, actor
//   events      id, lead_id, kind, at, actor, payload (compact JSON)
// A leads file imports back (LeadImport) to the same leads: same ids, fields and creation times.
class CsvExport
{
public:
    explicit CsvExport(Database &db) : m_db(db) {}

    static std::optional<ExportKind> kindFromName(const QString &name); // "leads", "activities", "events"
    static QStringList header(ExportKind kind);

    // The number of records written (header not counted).
    Result<int> write(ExportKind kind, QIODevice &out);
    // Writes a whole file or nothing: the file appears only once complete.
    Result<int> writeFile(ExportKind kind, const QString &path);

private:
    Database &m_db;
};

} // namespace baton
