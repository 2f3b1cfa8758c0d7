#include "leadimport.h"

#include "cellvalue.h"
#include "countries.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace baton {

namespace {

struct LeadImportTr
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)
};

QString delimiterName(QChar c)
{
    if (c == u',')
        return LeadImportTr::tr("comma");
    if (c == u';')
        return LeadImportTr::tr("semicolon");
    if (c == u'\t')
        return LeadImportTr::tr("tab");
    return QString(c);
}

QString activityTypeList()
{
    QStringList ids;
    for (int t = int(ActivityType::PageView); t <= int(ActivityType::Note); ++t)
        ids << activityTypeId(ActivityType(t));
    return ids.join(QStringLiteral(", "));
}

// The cells of one data row, with the errors found in them. Columns are indices
// (ColumnMapping::column, looked up once per file); -1 reads as an empty cell.
class RowReader
{
public:
    RowReader(const CsvRecord &record, const ColumnMapping &mapping, QList<ImportIssue> &errors)
        : m_record(record), m_mapping(mapping), m_errors(errors), m_errorsBefore(errors.size())
    {}

    QString text(int column) const
    {
        return column < 0 || column >= m_record.fields.size() ? QString() : m_record.fields.at(column).trimmed();
    }

    void fail(int column, const QString &message)
    {
        m_errors.append({m_record.row, column < 0 ? QString() : m_mapping.headers().at(column), message});
    }
    void failRow(const QString &message) { m_errors.append({m_record.row, QString(), message}); }
    bool failed() const { return m_errors.size() > m_errorsBefore; }

private:
    const CsvRecord &m_record;
    const ColumnMapping &m_mapping;
    QList<ImportIssue> &m_errors;
    qsizetype m_errorsBefore;
};

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// Checks that a data row has as many cells as the header. Surplus empty cells (a
// trailing delimiter) are harmless.
bool checkWidth(const CsvRecord &record, int columns, QList<ImportIssue> &errors)
{
    const qsizetype n = record.fields.size();
    if (n == columns)
        return true;
    if (n > columns && std::all_of(record.fields.cbegin() + columns, record.fields.cend(), [](const QString &f) {
            return f.trimmed().isEmpty();
        }))
        return true;
    errors.append(
        {record.row, QString(),
         n > columns
             ? LeadImportTr::tr("%1 values, but the header has %2 columns (a delimiter inside a value that is not "
                                "quoted?)")
                   .arg(n)
                   .arg(columns)
             : LeadImportTr::tr("%1 values, but the header has %2 columns (a missing value, or a line break inside "
                                "a value that is not quoted?)")
                   .arg(n)
                   .arg(columns)});
    return false;
}

} // namespace

QString ImportIssue::text() const
{
    if (row <= 0)
        return message;
    if (column.isEmpty())
        return LeadImportTr::tr("row %1: %2").arg(row).arg(message);
    return LeadImportTr::tr("row %1, column “%2”: %3").arg(row).arg(column, message);
}

QStringList ImportPlan::summary() const
{
    QStringList lines;
    lines << LeadImportTr::tr("%1, %2-separated, %n data row(s)", nullptr, rows)
                 .arg(csvEncodingName(encoding), delimiterName(delimiter));
    lines << LeadImportTr::tr("Columns (%1; dates like 05/01/2026 read as %2):")
                 .arg(headerFamilyName(mapping.family()), mapping.dateOrder() == DateOrder::DayFirst
                                                              ? LeadImportTr::tr("day/month/year")
                                                              : LeadImportTr::tr("month/day/year"));
    for (const QString &line : mapping.describe())
        lines << QStringLiteral("  ") + line;
    if (kind == ImportKind::Leads) {
        const QString dup = duplicatePolicy == DuplicatePolicy::Skip
                                ? LeadImportTr::tr("%n duplicate(s) skipped", nullptr, int(duplicates.size()))
                                : LeadImportTr::tr("%n duplicate(s) merged, %1 existing lead(s) updated", nullptr,
                                                   int(duplicates.size()))
                                      .arg(merges.size());
        lines << LeadImportTr::tr("%n new lead(s), %1", nullptr, int(newLeads.size())).arg(dup);
    } else {
        QSet<QString> leads;
        for (const NewActivity &a : activities)
            leads.insert(a.leadId);
        lines
            << LeadImportTr::tr("%n activity row(s) for %1 lead(s)", nullptr, int(activities.size())).arg(leads.size());
        if (!duplicates.isEmpty())
            lines << LeadImportTr::tr("%n duplicate(s) skipped", nullptr, int(duplicates.size()));
    }
    if (!errors.isEmpty())
        lines << LeadImportTr::tr("%n error(s): nothing will be imported", nullptr, int(errors.size()));
    return lines;
}

