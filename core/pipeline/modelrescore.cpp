// Rescoring every lead after a model is published, from the per-lead activity aggregates
// (migration 0006, core/scoring/scoreaggregate) instead of every lead's activities: one read of
// the leads and of the aggregates the model needs, the scores computed in memory, and writes
// only for the leads whose stored score moves.
#include "pipelineservice.h"
#include "scoring/scoreaggregate.h"
#include "scoring/scoreengine.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <vector>

namespace baton {

namespace {
struct RescoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

// What the rescore needs of a lead, read in one pass.
struct LeadRow
{
    QString id;
    LeadFields fields; // only the fields the model's attribute rules read
    Timestamp createdAt = 0;
    Stage stage = Stage::New;
    int score = 0;
    int modelVersion = 0;
    std::optional<Timestamp> scoreDue;
    std::optional<QString> fired; // as stored in scores; nullopt without a row
};

// One filter's aggregates, by lead (index in the rows), -1 where the lead has none.
struct FilterRows
{
    std::vector<FilterAggregate> rows;
    std::vector<int> byLead;
};

void readField(const Statement &q, int column, const QString &field, LeadFields &f)
{
    if (field == u"company_size")
        f.companySize = q.optional<int>(column);
    else
        f.set(field, q.text(column)); // never fails for a text field, and keeps the text as stored
}

QList<LeadRow> readLeads(Database &db, const ScoringModel &model)
{
    // The columns follow LeadFields::fieldIds() from column 7 on.
    QList<int> fieldColumns;
    for (const ScoringRule &rule : model.rules) {
        if (rule.field.isEmpty())
            continue;
        const QString field = rule.field == u"email_domain" ? QStringLiteral("email") : rule.field;
        const int column = 7 + int(LeadFields::fieldIds().indexOf(field));
        if (column >= 7 && !fieldColumns.contains(column))
            fieldColumns.append(column);
    }
    Statement &q = db.statement(
        "SELECT l.id, l.created_at, l.stage, l.score, l.model_version, l.score_due, s.fired, l.first_name, "
        "l.last_name, "
        "l.email, l.phone, l.title, l.company, l.company_size, l.industry, l.country, l.source, l.campaign "
        "FROM leads l LEFT JOIN scores s ON s.lead_id = l.id ORDER BY l.rowid");
    QList<LeadRow> leads;
    while (q.next()) {
        LeadRow &l = leads.emplace_back();
        l.id = q.text(0);
        l.createdAt = q.int64(1);
        l.stage = stageFromId(q.text(2)).value_or(Stage::New);
        l.score = q.integer(3);
        l.modelVersion = q.integer(4);
        l.scoreDue = q.optional<Timestamp>(5);
        if (!q.isNull(6))
            l.fired = q.text(6);
        for (const int column : fieldColumns)
            readField(q, column, LeadFields::fieldIds().at(column - 7), l.fields);
    }
    return leads;
}

// The id of `filter` in score_filters; nullopt when the database does not maintain it.
std::optional<qint64> filterId(Database &db, const ActivityFilter &filter)
{
    Statement &q = db.statement(
        "SELECT id FROM score_filters WHERE type = ?1 AND property = ?2 AND contains = ?3 AND equals = ?4");
    q.bind(1, filter.type).bind(2, filter.property).bind(3, filter.contains).bind(4, filter.equals);
    std::optional<qint64> id;
    if (q.next())
        id = q.int64(0);
    q.finish();
    return id;
}

FilterRows readAggregates(Database &db, qint64 filter, const QHash<QString, int> &leadIndex, qsizetype leads)
{
    FilterRows out;
    out.byLead.assign(size_t(leads), -1);
    Statement &q = db.statement("SELECT lead_id, n, unsure, r1, r2, r3, r4 FROM score_aggregates WHERE filter = ?1");
    q.bind(1, filter);
    while (q.next()) {
        const auto lead = leadIndex.constFind(q.text(0));
        if (lead == leadIndex.cend())
            continue; // an activity of a lead that no longer exists
        FilterAggregate a;
        a.matches = q.int64(1);
        a.unsure = q.int64(2);
        for (int i = 0; i < kAggregateRecent; ++i)
            a.recent[size_t(i)] = q.optional<Timestamp>(3 + i);
        out.byLead[size_t(lead.value())] = int(out.rows.size());
        out.rows.push_back(a);
    }
    return out;
}

// The page cache of a bulk write for the rescore's writes, which touch every index of the leads and
// the log across the whole file; the connection's own cache afterwards, so it holds no more memory.
class BulkCache
{
public:
    explicit BulkCache(Database &db) : m_db(db)
    {
        Statement &q = db.statement("PRAGMA cache_size");
        m_size = q.next() ? q.int64(0) : -2000;
        q.finish();
        db.useBulkCache();
    }
    ~BulkCache() { (void)m_db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_size)); }
    BulkCache(const BulkCache &) = delete;
    BulkCache &operator=(const BulkCache &) = delete;

private:
    Database &m_db;
    qint64 m_size = -2000;
};

