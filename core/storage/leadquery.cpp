#include "leadquery.h"

#include "database.h"
#include "domain/lead.h"

#include <QSqlQuery>
#include <QVariant>

namespace baton {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "l.id, l.first_name, l.last_name, l.company, l.title, l.email, l.stage, l.stage_since, l.review, "
    "coalesce(l.owner, ''), coalesce(u.name, ''), l.urgent, l.score, l.amount, l.review_deadline, l.assigned_at, "
    "l.breached, l.source, l.campaign, l.version");

LeadSummary readSummary(const QSqlQuery &q)
{
    LeadSummary s;
    int c = 0;
    s.id = q.value(c++).toString();
    LeadFields names;
    names.firstName = q.value(c++).toString();
    names.lastName = q.value(c++).toString();
    s.company = q.value(c++).toString();
    s.title = q.value(c++).toString();
    s.email = q.value(c++).toString();
    names.email = s.email;
    s.name = names.displayName();
    s.stage = stageFromId(q.value(c++).toString()).value_or(Stage::New);
    s.stageSince = q.value(c++).toLongLong();
    s.review = reviewStatusFromId(q.value(c++).toString()).value_or(ReviewStatus::None);
    s.owner = q.value(c++).toString();
    s.ownerName = q.value(c++).toString();
    s.urgent = q.value(c++).toBool();
    s.score = q.value(c++).toInt();
    const QVariant amount = q.value(c++);
    if (!amount.isNull())
        s.amount = amount.toDouble();
    s.reviewDeadline = q.value(c++).toLongLong();
    s.assignedAt = q.value(c++).toLongLong();
    s.breached = q.value(c++).toBool();
    s.source = q.value(c++).toString();
    s.campaign = q.value(c++).toString();
    s.version = q.value(c++).toLongLong();
    return s;
}

// LIKE with the user's text taken literally: % and _ match themselves.
QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The trigram index (lead_search, migration 4) knows pieces of three characters.
constexpr int kIndexedLength = 3;

// An FTS5 phrase: the text as one string, its quotes doubled. With the trigram
// tokenizer a phrase matches wherever the text occurs, in any case.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The leads that hold `text` (trimmed, not empty) in their name, company or e-mail, as
// a SELECT of rowids with its values. It reads lead_search_text, the searched text kept
// beside the leads by triggers (migration 4). LIKE decides, as it always did: ASCII
// letters in any case, everything else exactly. For three characters or more the
// trigram index first picks the rows holding the text in any case, a superset, so LIKE
// compares only those; shorter text has no trigram and LIKE reads every row of
// lead_search_text, a few MB instead of the leads.
QString searchHits(const QString &text, QVariantList &values)
{
    const QString pattern = likePattern(text);
    const QString like =
        QStringLiteral("(name LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')");
    QString sql;
    if (text.toUcs4().size() >= kIndexedLength) {
        sql = QStringLiteral("SELECT rowid FROM lead_search WHERE lead_search MATCH ? AND ") + like;
        values << phrase(text);
    } else {
        sql = QStringLiteral("SELECT id FROM lead_search_text WHERE ") + like;
    }
    values << pattern << pattern << pattern;
    return sql;
}

// " AND ..." conditions for `filter`, with their values in `values`. The SQL
// text depends only on which conditions are set, never on their values, so the
// number of distinct prepared statements stays small. `hitsReady`: the leads the
// text finds are in temp.board_hits already (LeadQuery::gatherHits).
QString conditions(const LeadFilter &filter, QVariantList &values, bool hitsReady)
{
    QString sql;
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        if (hitsReady)
            sql += QStringLiteral(" AND l.rowid IN (SELECT id FROM temp.board_hits)");
        else
            sql += QStringLiteral(" AND l.rowid IN (") + searchHits(text, values) + QLatin1Char(')');
    }
    if (!filter.owner.isEmpty()) {
        sql += QStringLiteral(" AND l.owner = ?");
        values << filter.owner;
    }
    if (filter.mine) {
        sql += QStringLiteral(" AND l.owner = ?");
        values << Database::text(filter.me);
    }
    if (!filter.source.isEmpty()) {
        sql += QStringLiteral(" AND l.source = ?");
        values << filter.source;
    }
    if (!filter.campaign.isEmpty()) {
        sql += QStringLiteral(" AND l.campaign = ?");
        values << filter.campaign;
    }
    if (filter.minScore) {
        sql += QStringLiteral(" AND l.score >= ?");
        values << *filter.minScore;
    }
    if (filter.maxScore) {
        sql += QStringLiteral(" AND l.score <= ?");
        values << *filter.maxScore;
    }
    if (filter.urgentOnly)
        sql += QStringLiteral(" AND l.urgent = 1");
    if (filter.breachedOnly) {
        // Breached strictly after the deadline; the stored flag catches what
        // the automations already recorded.
        sql += QStringLiteral(" AND l.review = 'pending' AND (l.breached = 1 OR (? > 0 AND l.review_deadline < ?))");
        values << filter.now << filter.now;
    }
    return sql;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