// The e-mails and ids of the leads in the database, read in one query.
struct LeadImport::KnownLeads
{
    QSet<QString> ids;
    QHash<QString, QStringList> byEmail; // lower-case e-mail → lead ids, oldest first

    explicit KnownLeads(LeadStore &leads)
    {
        for (const auto &[id, storedEmail] : leads.idsAndEmails()) {
            ids.insert(id);
            const QString email = storedEmail.trimmed().toLower();
            if (!email.isEmpty())
                byEmail[email].append(id);
        }
    }
};

LeadImport::LeadImport(PipelineService &pipeline) : m_pipeline(pipeline) {}

ImportPlan LeadImport::plan(const QByteArray &csv, const ImportOptions &options)
{
    ImportPlan plan;
    plan.kind = options.kind;
    plan.duplicatePolicy = options.duplicates;
    plan.by = options.by.isEmpty() ? kSystemActor : options.by;

    const CsvDocument doc = CsvReader::parse(csv);
    plan.encoding = doc.encoding;
    plan.delimiter = doc.delimiter;
    for (const CsvIssue &issue : doc.issues) {
        const QStringList header = doc.records.isEmpty() ? QStringList() : doc.records.constFirst().fields;
        const QString column = issue.column > 0 && issue.column <= header.size()
                                   ? header.at(issue.column - 1).trimmed()
                                   : (issue.column > 0 ? LeadImportTr::tr("#%1").arg(issue.column) : QString());
        plan.errors.append({issue.row, column, issue.message});
    }
    if (doc.records.isEmpty()) {
        plan.errors.append(
            {0, QString(), LeadImportTr::tr("the file is empty: it needs a header row and at least one row")});
        return plan;
    }

    const QStringList headers = doc.records.constFirst().fields;
    if (options.mappingJson) {
        Result<ColumnMapping> mapping = ColumnMapping::fromJson(*options.mappingJson, headers, options.kind);
        if (!mapping) {
            plan.errors.append({0, QString(), mapping.error()});
            return plan;
        }
        plan.mapping = std::move(mapping).value();
    } else {
        plan.mapping = ColumnMapping::recognise(headers, options.kind, options.preset);
    }
    const QStringList missing = plan.mapping.missingColumns();
    for (const QString &problem : missing)
        plan.errors.append({doc.records.constFirst().row, QString(), problem});
    if (!missing.isEmpty())
        return plan;

    if (plan.by != kSystemActor && !m_pipeline.user(plan.by))
        plan.errors.append({0, QString(), LeadImportTr::tr("there is no user “%1”").arg(plan.by)});

    const KnownLeads known(m_pipeline.leads());
    if (options.kind == ImportKind::Leads)
        planLeads(doc, plan, known);
    else
        planActivities(doc, plan, known);
    if (plan.rows == 0)
        plan.errors.append({0, QString(), LeadImportTr::tr("the file has a header row but no data rows")});
    return plan;
}

