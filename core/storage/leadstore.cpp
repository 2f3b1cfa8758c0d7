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

const QString kLeadColumns = QStringLiteral(
    "id, first_name, last_name, email, phone, title, company, company_size, industry, country, source, campaign, "
    "created_at, stage, stage_since, review, owner, urgent, score, model_version, amount, handoff_id, "
    "review_deadline, assigned_at, reminded, breached, score_due, last_activity, last_touch, version");

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalLong(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Lead readLead(const QSqlQuery &q)
{
    Lead l;
    int c = 0;
    l.id = q.value(c++).toString();
    l.fields.firstName = q.value(c++).toString();
    l.fields.lastName = q.value(c++).toString();
    l.fields.email = q.value(c++).toString();
    l.fields.phone = q.value(c++).toString();
    l.fields.title = q.value(c++).toString();
    l.fields.company = q.value(c++).toString();
    const QVariant size = q.value(c++);
    if (!size.isNull())
        l.fields.companySize = size.toInt();
    l.fields.industry = q.value(c++).toString();
    l.fields.country = q.value(c++).toString();
    l.fields.source = q.value(c++).toString();
    l.fields.campaign = q.value(c++).toString();
    l.createdAt = q.value(c++).toLongLong();
    l.stage = stageFromId(q.value(c++).toString()).value_or(Stage::New);
    l.stageSince = q.value(c++).toLongLong();
    l.review = reviewStatusFromId(q.value(c++).toString()).value_or(ReviewStatus::None);
    l.owner = q.value(c++).toString();
    l.urgent = q.value(c++).toBool();
    l.score = q.value(c++).toInt();
    l.modelVersion = q.value(c++).toInt();
    const QVariant amount = q.value(c++);
    if (!amount.isNull())
        l.amount = amount.toDouble();
    const QVariant handoff = q.value(c++);
    if (!handoff.isNull())
        l.handoffId = handoff.toLongLong();
    l.reviewDeadline = q.value(c++).toLongLong();
    l.assignedAt = q.value(c++).toLongLong();
    l.reminded = q.value(c++).toBool();
    l.breached = q.value(c++).toBool();
    const QVariant scoreDue = q.value(c++);
    if (!scoreDue.isNull())
        l.scoreDueAt = scoreDue.toLongLong();
    l.lastActivity = q.value(c++).toLongLong();
    l.lastTouch = q.value(c++).toLongLong();
    l.version = q.value(c++).toLongLong();
    return l;
}

// Binds every column but id and version, in kLeadColumns order.
void bindLeadState(QSqlQuery &q, const Lead &l, std::optional<Timestamp> nextDue)
{
    q.bindValue(QStringLiteral(":first_name"), Database::text(l.fields.firstName));
    q.bindValue(QStringLiteral(":last_name"), Database::text(l.fields.lastName));
    q.bindValue(QStringLiteral(":email"), Database::text(l.fields.email));
    q.bindValue(QStringLiteral(":phone"), Database::text(l.fields.phone));
    q.bindValue(QStringLiteral(":title"), Database::text(l.fields.title));
    q.bindValue(QStringLiteral(":company"), Database::text(l.fields.company));
    q.bindValue(QStringLiteral(":company_size"), optionalInt(l.fields.companySize));
    q.bindValue(QStringLiteral(":industry"), Database::text(l.fields.industry));
    q.bindValue(QStringLiteral(":country"), Database::text(l.fields.country));
    q.bindValue(QStringLiteral(":source"), Database::text(l.fields.source));
    q.bindValue(QStringLiteral(":campaign"), Database::text(l.fields.campaign));
    q.bindValue(QStringLiteral(":created_at"), l.createdAt);
    q.bindValue(QStringLiteral(":stage"), stageId(l.stage));
    q.bindValue(QStringLiteral(":stage_since"), l.stageSince);
    q.bindValue(QStringLiteral(":review"), Database::text(reviewStatusId(l.review)));
    q.bindValue(QStringLiteral(":owner"), nullableText(l.owner));
    q.bindValue(QStringLiteral(":urgent"), l.urgent);
    q.bindValue(QStringLiteral(":score"), l.score);
    q.bindValue(QStringLiteral(":model_version"), l.modelVersion);
    q.bindValue(QStringLiteral(":amount"), l.amount ? QVariant(*l.amount) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":handoff_id"), optionalLong(l.handoffId));
    q.bindValue(QStringLiteral(":review_deadline"), l.reviewDeadline);
    q.bindValue(QStringLiteral(":assigned_at"), l.assignedAt);
    q.bindValue(QStringLiteral(":reminded"), l.reminded);
    q.bindValue(QStringLiteral(":breached"), l.breached);
    q.bindValue(QStringLiteral(":score_due"), optionalLong(l.scoreDueAt));
    q.bindValue(QStringLiteral(":last_activity"), l.lastActivity);
    q.bindValue(QStringLiteral(":last_touch"), l.lastTouch);
    q.bindValue(QStringLiteral(":next_due"), optionalLong(nextDue));
    q.bindValue(QStringLiteral(":version"), l.version);
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
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Lead l = readLead(q);
    q.finish();
    return l;
}

