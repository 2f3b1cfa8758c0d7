#include "leadstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace baton {

namespace {

struct LeadStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

Lead readLead(const Statement &q)
{
    Lead l;
    int c = 0;
    l.id = q.text(c++);
    l.fields.firstName = q.text(c++);
    l.fields.lastName = q.text(c++);
    l.fields.email = q.text(c++);
    l.fields.phone = q.text(c++);
    l.fields.title = q.text(c++);
    l.fields.company = q.text(c++);
    l.fields.companySize = q.optional<int>(c++);
    l.fields.industry = q.text(c++);
    l.fields.country = q.text(c++);
    l.fields.source = q.text(c++);
    l.fields.campaign = q.text(c++);
    l.createdAt = q.int64(c++);
    l.stage = stageFromId(q.text(c++)).value_or(Stage::New);
    l.stageSince = q.int64(c++);
    l.review = reviewStatusFromId(q.text(c++)).value_or(ReviewStatus::None);
    l.owner = q.text(c++);
    l.urgent = q.int64(c++) != 0;
    l.score = q.integer(c++);
    l.modelVersion = q.integer(c++);
    l.amount = q.optional<double>(c++);
    l.handoffId = q.optional<qint64>(c++);
    l.reviewDeadline = q.int64(c++);
    l.assignedAt = q.int64(c++);
    l.reminded = q.int64(c++) != 0;
    l.breached = q.int64(c++) != 0;
    l.scoreDueAt = q.optional<Timestamp>(c++);
    l.lastActivity = q.int64(c++);
    l.lastTouch = q.int64(c++);
    l.version = q.int64(c++);
    return l;
}

// Binds every lead column but id, version and the expected version, as parameters 2 to 31
// in the column order of the leads table (next_due before version).
void bindLeadState(Statement &q, const Lead &l, std::optional<Timestamp> nextDue)
{
    q.bind(2, l.fields.firstName)
        .bind(3, l.fields.lastName)
        .bind(4, l.fields.email)
        .bind(5, l.fields.phone)
        .bind(6, l.fields.title)
        .bind(7, l.fields.company)
        .bind(8, l.fields.companySize)
        .bind(9, l.fields.industry)
        .bind(10, l.fields.country)
        .bind(11, l.fields.source)
        .bind(12, l.fields.campaign)
        .bind(13, l.createdAt)
        .bind(14, stageId(l.stage))
        .bind(15, l.stageSince)
        .bind(16, reviewStatusId(l.review))
        .bindTextOrNull(17, l.owner)
        .bind(18, l.urgent)
        .bind(19, l.score)
        .bind(20, l.modelVersion)
        .bind(21, l.amount)
        .bind(22, l.handoffId)
        .bind(23, l.reviewDeadline)
        .bind(24, l.assignedAt)
        .bind(25, l.reminded)
        .bind(26, l.breached)
        .bind(27, l.scoreDueAt)
        .bind(28, l.lastActivity)
        .bind(29, l.lastTouch)
        .bind(30, nextDue)
        .bind(31, l.version);
}

QStringList readIds(QSqlQuery &q)
{
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

} // namespace

std::optional<Lead> LeadStore::lead(const QString &id)
{
    Statement &q = m_db.statement(
        "SELECT id, first_name, last_name, email, phone, title, company, company_size, industry, country, source, "
        "campaign, created_at, stage, stage_since, review, owner, urgent, score, model_version, amount, handoff_id, "
        "review_deadline, assigned_at, reminded, breached, score_due, last_activity, last_touch, version "
        "FROM leads WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Lead l = readLead(q);
    q.finish();
    return l;
}

bool LeadStore::exists(const QString &id)
{
    Statement &q = m_db.statement("SELECT 1 FROM leads WHERE id = ?1");
    q.bind(1, id);
    const bool found = q.next();
    q.finish();
    return found;
}

std::optional<QString> LeadStore::idForEmail(const QString &email)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM leads WHERE email = ? COLLATE NOCASE LIMIT 1"));
    q.addBindValue(email.trimmed());
    std::optional<QString> id;
    if (q.exec() && q.next())
        id = q.value(0).toString();
    q.finish();
    return id;
}

Status LeadStore::insert(const Lead &lead, std::optional<Timestamp> nextDue)
{
    Statement &q = m_db.statement(
        "INSERT INTO leads (id, first_name, last_name, email, phone, title, company, company_size, industry, country, "
        "source, campaign, created_at, stage, stage_since, review, owner, urgent, score, model_version, amount, "
        "handoff_id, review_deadline, assigned_at, reminded, breached, score_due, last_activity, last_touch, next_due, "
        "version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)");
    q.bind(1, lead.id);
    bindLeadState(q, lead, nextDue);
    return q.exec();
}

namespace {
Status checkOneRowChanged(const Statement &q, const QString &leadId)
{
    if (q.changes() != 1)
        return Error{LeadStoreTr::tr("Lead %1 was changed by someone else in the meantime; reload it and try again.")
                         .arg(leadId)};
    return {};
}
} // namespace

Status LeadStore::update(const Lead &lead, std::optional<Timestamp> nextDue)
{
    Statement &q = m_db.statement(
        "UPDATE leads SET first_name = ?2, last_name = ?3, email = ?4, phone = ?5, title = ?6, company = ?7, "
        "company_size = ?8, industry = ?9, country = ?10, source = ?11, campaign = ?12, created_at = ?13, stage = ?14, "
        "stage_since = ?15, review = ?16, owner = ?17, urgent = ?18, score = ?19, model_version = ?20, amount = ?21, "
        "handoff_id = ?22, review_deadline = ?23, assigned_at = ?24, reminded = ?25, breached = ?26, score_due = ?27, "
        "last_activity = ?28, last_touch = ?29, next_due = ?30, version = ?31 WHERE id = ?1 AND version = ?32");
    q.bind(1, lead.id).bind(32, lead.version - 1);
    bindLeadState(q, lead, nextDue);
    if (Status s = q.exec(); !s)
        return s;
    return checkOneRowChanged(q, lead.id);
}

Status LeadStore::touch(const Lead &lead, std::optional<Timestamp> nextDue)
{
    Statement &q = m_db.statement(
        "UPDATE leads SET score = ?1, model_version = ?2, score_due = ?3, last_activity = ?4, last_touch = ?5, "
        "next_due = ?6, version = ?7 WHERE id = ?8 AND version = ?9");
    q.bind(1, lead.score)
        .bind(2, lead.modelVersion)
        .bind(3, lead.scoreDueAt)
        .bind(4, lead.lastActivity)
        .bind(5, lead.lastTouch)
        .bind(6, nextDue)
        .bind(7, lead.version)
        .bind(8, lead.id)
        .bind(9, lead.version - 1);
    if (Status s = q.exec(); !s)
        return s;
    return checkOneRowChanged(q, lead.id);
}

int LeadStore::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM leads"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<Activity> LeadStore::activities(const QString &leadId)
{
    Statement &q =
        m_db.statement("SELECT id, type, at, actor, properties FROM activities WHERE lead_id = ?1 ORDER BY at, id");
    q.bind(1, leadId);
    QList<Activity> result;
    while (q.next()) {
        Activity a;
        a.id = q.int64(0);
        a.leadId = leadId;
        a.type = activityTypeFromId(q.text(1)).value_or(ActivityType::Note);
        a.at = q.int64(2);
        a.actor = q.text(3);
        const QByteArray properties = q.bytes(4);
        if (properties != "{}")
            a.properties = QJsonDocument::fromJson(properties).object().toVariantMap();
        result << a;
    }
    return result;
}

Result<qint64> LeadStore::addActivity(const Activity &activity)
{
    Statement &q =
        m_db.statement("INSERT INTO activities (lead_id, type, at, actor, properties) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, activity.leadId)
        .bind(2, activityTypeId(activity.type))
        .bind(3, activity.at)
        .bind(4, activity.actor)
        .bind(5, activity.properties.isEmpty()
                     ? QByteArray("{}")
                     : QJsonDocument(QJsonObject::fromVariantMap(activity.properties)).toJson(QJsonDocument::Compact));
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    return q.lastInsertId();
}

std::optional<Handoff> LeadStore::handoff(qint64 id)
{
    Statement &q = m_db.statement("SELECT id, lead_id, at, by_user, rep, first_deadline, urgent, decision, "
                                  "decided_at, decided_by, first_contact_at FROM handoffs WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Handoff h;
    h.id = q.int64(0);
    h.leadId = q.text(1);
    h.at = q.int64(2);
    h.by = q.text(3);
    h.rep = q.text(4);
    h.firstDeadline = q.int64(5);
    h.urgent = q.int64(6) != 0;
    h.decision = q.text(7);
    h.decidedAt = q.optional<Timestamp>(8);
    h.decidedBy = q.text(9);
    h.firstContactAt = q.optional<Timestamp>(10);
    q.finish();
    return h;
}

Result<qint64> LeadStore::addHandoff(const Handoff &h)
{
    Statement &q = m_db.statement("INSERT INTO handoffs (lead_id, at, by_user, rep, first_deadline, urgent) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q.bind(1, h.leadId).bind(2, h.at).bind(3, h.by).bindTextOrNull(4, h.rep).bind(5, h.firstDeadline).bind(6, h.urgent);
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    return q.lastInsertId();
}

Status LeadStore::updateHandoff(const Handoff &h)
{
    Statement &q = m_db.statement("UPDATE handoffs SET rep = ?1, urgent = ?2, decision = ?3, decided_at = ?4, "
                                  "decided_by = ?5, first_contact_at = ?6 WHERE id = ?7");
    q.bindTextOrNull(1, h.rep)
        .bind(2, h.urgent)
        .bind(3, h.decision)
        .bind(4, h.decidedAt)
        .bindTextOrNull(5, h.decidedBy)
        .bind(6, h.firstContactAt)
        .bind(7, h.id);
    return q.exec();
}

Status LeadStore::saveScore(const QString &leadId, int score, int modelVersion, const QStringList &fired, Timestamp at)
{
    Statement &q = m_db.statement(
        "INSERT INTO scores (lead_id, score, model_version, fired, computed_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(lead_id) DO UPDATE SET score = excluded.score, model_version = excluded.model_version, "
        "fired = excluded.fired, computed_at = excluded.computed_at");
    q.bind(1, leadId).bind(2, score).bind(3, modelVersion).bind(4, fired.join(QLatin1Char(','))).bind(5, at);
    return q.exec();
}

QStringList LeadStore::dueLeads(Timestamp now)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id FROM leads WHERE next_due IS NOT NULL AND next_due <= ? ORDER BY next_due, rowid"));
    q.addBindValue(now);
    q.exec();
    return readIds(q);
}

std::optional<Timestamp> LeadStore::earliestDue()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT min(next_due) FROM leads WHERE next_due IS NOT NULL"));
    std::optional<Timestamp> earliest;
    if (q.exec() && q.next() && !q.value(0).isNull())
        earliest = q.value(0).toLongLong();
    q.finish();
    return earliest;
}

QStringList LeadStore::waitingMqls(int limit)
{
    Statement &q = m_db.statement("SELECT id FROM leads WHERE stage = 'mql' ORDER BY stage_since, rowid LIMIT ?1");
    q.bind(1, limit);
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

QStringList LeadStore::pendingSalsOf(const QString &userId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM leads WHERE owner = ? AND stage = 'sal' AND review = "
                                                "'pending' ORDER BY review_deadline, rowid"));
    q.addBindValue(userId);
    q.exec();
    return readIds(q);
}

QHash<QString, int> LeadStore::pendingCounts()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT owner, count(*) FROM leads WHERE stage = 'sal' AND review = 'pending' AND owner IS NOT NULL "
        "GROUP BY owner"));
    QHash<QString, int> counts;
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    q.finish();
    return counts;
}

int LeadStore::pendingCount(const QString &userId)
{
    Statement &q =
        m_db.statement("SELECT count(*) FROM leads WHERE owner = ?1 AND review = 'pending' AND stage = 'sal'");
    q.bind(1, userId);
    const int n = q.next() ? q.integer(0) : 0;
    q.finish();
    return n;
}

QStringList LeadStore::allIds()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM leads ORDER BY rowid"));
    q.exec();
    return readIds(q);
}

QList<std::pair<QString, QString>> LeadStore::idsAndEmails()
{
    Statement &q = m_db.statement("SELECT id, email FROM leads ORDER BY created_at, rowid");
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1)});
    return rows;
}

} // namespace baton