void LeadImport::planLeads(const CsvDocument &doc, ImportPlan &plan, const KnownLeads &known)
{
    const ColumnMapping &mapping = plan.mapping;
    const auto column = [&](const char16_t *target) { return mapping.column(QString::fromUtf16(target)); };
    const int cId = column(u"id"), cFirstName = column(u"first_name"), cLastName = column(u"last_name"),
              cName = column(u"name"), cEmail = column(u"email"), cPhone = column(u"phone"), cTitle = column(u"title"),
              cCompany = column(u"company"), cCompanySize = column(u"company_size"), cIndustry = column(u"industry"),
              cCountry = column(u"country"), cSource = column(u"source"), cCampaign = column(u"campaign"),
              cCreatedAt = column(u"created_at");
    const bool splitName = cName >= 0 && cFirstName < 0 && cLastName < 0;
    const Timestamp now = m_pipeline.clock().now();

    // Where a lead of the file was first seen: a new lead of the plan, or one already stored.
    struct Seen
    {
        int row = 0;
        int newLead = -1;
        QString existingId;
    };
    QHash<QString, Seen> seenEmails;
    QHash<QString, Seen> seenIds;
    QHash<QString, int> mergeOf;               // existing lead id → index in plan.merges
    QHash<QString, LeadFields> existingFields; // existing lead id → its stored fields

    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvRecord &record = doc.records.at(r);
        if (isBlank(record))
            continue;
        ++plan.rows;
        if (!checkWidth(record, mapping.columnCount(), plan.errors))
            continue;
        RowReader row(record, mapping, plan.errors);

        LeadFields f;
        if (splitName) {
            std::tie(f.firstName, f.lastName) = splitFullName(row.text(cName));
        } else {
            f.firstName = row.text(cFirstName);
            f.lastName = row.text(cLastName);
        }
        f.email = row.text(cEmail);
        f.phone = row.text(cPhone);
        f.title = row.text(cTitle);
        f.company = row.text(cCompany);
        f.industry = row.text(cIndustry);
        f.source = row.text(cSource);
        f.campaign = row.text(cCampaign);
        if (!f.email.isEmpty() && !isPlausibleEmail(f.email))
            row.fail(cEmail, LeadImportTr::tr("“%1” is not an e-mail address").arg(f.email));
        if (Result<std::optional<int>> size = parseCompanySize(row.text(cCompanySize)); size)
            f.companySize = size.value();
        else
            row.fail(cCompanySize, size.error());
        if (const QString country = row.text(cCountry); !country.isEmpty()) {
            if (const std::optional<QString> code = countryCode(country))
                f.country = *code;
            else
                row.fail(cCountry,
                         LeadImportTr::tr("unknown country “%1” (write its name or its ISO code, such as FR or FRA)")
                             .arg(country));
        }
        std::optional<Timestamp> createdAt;
        if (const QString created = row.text(cCreatedAt); !created.isEmpty()) {
            if (Result<Timestamp> t = parseCellTime(created, mapping.dateOrder()); !t)
                row.fail(cCreatedAt, t.error());
            else if (t.value() > now)
                row.fail(cCreatedAt, LeadImportTr::tr("“%1” is in the future").arg(created));
            else
                createdAt = t.value();
        }
        if (f.email.isEmpty() && f.firstName.isEmpty() && f.lastName.isEmpty() && f.company.isEmpty())
            row.failRow(LeadImportTr::tr("a lead needs an e-mail address, a name or a company"));

        const QString id = row.text(cId);
        const QString emailKey = f.email.toLower();
        const QStringList sameEmail = emailKey.isEmpty() ? QStringList() : known.byEmail.value(emailKey);
        const bool idKnown = !id.isEmpty() && known.ids.contains(id);
        if (idKnown && !sameEmail.isEmpty() && !sameEmail.contains(id))
            row.fail(cId, LeadImportTr::tr("lead %1 already exists with another e-mail address").arg(id));
        const auto earlierId = id.isEmpty() ? seenIds.cend() : seenIds.constFind(id);
        const auto earlierEmail = emailKey.isEmpty() ? seenEmails.cend() : seenEmails.constFind(emailKey);
        if (earlierId != seenIds.cend() && (earlierEmail == seenEmails.cend() || earlierEmail->row != earlierId->row))
            row.fail(cId, LeadImportTr::tr("id %1 is also on row %2").arg(id).arg(earlierId->row));
        if (row.failed())
            continue;

        const QString label = f.email.isEmpty() ? LeadImportTr::tr("id %1").arg(id) : f.email;
        Seen seen;
        if (idKnown || !sameEmail.isEmpty()) {
            seen.existingId = idKnown ? id : sameEmail.constFirst();
            plan.duplicates.append({record.row, QString(),
                                    sameEmail.isEmpty()
                                        ? LeadImportTr::tr("lead %1 already exists").arg(id)
                                        : LeadImportTr::tr("%1 is already lead %2").arg(label, seen.existingId)});
        } else if (earlierEmail != seenEmails.cend() || earlierId != seenIds.cend()) {
            seen = earlierEmail != seenEmails.cend() ? *earlierEmail : *earlierId;
            plan.duplicates.append(
                {record.row, QString(), LeadImportTr::tr("%1 is also on row %2").arg(label).arg(seen.row)});
        } else {
            seen.row = record.row;
            seen.newLead = int(plan.newLeads.size());
            plan.newLeads.append({record.row, id, f, createdAt});
            if (!emailKey.isEmpty())
                seenEmails.insert(emailKey, seen);
            if (!id.isEmpty())
                seenIds.insert(id, seen);
            continue;
        }

        // A duplicate.
        if (seen.row == 0) {
            seen.row = record.row;
            if (!emailKey.isEmpty())
                seenEmails.insert(emailKey, seen);
            if (!id.isEmpty())
                seenIds.insert(id, seen);
        }
        if (plan.duplicatePolicy == DuplicatePolicy::Skip)
            continue;
        if (seen.newLead >= 0) {
            LeadFields &target = plan.newLeads[seen.newLead].fields;
            for (const QString &field : LeadFields::fieldIds()) {
                if (target.value(field).isEmpty() && !f.value(field).isEmpty())
                    target.set(field, f.value(field)); // values of a parsed LeadFields: always valid
            }
            continue;
        }
        if (!existingFields.contains(seen.existingId)) {
            const std::optional<Lead> stored = m_pipeline.leads().lead(seen.existingId);
            existingFields.insert(seen.existingId, stored ? stored->fields : LeadFields());
        }
        LeadFields &current = existingFields[seen.existingId];
        QHash<QString, QString> changes;
        for (const QString &field : LeadFields::fieldIds()) {
            if (current.value(field).isEmpty() && !f.value(field).isEmpty()) {
                changes.insert(field, f.value(field));
                current.set(field, f.value(field));
            }
        }
        if (changes.isEmpty())
            continue;
        if (const auto m = mergeOf.constFind(seen.existingId); m != mergeOf.cend()) {
            plan.merges[*m].changes.insert(changes);
        } else {
            mergeOf.insert(seen.existingId, int(plan.merges.size()));
            plan.merges.append({record.row, seen.existingId, changes});
        }
    }

    // Only marketing edits a lead's fields (PipelineService::updateLead); the system may merge.
    if (!plan.merges.isEmpty() && plan.by != kSystemActor) {
        if (const std::optional<User> who = m_pipeline.user(plan.by); who && !mayEditLeadFields(who->role))
            plan.errors.append({0, QString(),
                                LeadImportTr::tr("%1 is a %2: only marketing may merge duplicates into existing leads")
                                    .arg(who->name, roleDisplayName(who->role))});
    }
}

