#include "catalogstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace baton {

QString CatalogStore::setting(const QString &key, const QString &fallback)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    QString value = fallback;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

Status CatalogStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(Database::text(value));
    return Database::execPrepared(q);
}

PipelineConfig CatalogStore::config()
{
    PipelineConfig c;
    const QJsonObject o = QJsonDocument::fromJson(setting(QStringLiteral("pipeline_config")).toUtf8()).object();
    c.reviewSlaHours = o.value(u"review_sla_hours").toDouble(c.reviewSlaHours);
    c.responseSlaHours = o.value(u"response_sla_hours").toDouble(c.responseSlaHours);
    c.urgentResponseMinutes = o.value(u"urgent_response_minutes").toDouble(c.urgentResponseMinutes);
    c.mqlThreshold = o.value(u"mql_threshold").toInt(c.mqlThreshold);
    c.sqlThreshold = o.value(u"sql_threshold").toInt(c.sqlThreshold);
    c.coldDays = o.value(u"cold_days").toInt(c.coldDays);
    c.autoHandoff = o.value(u"auto_handoff").toBool(c.autoHandoff);
    c.escalation = o.value(u"escalation").toBool(c.escalation);
    c.coldRecycle = o.value(u"cold_recycle").toBool(c.coldRecycle);
    c.demoBypass = o.value(u"demo_bypass").toBool(c.demoBypass);
    c.marketingMonthlySals = o.value(u"marketing_monthly_sals").toInt(c.marketingMonthlySals);
    return c;
}

Status CatalogStore::saveConfig(const PipelineConfig &c)
{
    const QJsonObject o{
        {QStringLiteral("review_sla_hours"), c.reviewSlaHours},
        {QStringLiteral("response_sla_hours"), c.responseSlaHours},
        {QStringLiteral("urgent_response_minutes"), c.urgentResponseMinutes},
        {QStringLiteral("mql_threshold"), c.mqlThreshold},
        {QStringLiteral("sql_threshold"), c.sqlThreshold},
        {QStringLiteral("cold_days"), c.coldDays},
        {QStringLiteral("auto_handoff"), c.autoHandoff},
        {QStringLiteral("escalation"), c.escalation},
        {QStringLiteral("cold_recycle"), c.coldRecycle},
        {QStringLiteral("demo_bypass"), c.demoBypass},
        {QStringLiteral("marketing_monthly_sals"), c.marketingMonthlySals},
    };
    return setSetting(QStringLiteral("pipeline_config"),
                      QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QList<RejectionReason> CatalogStore::reasons()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, label, explanation, needs_comment FROM reasons ORDER BY position, id"));
    QList<RejectionReason> result;
    if (q.exec()) {
        while (q.next())
            result << RejectionReason{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toBool()};
    }
    q.finish();
    return result;
}

std::optional<RejectionReason> CatalogStore::reason(const QString &id)
{
    for (const RejectionReason &r : reasons()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

Status CatalogStore::saveReason(const RejectionReason &r, int position)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO reasons (id, label, explanation, needs_comment, position) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET label = excluded.label, explanation = excluded.explanation, "
        "needs_comment = excluded.needs_comment, position = excluded.position"));
    q.addBindValue(r.id);
    q.addBindValue(r.label);
    q.addBindValue(Database::text(r.explanation));
    q.addBindValue(r.needsComment);
    q.addBindValue(position);
    return Database::execPrepared(q);
}

Status CatalogStore::touchCampaign(const QString &name, const QString &source)
{
    if (name.isEmpty())
        return {};
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO campaigns (name, source) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET source = excluded.source WHERE campaigns.source = ''"));
    q.addBindValue(name);
    q.addBindValue(Database::text(source));
    return Database::execPrepared(q);
}

Status CatalogStore::addSpend(const QString &campaign, Timestamp at, double amount, const QString &actor)
{
    if (Status s = touchCampaign(campaign, QString()); !s)
        return s;
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO spend (campaign, at, amount, actor) VALUES (?, ?, ?, ?)"));
    q.addBindValue(campaign);
    q.addBindValue(at);
    q.addBindValue(amount);
    q.addBindValue(Database::text(actor));
    return Database::execPrepared(q);
}

QList<SpendRecord> CatalogStore::spend()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT s.campaign, c.source, s.at, s.amount FROM spend s JOIN campaigns c ON c.name = s.campaign ORDER BY s.at"));
    QList<SpendRecord> result;
    if (q.exec()) {
        while (q.next())
            result << SpendRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                  q.value(3).toDouble()};
    }
    q.finish();
    return result;
}

std::optional<std::pair<int, QByteArray>> CatalogStore::latestModel()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT version, definition FROM scoring_models ORDER BY version DESC LIMIT 1"));
    std::optional<std::pair<int, QByteArray>> result;
    if (q.exec() && q.next())
        result = std::pair{q.value(0).toInt(), q.value(1).toByteArray()};
    q.finish();
    return result;
}

Status CatalogStore::publishModel(int version, const QByteArray &definition, Timestamp at, const QString &by)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO scoring_models (version, published_at, published_by, definition) VALUES (?, ?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(QString::fromUtf8(definition));
    return Database::execPrepared(q);
}

} // namespace baton