bool LeadStore::exists(const QString &id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
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
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO leads (id, first_name, last_name, email, phone, title, company, company_size, industry, country, "
        "source, campaign, created_at, stage, stage_since, review, owner, urgent, score, model_version, amount, "
        "handoff_id, review_deadline, assigned_at, reminded, breached, score_due, last_activity, last_touch, next_due, version) "
        "VALUES (:id, :first_name, :last_name, :email, :phone, :title, :company, :company_size, :industry, :country, "
        ":source, :campaign, :created_at, :stage, :stage_since, :review, :owner, :urgent, :score, :model_version, "
        ":amount, :handoff_id, :review_deadline, :assigned_at, :reminded, :breached, :score_due, :last_activity, :last_touch, "
        ":next_due, :version)"));
    q.bindValue(QStringLiteral(":id"), lead.id);
    bindLeadState(q, lead, nextDue);
    return Database::execPrepared(q);
}

Status LeadStore::update(const Lead &lead, std::optional<Timestamp> nextDue)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE leads SET first_name = :first_name, last_name = :last_name, email = :email, phone = :phone, "
        "title = :title, company = :company, company_size = :company_size, industry = :industry, country = :country, "
        "source = :source, campaign = :campaign, created_at = :created_at, stage = :stage, stage_since = :stage_since, "
        "review = :review, owner = :owner, urgent = :urgent, score = :score, model_version = :model_version, "
        "amount = :amount, handoff_id = :handoff_id, review_deadline = :review_deadline, assigned_at = :assigned_at, "
        "reminded = :reminded, breached = :breached, score_due = :score_due, last_activity = :last_activity, last_touch = :last_touch, "
        "next_due = :next_due, version = :version WHERE id = :id AND version = :expected"));
    q.bindValue(QStringLiteral(":id"), lead.id);
    q.bindValue(QStringLiteral(":expected"), lead.version - 1);
    bindLeadState(q, lead, nextDue);
    if (Status s = Database::execPrepared(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{LeadStoreTr::tr("Lead %1 was changed by someone else in the meantime; reload it and try again.")
                         .arg(lead.id)};
    return {};
}

Status LeadStore::touch(const Lead &lead, std::optional<Timestamp> nextDue)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE leads SET score = ?, model_version = ?, score_due = ?, last_activity = ?, last_touch = ?, "
        "next_due = ?, version = ? WHERE id = ? AND version = ?"));
    q.addBindValue(lead.score);
    q.addBindValue(lead.modelVersion);
    q.addBindValue(optionalLong(lead.scoreDueAt));
    q.addBindValue(lead.lastActivity);
    q.addBindValue(lead.lastTouch);
    q.addBindValue(optionalLong(nextDue));
    q.addBindValue(lead.version);
    q.addBindValue(lead.id);
    q.addBindValue(lead.version - 1);
    if (Status s = Database::execPrepared(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{LeadStoreTr::tr("Lead %1 was changed by someone else in the meantime; reload it and try again.")
                         .arg(lead.id)};
    return {};
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
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, type, at, actor, properties FROM activities WHERE lead_id = ? ORDER BY at, id"));
    q.addBindValue(leadId);
    QList<Activity> result;
    if (q.exec()) {
        while (q.next()) {
            Activity a;
            a.id = q.value(0).toLongLong();
            a.leadId = leadId;
            a.type = activityTypeFromId(q.value(1).toString()).value_or(ActivityType::Note);
            a.at = q.value(2).toLongLong();
            a.actor = q.value(3).toString();
            a.properties = QJsonDocument::fromJson(q.value(4).toByteArray()).object().toVariantMap();
            result << a;
        }
    }
    q.finish();
    return result;
}

Result<qint64> LeadStore::addActivity(const Activity &activity)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO activities (lead_id, type, at, actor, properties) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(activity.leadId);
    q.addBindValue(activityTypeId(activity.type));
    q.addBindValue(activity.at);
    q.addBindValue(Database::text(activity.actor));
    q.addBindValue(QJsonDocument(QJsonObject::fromVariantMap(activity.properties)).toJson(QJsonDocument::Compact));
    if (Status s = Database::execPrepared(q); !s)
        return Error{s.error()};
    return q.lastInsertId().toLongLong();
}