void LeadImport::planActivities(const CsvDocument &doc, ImportPlan &plan, const KnownLeads &known)
{
    const ColumnMapping &mapping = plan.mapping;
    const auto column = [&](const char16_t *target) { return mapping.column(QString::fromUtf16(target)); };
    const int cLeadId = column(u"lead_id"), cEmail = column(u"email"), cType = column(u"type"), cAt = column(u"at"),
              cActor = column(u"actor");
    const QList<std::pair<QString, int>> properties = {{QStringLiteral("url"), column(u"url")},
                                                       {QStringLiteral("asset"), column(u"asset")},
                                                       {QStringLiteral("asset_kind"), column(u"asset_kind")}};
    const Timestamp now = m_pipeline.clock().now();
    // An activity is its lead, type and time: one already recorded, or on an earlier row, is a
    // duplicate (a file imported twice, or overlapping exports). Stored ones are read per lead.
    const auto key = [](const QString &leadId, ActivityType type, Timestamp at) {
        QString k = leadId;
        k.append(u'\x1f').append(activityTypeId(type)).append(u'\x1f').append(QString::number(at));
        return k;
    };
    QHash<QString, int> seen; // key → first row
    QSet<QString> leadsRead;
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvRecord &record = doc.records.at(r);
        if (isBlank(record))
            continue;
        ++plan.rows;
        if (!checkWidth(record, mapping.columnCount(), plan.errors))
            continue;
        RowReader row(record, mapping, plan.errors);
        ImportPlan::NewActivity a;
        a.row = record.row;

        const QString leadId = row.text(cLeadId);
        const QString email = row.text(cEmail);
        if (!leadId.isEmpty() && !known.ids.contains(leadId))
            row.fail(cLeadId, LeadImportTr::tr("there is no lead %1").arg(leadId));
        a.leadId = leadId;
        if (!email.isEmpty()) {
            const QStringList ids = known.byEmail.value(email.toLower());
            if (ids.isEmpty())
                row.fail(cEmail, LeadImportTr::tr("no lead has the e-mail address %1").arg(email));
            else if (!leadId.isEmpty() && !ids.contains(leadId))
                row.fail(cEmail, LeadImportTr::tr("%1 is not the e-mail address of lead %2").arg(email, leadId));
            else if (leadId.isEmpty() && ids.size() > 1)
                row.fail(cEmail, LeadImportTr::tr("%1 belongs to %2 leads (%3): give the lead id in a lead_id column")
                                     .arg(email)
                                     .arg(ids.size())
                                     .arg(ids.join(QStringLiteral(", "))));
            else if (leadId.isEmpty())
                a.leadId = ids.constFirst();
        }
        if (leadId.isEmpty() && email.isEmpty())
            row.failRow(LeadImportTr::tr("the row names no lead (no lead id, no e-mail address)"));

        const QString typeText = row.text(cType);
        QString typeId = typeText.toLower();
        typeId.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (const std::optional<ActivityType> type = activityTypeFromId(typeId))
            a.type = *type;
        else if (typeText.isEmpty())
            row.fail(cType, LeadImportTr::tr("the activity type is missing (one of %1)").arg(activityTypeList()));
        else
            row.fail(cType,
                     LeadImportTr::tr("“%1” is not an activity type (one of %2)").arg(typeText, activityTypeList()));

        const QString atText = row.text(cAt);
        if (atText.isEmpty()) {
            row.fail(cAt, LeadImportTr::tr("the activity time is missing"));
        } else if (Result<Timestamp> t = parseCellTime(atText, mapping.dateOrder()); !t) {
            row.fail(cAt, t.error());
        } else if (t.value() > now) {
            row.fail(cAt, LeadImportTr::tr("“%1” is in the future").arg(atText));
        } else {
            a.at = t.value();
        }

        for (const auto &[property, c] : properties) {
            if (const QString value = row.text(c); !value.isEmpty())
                a.properties.insert(property, value);
        }
        a.actor = row.text(cActor);
        if (a.actor == kSystemActor)
            a.actor.clear();
        if (!a.actor.isEmpty() && !m_pipeline.user(a.actor))
            row.fail(cActor, LeadImportTr::tr("there is no user “%1”").arg(a.actor));
        if (row.failed())
            continue;
        if (!leadsRead.contains(a.leadId)) {
            leadsRead.insert(a.leadId);
            for (const Activity &stored : m_pipeline.leads().activities(a.leadId))
                seen.insert(key(a.leadId, stored.type, stored.at), 0);
        }
        const QString k = key(a.leadId, a.type, a.at);
        if (const auto earlier = seen.constFind(k); earlier != seen.cend()) {
            const QString what =
                LeadImportTr::tr("%1 of lead %2 at %3").arg(activityTypeId(a.type), a.leadId, formatCellTime(a.at));
            plan.duplicates.append({record.row, QString(),
                                    *earlier == 0 ? LeadImportTr::tr("%1 is already recorded").arg(what)
                                                  : LeadImportTr::tr("%1 is also on row %2").arg(what).arg(*earlier)});
            continue;
        }
        seen.insert(k, record.row);
        plan.activities.append(std::move(a));
    }
    std::stable_sort(plan.activities.begin(), plan.activities.end(),
                     [](const ImportPlan::NewActivity &x, const ImportPlan::NewActivity &y) { return x.at < y.at; });
}

