// The user actions of PipelineService: creating and editing leads, activities,
// hand-offs, decisions and stage moves.
#include "moverules.h"
#include "pipelineservice.h"
#include "scoring/scoreengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace baton {

namespace {
struct LeadActionTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

QJsonObject fieldsJson(const LeadFields &f)
{
    QJsonObject o;
    for (const QString &id : LeadFields::fieldIds()) {
        if (id == u"company_size")
            o.insert(id, f.companySize ? QJsonValue(*f.companySize) : QJsonValue(QJsonValue::Null));
        else
            o.insert(id, f.value(id));
    }
    return o;
}

// Sets one field from text; the error says what is wrong with the value.
Status setField(LeadFields &f, const QString &field, const QString &value)
{
    if (!LeadFields::isField(field))
        return Error{LeadActionTr::tr("“%1” is not a lead field.").arg(field)};
    const QString text = field == u"country" ? value.trimmed().toUpper() : value.trimmed();
    if (!f.set(field, text))
        return Error{LeadActionTr::tr("company_size “%1” is not a number.").arg(value)};
    return {};
}
} // namespace

// The checks every new or edited lead passes (createLead, createLeads, updateLead).
Status PipelineService::checkFields(const LeadFields &f)
{
    if (f.email.trimmed().isEmpty() && f.firstName.trimmed().isEmpty() && f.lastName.trimmed().isEmpty()
        && f.company.trimmed().isEmpty())
        return Error{LeadActionTr::tr("A lead needs at least an e-mail address, a name or a company.")};
    if (!f.email.isEmpty() && (f.email.count(QLatin1Char('@')) != 1 || f.email.endsWith(QLatin1Char('@'))
                               || f.email.startsWith(QLatin1Char('@')) || f.email.contains(QLatin1Char(' '))))
        return Error{LeadActionTr::tr("“%1” is not an e-mail address.").arg(f.email)};
    if (f.companySize && *f.companySize < 0)
        return Error{LeadActionTr::tr("Company size cannot be negative (%1).").arg(*f.companySize)};
    return {};
}

// --- scoring ------------------------------------------------------------------

ScoreBreakdown PipelineService::computeScore(const Lead &lead, Timestamp now)
{
    auto cached = m_activityCache.find(lead.id);
    if (cached == m_activityCache.end()) {
        if (m_activityCache.size() > 20000)
            m_activityCache.clear();
        cached = m_activityCache.insert(lead.id, m_leads.activities(lead.id));
    }
    return scoreLead(m_model, lead.fields, lead.createdAt, cached.value(), now);
}

Status PipelineService::rescore(Lead &lead, const QString &cause, bool allowAutoHandoff)
{
    const Timestamp now = m_clock.now();
    const ScoreBreakdown b = computeScore(lead, now);
    lead.scoreDueAt = b.nextChangeAt;
    const bool first = lead.version == 0 || lead.modelVersion == 0;
    const int old = lead.score;
    if (!first && b.total == old && b.modelVersion == lead.modelVersion)
        return {};
    lead.score = b.total;
    lead.modelVersion = b.modelVersion;
    const QStringList fired = b.firedRuleIds();
    QJsonObject payload{{QStringLiteral("old"), first ? QJsonValue(QJsonValue::Null) : QJsonValue(old)},
                        {QStringLiteral("new"), b.total},
                        {QStringLiteral("model"), b.modelVersion},
                        {QStringLiteral("fired"), QJsonArray::fromStringList(fired)},
                        {QStringLiteral("cause"), cause}};
    if (Result<qint64> e = record(lead, EventKind::ScoreChanged, kSystemActor, payload); !e)
        return Error{e.error()};
    if (Status s = m_leads.saveScore(lead.id, b.total, b.modelVersion, fired, now); !s)
        return s;

    // Creation counts as coming from below.
    const bool fromBelow = first || old < m_config.mqlThreshold;
    const bool crossing = fromBelow && b.total >= m_config.mqlThreshold
        && (lead.stage == Stage::New || lead.stage == Stage::Nurture);
    if (crossing)
        return enterMql(lead, allowAutoHandoff);
    return {};
}

