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

// " AND ..." conditions for `filter`, with their values in `values`. The SQL
// text depends only on which conditions are set, never on their values, so the
// number of distinct prepared statements stays small.
QString conditions(const LeadFilter &filter, QVariantList &values)
{
    QString sql;
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = likePattern(filter.text);
        sql += QStringLiteral(" AND ((l.first_name || ' ' || l.last_name) LIKE ? ESCAPE '\\'"
                              " OR l.company LIKE ? ESCAPE '\\' OR l.email LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
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

QList<LeadSummary> LeadQuery::page(Stage stage, const LeadFilter &filter, int offset, int limit)
{
    QVariantList values{stageId(stage)};
    const QString where = conditions(filter, values);
    const QString order =
        stage == Stage::Sal ? QStringLiteral(
            " ORDER BY (l.review <> 'pending'), CASE WHEN l.review = 'pending' THEN l.review_deadline END, "
            "l.score DESC, l.stage_since, l.id")
                            : QStringLiteral(" ORDER BY l.score DESC, l.stage_since, l.id");
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kSummaryColumns
                                 + QStringLiteral(" FROM leads l LEFT JOIN users u ON u.id = l.owner WHERE l.stage = ?")
                                 + where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
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
    QVariantList values{filter.now, filter.now};
    const QString where = conditions(filter, values);
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
            result[*stage] =
                StageTotals{q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toInt(), q.value(4).toInt()};
        }
    }
    q.finish();
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