QString LeadImport::cancelledMessage()
{
    return LeadImportTr::tr("The import was cancelled; nothing was imported.");
}

Status LeadImport::apply(const ImportPlan &plan, const Progress &progress)
{
    if (!plan.ok())
        return Error{
            LeadImportTr::tr("the file has %n error(s); nothing was imported", nullptr, int(plan.errors.size()))};
    const int total = int(plan.newLeads.size() + plan.merges.size() + plan.activities.size());
    int done = 0;
    // Reports every 256 rows (and the last one): cheap enough for any callback.
    const auto advance = [&]() -> Status {
        ++done;
        if (progress && ((done & 0xff) == 0 || done == total) && !progress(done, total))
            return Error{cancelledMessage()};
        return {};
    };
    // A page cache that holds the indexes being filled: the default one spills them to disk.
    if (total > 1000)
        m_pipeline.database().useBulkCache();
    const Status s = m_pipeline.database().transaction([&]() -> Status {
        if (progress && !progress(0, total))
            return Error{cancelledMessage()};
        if (!plan.newLeads.isEmpty()) {
            // In bulk: the rows, events, scores and hand-offs of createLead for each, far cheaper.
            QList<PipelineService::NewLead> leads;
            leads.reserve(plan.newLeads.size());
            for (const ImportPlan::NewLead &l : plan.newLeads)
                leads.append({l.id, l.fields, l.createdAt});
            bool cancelled = false;
            const auto told = [&](qsizetype created) {
                done = int(created);
                cancelled = progress && ((done & 0xff) == 0 || done == total) && !progress(done, total);
                return !cancelled;
            };
            qsizetype failed = 0;
            if (Result<QStringList> ids = m_pipeline.createLeads(leads, plan.by, told, &failed); !ids) {
                if (cancelled)
                    return Error{cancelledMessage()};
                const int row = failed >= 0 && failed < plan.newLeads.size() ? plan.newLeads.at(failed).row : 0;
                return Error{ImportIssue{row, QString(), ids.error()}.text()};
            }
        }
        for (const ImportPlan::Merge &m : plan.merges) {
            if (Status u = m_pipeline.updateLead(m.leadId, m.changes, plan.by); !u)
                return Error{ImportIssue{m.row, QString(), u.error()}.text()};
            if (Status a = advance(); !a)
                return a;
        }
        for (const ImportPlan::NewActivity &a : plan.activities) {
            if (Status r = m_pipeline.recordActivity(a.leadId, a.type, a.properties, a.actor, a.at); !r)
                return Error{ImportIssue{a.row, QString(), r.error()}.text()};
            if (Status n = advance(); !n)
                return n;
        }
        return {};
    });
    if (!s) {
        // The pipeline caches users and configuration; the rollback may have undone
        // changes it made to them.
        m_pipeline.reload();
    }
    return s;
}

} // namespace baton