Status PipelineService::enterMql(Lead &lead, bool autoHandoff)
{
    if (Status s = setStage(lead, Stage::Mql, kSystemActor, {{QStringLiteral("crossing"), true}}); !s)
        return s;
    if (!autoHandoff || !m_config.autoHandoff)
        return {};
    const std::optional<QString> rep = nextRep(QString());
    if (!rep)
        return {}; // waits in MQL until a rep frees up
    return startHandoff(lead, kSystemActor, *rep, true, false);
}

// --- creation and edits -----------------------------------------------------

Result<QString> PipelineService::createLead(QString id, const LeadFields &rawFields, const QString &by,
                                            std::optional<Timestamp> createdAt)
{
    LeadFields fields = rawFields;
    fields.country = fields.country.trimmed().toUpper();
    fields.email = fields.email.trimmed();
    if (Status s = checkFields(fields); !s)
        return Error{s.error()};
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    const Status s = run([&](Timestamp now) -> Status {
        if (m_leads.exists(id))
            return Error{LeadActionTr::tr("A lead with id “%1” already exists.").arg(id)};
        if (!by.isEmpty() && by != kSystemActor) {
            if (Result<User> who = actor(by); !who)
                return Error{who.error()};
        }
        Lead lead;
        lead.id = id;
        lead.fields = fields;
        lead.createdAt = createdAt.value_or(now);
        if (lead.createdAt > now)
            return Error{LeadActionTr::tr("A lead cannot be created in the future.")};
        lead.stage = Stage::New;
        lead.stageSince = lead.createdAt;
        lead.lastActivity = lead.createdAt;
        lead.lastTouch = lead.createdAt;
        lead.version = 0;
        if (Status c = m_catalog.touchCampaign(fields.campaign, fields.source); !c)
            return c;
        if (Status c = save(lead); !c)
            return c;
        const QJsonObject payload{{QStringLiteral("fields"), fieldsJson(fields)}};
        if (Result<qint64> e = record(lead, EventKind::Created, by.isEmpty() ? kSystemActor : by, payload,
                                      lead.createdAt);
            !e)
            return Error{e.error()};
        lead.modelVersion = 0;
        if (Status r = rescore(lead, QStringLiteral("created")); !r)
            return r;
        return save(lead);
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status PipelineService::updateLead(const QString &leadId, const QHash<QString, QString> &changes, const QString &by)
{
    return run([&](Timestamp) -> Status {
        // The system (an import merging duplicates) may fill fields; people need a marketing role.
        if (by != kSystemActor) {
            Result<User> who = actor(by);
            if (!who)
                return Error{who.error()};
            if (!mayEditLeadFields(who->role))
                return Error{LeadActionTr::tr("%1 is a %2: only marketing edits a lead's contact and company fields.")
                                 .arg(who->name, roleDisplayName(who->role))};
        }
        Result<Lead> loaded = load(leadId);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        LeadFields fields = lead.fields;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (Status s = setField(fields, it.key(), it.value()); !s)
                return s;
        }
        if (Status s = checkFields(fields); !s)
            return s;
        for (const QString &field : LeadFields::fieldIds()) {
            const QString before = lead.fields.value(field);
            const QString after = fields.value(field);
            if (before == after)
                continue;
            const QJsonObject payload{{QStringLiteral("field"), field},
                                      {QStringLiteral("old"), before},
                                      {QStringLiteral("new"), after}};
            if (Result<qint64> e = record(lead, EventKind::FieldChanged, by, payload); !e)
                return Error{e.error()};
        }
        if (fields == lead.fields)
            return {};
        lead.fields = fields;
        if (Status s = m_catalog.touchCampaign(fields.campaign, fields.source); !s)
            return s;
        if (Status s = rescore(lead, QStringLiteral("field_changed")); !s)
            return s;
        return save(lead);
    });
}

Status PipelineService::recordActivity(const QString &leadId, ActivityType type, const QVariantMap &properties,
                                       const QString &by, std::optional<Timestamp> at)
{
    return run([&](Timestamp now) -> Status {
        if (!by.isEmpty() && by != kSystemActor) {
            if (Result<User> who = actor(by); !who)
                return Error{who.error()};
        }
        Result<Lead> loaded = load(leadId);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        Activity a;
        a.leadId = leadId;
        a.type = type;
        a.at = at.value_or(now);
        a.actor = by;
        a.properties = properties;
        if (a.at > now)
            return Error{LeadActionTr::tr("An activity cannot be in the future.")};
        Result<qint64> id = m_leads.addActivity(a);
        if (!id)
            return Error{id.error()};
        a.id = id.value();
        if (auto cached = m_activityCache.find(leadId); cached != m_activityCache.end())
            cached->append(a);
        QJsonObject payload = QJsonObject::fromVariantMap(properties);
        payload.insert(QStringLiteral("activity"), id.value());
        payload.insert(QStringLiteral("type"), activityTypeId(type));
        if (Result<qint64> e = record(lead, EventKind::Activity, by.isEmpty() ? kSystemActor : by, payload, a.at); !e)
            return Error{e.error()};
        const bool mayChangeScore = activityMayChangeScore(m_model, a, lead.lastActivity, now);
        lead.lastActivity = std::max(lead.lastActivity, a.at);
        lead.lastTouch = std::max(lead.lastTouch, a.at);

        const bool bypass = type == ActivityType::DemoRequest && m_config.demoBypass
            && (lead.stage == Stage::New || lead.stage == Stage::Mql || lead.stage == Stage::Nurture
                || (lead.stage == Stage::Sal && lead.review == ReviewStatus::Pending));
        if (mayChangeScore || bypass) {
            if (Status s = rescore(lead, QStringLiteral("activity"), !bypass); !s)
                return s;
        }
        if (bypass) {
            if (Status s = demoBypass(lead); !s)
                return s;
        }
        if (isContact(type)) {
            if (Status s = applyContact(lead, type); !s)
                return s;
        }
        return save(lead);
    });
}

Status PipelineService::logContact(const QString &leadId, ActivityType type, const QString &by,
                                   const QVariantMap &properties)
{
    if (!isSalesActivity(type))
        return Error{LeadActionTr::tr("“%1” is not a sales contact: use a call, an e-mail sent, a meeting or a note.")
                         .arg(activityTypeId(type))};
    const std::optional<User> who = user(by);
    if (!who)
        return Error{LeadActionTr::tr("There is no user “%1”.").arg(by)};
    if (!mayDecideAndWork(who->role))
        return Error{
            LeadActionTr::tr("%1 is a %2: only sales log contacts.").arg(who->name, roleDisplayName(who->role))};
    return recordActivity(leadId, type, properties, by);
}

Status PipelineService::applyContact(Lead &lead, ActivityType type)
{
    if (!lead.handoffId)
        return {};
    std::optional<Handoff> h = m_leads.handoff(*lead.handoffId);
    if (!h || h->firstContactAt)
        return {};
    const Timestamp now = m_clock.now();
    h->firstContactAt = now;
    if (Status s = m_leads.updateHandoff(*h); !s)
        return s;
    const QJsonObject payload{{QStringLiteral("handoff"), h->id},
                              {QStringLiteral("handed_off_at"), h->at},
                              {QStringLiteral("type"), activityTypeId(type)},
                              {QStringLiteral("urgent"), h->urgent}};
    if (Result<qint64> e = record(lead, EventKind::FirstContact, lead.owner.isEmpty() ? kSystemActor : lead.owner,
                                  payload);
        !e)
        return Error{e.error()};
    return {};
}

} // namespace baton
