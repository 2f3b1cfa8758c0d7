#include "csvexport.h"

#include "cellvalue.h"
#include "csvwriter.h"
#include "domain/lead.h"
#include "storage/database.h"
#include "storage/eventlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace baton {

namespace {

struct CsvExportTr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

const QStringList kActivityProperties = {QStringLiteral("url"), QStringLiteral("asset"), QStringLiteral("asset_kind")};

// Bulk reads stream one query over the whole table; the repositories read lead by lead.
Status exportLeads(Database &db, CsvWriter &writer, int &count)
{
    const QStringList fields = LeadFields::fieldIds(); // the leads table names its columns after them
    QSqlQuery &q =
        db.prepared(QStringLiteral("SELECT id, ") + fields.join(QStringLiteral(", "))
                    + QStringLiteral(", created_at, stage, owner, score FROM leads ORDER BY created_at, rowid"));
    if (Status s = Database::execPrepared(q); !s)
        return s;
    const int n = int(fields.size());
    QStringList record;
    while (q.next() && writer.status()) {
        record.clear();
        record << q.value(0).toString();
        for (int i = 0; i < n; ++i)
            record << q.value(1 + i).toString(); // a NULL company_size reads as ""
        record << formatCellTime(q.value(n + 1).toLongLong()) << q.value(n + 2).toString() << q.value(n + 3).toString()
               << q.value(n + 4).toString();
        writer.writeRecord(record);
        ++count;
    }
    q.finish();
    return writer.status();
}

Status exportActivities(Database &db, CsvWriter &writer, int &count)
{
    QSqlQuery &q =
        db.prepared(QStringLiteral("SELECT a.lead_id, l.email, a.type, a.at, a.properties, a.actor "
                                   "FROM activities a JOIN leads l ON l.id = a.lead_id ORDER BY a.at, a.id"));
    if (Status s = Database::execPrepared(q); !s)
        return s;
    while (q.next() && writer.status()) {
        const QJsonObject properties = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        QStringList record{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           formatCellTime(q.value(3).toLongLong())};
        for (const QString &p : kActivityProperties)
            record << properties.value(p).toVariant().toString();
        record << q.value(5).toString();
        writer.writeRecord(record);
        ++count;
    }
    q.finish();
    return writer.status();
}

Status exportEvents(Database &db, CsvWriter &writer, int &count)
{
    EventLog(db).scan(std::numeric_limits<Timestamp>::max(), [&](Event &&e) {
        if (!writer.status())
            return;
        writer.writeRecord({QString::number(e.id), e.leadId, eventKindId(e.kind), formatCellTime(e.at), e.actor,
                            QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))});
        ++count;
    });
    return writer.status();
}

} // namespace

std::optional<ExportKind> CsvExport::kindFromName(const QString &name)
{
    if (name == u"leads")
        return ExportKind::Leads;
    if (name == u"activities")
        return ExportKind::Activities;
    if (name == u"events")
        return ExportKind::Events;
    return std::nullopt;
}

QStringList CsvExport::header(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Leads:
        return QStringList{QStringLiteral("id")} + LeadFields::fieldIds()
               + QStringList{QStringLiteral("created_at"), QStringLiteral("stage"), QStringLiteral("owner"),
                             QStringLiteral("score")};
    case ExportKind::Activities:
        return QStringList{QStringLiteral("lead_id"), QStringLiteral("email"), QStringLiteral("type"),
                           QStringLiteral("at")}
               + kActivityProperties + QStringList{QStringLiteral("actor")};
    case ExportKind::Events:
        return {QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("kind"),
                QStringLiteral("at"), QStringLiteral("actor"),   QStringLiteral("payload")};
    }
    Q_UNREACHABLE();
    return {};
}

Result<int> CsvExport::write(ExportKind kind, QIODevice &out)
{
    CsvWriter writer(out);
    writer.writeRecord(header(kind));
    int count = 0;
    Status s;
    switch (kind) {
    case ExportKind::Leads: s = exportLeads(m_db, writer, count); break;
    case ExportKind::Activities: s = exportActivities(m_db, writer, count); break;
    case ExportKind::Events: s = exportEvents(m_db, writer, count); break;
    }
    if (!s)
        return Error{s.error()};
    return count;
}

Result<int> CsvExport::writeFile(ExportKind kind, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{CsvExportTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    Result<int> written = write(kind, file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{CsvExportTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return written;
}

} // namespace baton