// The score_changed payload rescore() writes, byte for byte as QJsonDocument writes it compact (keys
// sorted), built directly: tens of thousands of QJsonObjects were a third of the rescore's writing.
QByteArray scoreChangedPayload(int old, const AggregateScore &score, int version, const QByteArray &firedJson)
{
    return "{\"cause\":\"model\",\"fired\":" + firedJson + ",\"model\":" + QByteArray::number(version)
           + ",\"new\":" + QByteArray::number(score.total) + ",\"old\":" + QByteArray::number(old) + '}';
}

// Drops the aggregates of filters no model reads any more, so activity inserts stop maintaining them.
Status dropUnusedFilters(Database &db, const QList<qint64> &used)
{
    QList<qint64> unused;
    Statement &q = db.statement("SELECT id FROM score_filters");
    while (q.next()) {
        if (!used.contains(q.int64(0)))
            unused.append(q.int64(0));
    }
    for (const qint64 id : unused) {
        if (Status s = db.statement("DELETE FROM score_aggregates WHERE filter = ?1").bind(1, id).exec(); !s)
            return s;
        if (Status s = db.statement("DELETE FROM score_filters WHERE id = ?1").bind(1, id).exec(); !s)
            return s;
    }
    return {};
}
} // namespace

Status PipelineService::rescoreEachLead()
{
    for (const QString &id : m_leads.allIds()) {
        Result<Lead> l = load(id);
        if (!l)
            return Error{l.error()};
        if (Status s = rescore(l.value(), QStringLiteral("model")); !s)
            return s;
        if (Status s = save(l.value()); !s)
            return s;
    }
    return {};
}