QStringList distinctValues(Database &db, const QString &sql)
{
    QSqlQuery &q = db.prepared(sql);
    QStringList result;
    if (q.exec()) {
        while (q.next())
            result << q.value(0).toString();
    }
    q.finish();
    return result;
}

} // namespace

bool LeadFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && owner.isEmpty() && source.isEmpty() && campaign.isEmpty() && !minScore
           && !maxScore && !urgentOnly && !breachedOnly && !mine;
}

bool LeadQuery::gatherHits(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return false;
    // Any write on this connection (total_changes) or another's commit (data_version)
    // may change what the text finds; otherwise the hits gathered for it still hold.
    Statement &state = m_db.statement("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)");
    const auto current = [&state]() -> std::pair<qint64, qint64> {
        std::pair<qint64, qint64> v{-1, -1};
        if (state.next())
            v = {state.int64(0), state.int64(1)};
        state.finish();
        return v;
    };
    if (m_hits && m_hits->text == text && m_hits->state == current())
        return true;
    m_hits.reset();
    // A temporary table of this connection: the page of each column and the totals
    // then look rowids up instead of searching again, once each.
    if (!m_hitsTable) {
        if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS board_hits (id INTEGER PRIMARY KEY)")))
            return false; // read-only (a damaged file): each query searches by itself
        m_hitsTable = true;
    }
    QVariantList values;
    const QString select = searchHits(text, values);
    if (!m_db.exec(QStringLiteral("DELETE FROM temp.board_hits")))
        return false;
    QSqlQuery &fill = m_db.prepared(QStringLiteral("INSERT INTO temp.board_hits (id) ") + select);
    bindAll(fill, values);
    const bool filled = fill.exec();
    fill.finish();
    if (!filled)
        return false;
    m_hits = Hits{text, current()};
    return true;
}

QList<LeadSummary> LeadQuery::page(Stage stage, const LeadFilter &filter, int offset, int limit)
{
    QVariantList values{stageId(stage)};
    const QString where = conditions(filter, values, gatherHits(filter.text));
    const QString order =
        stage == Stage::Sal ? QStringLiteral(
            " ORDER BY (l.review <> 'pending'), CASE WHEN l.review = 'pending' THEN l.review_deadline END, "
            "l.score DESC, l.stage_since, l.id")
                            : QStringLiteral(" ORDER BY l.score DESC, l.stage_since, l.id");
    // One owner's leads are few: read them by owner (leads_owner) and sort, rather than walk
    // the whole stage in board order (leads_board), which the planner prefers without the +.
    const bool byOwner = !filter.owner.isEmpty() || filter.mine;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kSummaryColumns
                                 + QStringLiteral(" FROM leads l LEFT JOIN users u ON u.id = l.owner WHERE ")
                                 + (byOwner ? QStringLiteral("+l.stage = ?") : QStringLiteral("l.stage = ?")) + where
                                 + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, values);
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    QList<LeadSummary> rows;
    if (q.exec()) {
        rows.reserve(limit);
        while (q.next())
            rows << readSummary(q);
    }
    q.finish();
    return rows;
}

QMap<Stage, StageTotals> LeadQuery::totals(const LeadFilter &filter)
{
    if (filter.isEmpty())
        return allTotals(filter.now);
    QVariantList values{filter.now, filter.now};
    const QString where = conditions(filter, values, gatherHits(filter.text));
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT l.stage, count(*), total(l.amount), sum(l.review = 'pending'), "
                       "sum(l.review = 'pending' AND (l.breached = 1 OR (? > 0 AND l.review_deadline < ?))) "
                       "FROM leads l WHERE 1")
        + where + QStringLiteral(" GROUP BY l.stage"));
    bindAll(q, values);
    QMap<Stage, StageTotals> result;
    for (Stage s : kAllStages)
        result.insert(s, StageTotals{});
    if (q.exec()) {
        while (q.next()) {
            const std::optional<Stage> stage = stageFromId(q.value(0).toString());
            if (!stage)
                continue;
            StageTotals &t = result[*stage];
            t.count = q.value(1).toInt();
            if (*stage == Stage::Opportunity || *stage == Stage::Won)
                t.amountSum = q.value(2).toDouble();
            if (*stage == Stage::Sal) {
                t.pendingCount = q.value(3).toInt();
                t.breachedCount = q.value(4).toInt();
            }
        }
    }
    q.finish();
    return result;
}