std::optional<Handoff> LeadStore::handoff(qint64 id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, lead_id, at, by_user, rep, first_deadline, urgent, decision, decided_at, decided_by, "
        "first_contact_at FROM handoffs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Handoff h;
    h.id = q.value(0).toLongLong();
    h.leadId = q.value(1).toString();
    h.at = q.value(2).toLongLong();
    h.by = q.value(3).toString();
    h.rep = q.value(4).toString();
    h.firstDeadline = q.value(5).toLongLong();
    h.urgent = q.value(6).toBool();
    h.decision = q.value(7).toString();
    if (!q.value(8).isNull())
        h.decidedAt = q.value(8).toLongLong();
    h.decidedBy = q.value(9).toString();
    if (!q.value(10).isNull())
        h.firstContactAt = q.value(10).toLongLong();
    q.finish();
    return h;
}

Result<qint64> LeadStore::addHandoff(const Handoff &h)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO handoffs (lead_id, at, by_user, rep, first_deadline, urgent) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(h.leadId);
    q.addBindValue(h.at);
    q.addBindValue(Database::text(h.by));
    q.addBindValue(nullableText(h.rep));
    q.addBindValue(h.firstDeadline);
    q.addBindValue(h.urgent);
    if (Status s = Database::execPrepared(q); !s)
        return Error{s.error()};
    return q.lastInsertId().toLongLong();
}

Status LeadStore::updateHandoff(const Handoff &h)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE handoffs SET rep = ?, urgent = ?, decision = ?, decided_at = ?, decided_by = ?, first_contact_at = ? "
        "WHERE id = ?"));
    q.addBindValue(nullableText(h.rep));
    q.addBindValue(h.urgent);
    q.addBindValue(Database::text(h.decision));
    q.addBindValue(optionalLong(h.decidedAt));
    q.addBindValue(nullableText(h.decidedBy));
    q.addBindValue(optionalLong(h.firstContactAt));
    q.addBindValue(h.id);
    return Database::execPrepared(q);
}

Status LeadStore::saveScore(const QString &leadId, int score, int modelVersion, const QStringList &fired, Timestamp at)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO scores (lead_id, score, model_version, fired, computed_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(lead_id) DO UPDATE SET score = excluded.score, model_version = excluded.model_version, "
        "fired = excluded.fired, computed_at = excluded.computed_at"));
    q.addBindValue(leadId);
    q.addBindValue(score);
    q.addBindValue(modelVersion);
    q.addBindValue(Database::text(fired.join(QLatin1Char(','))));
    q.addBindValue(at);
    return Database::execPrepared(q);
}

QStringList LeadStore::dueLeads(Timestamp now)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id FROM leads WHERE next_due IS NOT NULL AND next_due <= ? ORDER BY next_due, rowid"));
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

QStringList LeadStore::waitingMqls()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM leads WHERE stage = 'mql' ORDER BY stage_since, rowid"));
    q.exec();
    return readIds(q);
}

QStringList LeadStore::pendingSalsOf(const QString &userId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id FROM leads WHERE owner = ? AND stage = 'sal' AND review = 'pending' ORDER BY review_deadline, rowid"));
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
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM leads WHERE owner = ? AND review = 'pending' AND stage = 'sal'"));
    q.addBindValue(userId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QStringList LeadStore::allIds()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM leads ORDER BY rowid"));
    q.exec();
    return readIds(q);
}

} // namespace baton