Status PipelineService::rescoreFromAggregates(Timestamp now, const std::function<bool(int, int)> &progress)
{
    const AggregateScorer scorer(m_model);
    QList<qint64> filterIds;
    for (const ActivityFilter &filter : scorer.filters()) {
        const std::optional<qint64> id = filterId(m_db, filter);
        if (!id) // a model the database has not seen: score every lead from its activities
            return rescoreEachLead();
        filterIds.append(*id);
    }

    const BulkCache cache(m_db);
    const QList<LeadRow> leads = readLeads(m_db, m_model);
    QHash<QString, int> leadIndex;
    leadIndex.reserve(leads.size());
    for (qsizetype i = 0; i < leads.size(); ++i)
        leadIndex.insert(leads.at(i).id, int(i));
    std::vector<FilterRows> aggregates;
    aggregates.reserve(size_t(filterIds.size()));
    for (const qint64 id : filterIds)
        aggregates.push_back(readAggregates(m_db, id, leadIndex, leads.size()));

    const int total = int(leads.size());
    QHash<QStringList, QByteArray> firedArrays; // few distinct sets: serialised once each
    const int version = m_model.version;
    QVarLengthArray<const FilterAggregate *, 16> perFilter(filterIds.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 1000 == 0 && !progress(i, total))
            return Error{RescoreTr::tr("Rescoring was cancelled: the model is not published.")};
        const LeadRow &row = leads.at(i);
        if (row.modelVersion == 0) { // never scored: the full first scoring
            Result<Lead> l = load(row.id);
            if (!l)
                return Error{l.error()};
            if (Status s = rescore(l.value(), QStringLiteral("model")); !s)
                return s;
            if (Status s = save(l.value()); !s)
                return s;
            continue;
        }

        for (qsizetype f = 0; f < perFilter.size(); ++f) {
            const FilterRows &rows = aggregates.at(size_t(f));
            const int at = rows.byLead.at(size_t(i));
            perFilter[f] = at < 0 ? nullptr : &rows.rows.at(size_t(at));
        }
        std::optional<AggregateScore> scored =
            scorer.score(row.fields, row.createdAt, std::span(perFilter.cbegin(), perFilter.cend()), now);
        if (!scored) { // the aggregates cannot decide: this lead's activities, as a rescore reads them
            const ScoreBreakdown b =
                computeScore(Lead{.id = row.id, .fields = row.fields, .createdAt = row.createdAt}, now);
            scored = AggregateScore{b.total, b.firedRuleIds(), b.nextChangeAt};
        }

        // As rescore(): a score that moves (points or fired rules) is an event and a saved score.
        const bool changed =
            scored->total != row.score || !row.fired || *row.fired != scored->fired.join(QLatin1Char(','));
        const bool crossing = row.score < m_config.mqlThreshold && scored->total >= m_config.mqlThreshold
                              && (row.stage == Stage::New || row.stage == Stage::Nurture);
        const bool dueMoved = scored->nextChangeAt != row.scoreDue;
        if (!changed && !dueMoved)
            continue; // the model version is set for every such lead at once, below

        std::optional<Lead> lead;
        if (crossing || dueMoved) {
            Result<Lead> loaded = load(row.id);
            if (!loaded)
                return Error{loaded.error()};
            // Cached as stored, so that save() writes only what moved.
            m_leadCache.insert(row.id, loaded.value());
            lead = std::move(loaded).value();
            lead->scoreDueAt = scored->nextChangeAt;
            lead->score = scored->total;
            lead->modelVersion = version;
        }
        if (changed) {
            QByteArray &firedJson = firedArrays[scored->fired];
            if (firedJson.isEmpty())
                firedJson = QJsonDocument(QJsonArray::fromStringList(scored->fired)).toJson(QJsonDocument::Compact);
            Statement &e = m_db.statement(
                "INSERT INTO lead_events (lead_id, kind, at, actor, payload) VALUES (?1, 'score_changed', ?2, ?3, ?4)");
            e.bind(1, row.id)
                .bind(2, now)
                .bind(3, kSystemActor)
                .bind(4, scoreChangedPayload(row.score, *scored, version, firedJson));
            if (Status s = e.exec(); !s)
                return s;
            if (Status s = m_leads.saveScore(row.id, scored->total, version, scored->fired, now); !s)
                return s;
        }
        if (lead) {
            if (crossing) {
                if (Status s = enterMql(*lead, true); !s)
                    return s;
            }
            if (Status s = save(*lead); !s)
                return s;
            continue;
        }
        // Only the score moved: the lead's other columns, next_due included, stay as they are.
        Statement &q =
            m_db.statement("UPDATE leads SET score = ?1, model_version = ?2, version = version + 1 WHERE id = ?3");
        if (Status s = q.bind(1, scored->total).bind(2, version).bind(3, row.id).exec(); !s)
            return s;
        if (auto cached = m_leadCache.find(row.id); cached != m_leadCache.end()) {
            cached->score = scored->total;
            cached->modelVersion = version;
            ++cached->version;
        }
    }
    if (progress && !progress(total, total))
        return Error{RescoreTr::tr("Rescoring was cancelled: the model is not published.")};

    // Every other score stands as computed by the new model.
    if (Status s =
            m_db.statement("UPDATE leads SET model_version = ?1 WHERE model_version <> ?1").bind(1, version).exec();
        !s)
        return s;
    if (Status s = m_db.statement("UPDATE scores SET model_version = ?1, computed_at = ?2 WHERE model_version <> ?1")
                       .bind(1, version)
                       .bind(2, now)
                       .exec();
        !s)
        return s;
    for (Lead &cached : m_leadCache)
        cached.modelVersion = version;
    m_mqlsMayWait = true;
    return dropUnusedFilters(m_db, filterIds);
}

} // namespace baton