const QMap<Stage, int> &LeadQuery::stageCounts()
{
    // Counting leads_stage is one pass over every lead: 8 ms for 100 000 leads, too much
    // after every action. The log says what changed since: lead_events is append-only and
    // a lead changes stage by a stage_changed event (from, to), its creation (into New),
    // or an undo (a full count again), as checkConsistency() replays them.
    Statement &last = m_db.statement("SELECT coalesce(max(id), 0) FROM lead_events");
    const qint64 lastEvent = last.next() ? last.int64(0) : -1;
    last.finish();
    if (m_counts && lastEvent >= m_countedUpTo && lastEvent >= 0) {
        QMap<Stage, int> counts = *m_counts;
        bool followed = true;
        Statement &moves = m_db.statement(
            "SELECT kind, json_extract(payload, '$.from'), json_extract(payload, '$.to') FROM lead_events "
            "WHERE id > ?1 AND id <= ?2 AND kind IN ('stage_changed', 'created', 'undo')");
        moves.bind(1, m_countedUpTo).bind(2, lastEvent);
        while (followed && moves.next()) {
            const QString kind = moves.text(0);
            if (kind == u"created") {
                ++counts[Stage::New];
                continue;
            }
            const std::optional<Stage> from = stageFromId(moves.text(1));
            const std::optional<Stage> to = stageFromId(moves.text(2));
            if (kind != u"stage_changed" || !from || !to)
                followed = false;
            else {
                --counts[*from];
                ++counts[*to];
            }
        }
        moves.finish();
        if (followed) {
            m_counts = counts;
            m_countedUpTo = lastEvent;
            return *m_counts;
        }
    }
    QMap<Stage, int> counts;
    for (Stage s : kAllStages)
        counts.insert(s, 0);
    Statement &all = m_db.statement("SELECT stage, count(*) FROM leads GROUP BY stage");
    while (all.next()) {
        if (const std::optional<Stage> stage = stageFromId(all.text(0)))
            counts[*stage] = all.integer(1);
    }
    m_counts = counts;
    m_countedUpTo = lastEvent;
    return *m_counts;
}

QMap<Stage, StageTotals> LeadQuery::allTotals(Timestamp now)
{
    // The whole board after every action: one aggregate over every lead costs 20 ms
    // for 100 000 leads, so each figure reads only the index range it needs. Counting
    // leads_stage is the one full pass (5 ms); deals and pending SALs are few.
    QMap<Stage, StageTotals> result;
    for (Stage s : kAllStages)
        result.insert(s, StageTotals{});
    const QMap<Stage, int> &counts = stageCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result[it.key()].count = it.value();
    Statement &deals =
        m_db.statement("SELECT stage, total(amount) FROM leads WHERE stage IN ('opportunity', 'won') GROUP BY stage");
    while (deals.next()) {
        if (const std::optional<Stage> stage = stageFromId(deals.text(0)))
            result[*stage].amountSum = deals.real(1);
    }
    Statement &pending =
        m_db.statement("SELECT count(*), total(breached = 1 OR (?1 > 0 AND review_deadline < ?1)) FROM leads "
                       "WHERE stage = 'sal' AND review = 'pending'");
    pending.bind(1, qint64(now));
    if (pending.next()) {
        result[Stage::Sal].pendingCount = pending.integer(0);
        result[Stage::Sal].breachedCount = int(pending.real(1));
    }
    pending.finish();
    return result;
}

std::optional<LeadSummary> LeadQuery::summary(const QString &leadId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kSummaryColumns
                                 + QStringLiteral(" FROM leads l LEFT JOIN users u ON u.id = l.owner WHERE l.id = ?"));
    q.addBindValue(leadId);
    std::optional<LeadSummary> s;
    if (q.exec() && q.next())
        s = readSummary(q);
    q.finish();
    return s;
}

QStringList LeadQuery::sources()
{
    return distinctValues(m_db, QStringLiteral("SELECT DISTINCT source FROM leads WHERE source <> '' ORDER BY source"));
}

QStringList LeadQuery::campaigns()
{
    return distinctValues(m_db, QStringLiteral("SELECT name FROM campaigns WHERE name <> '' "
                                               "UNION SELECT DISTINCT campaign FROM leads WHERE campaign <> '' "
                                               "ORDER BY 1"));
}

} // namespace baton
