#include "scenarioreplay.h"

#include "kpi/kpiengine.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/kpisource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace baton {

namespace {
struct ReplayTr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioReplay)
};

// The fields each op accepts besides "at" and "op". Activity lines also take the
// activity's properties, which are open-ended.
const QHash<QString, QSet<QString>> &opFields()
{
    static const QHash<QString, QSet<QString>> fields = [] {
        QSet<QString> leadFields{QStringLiteral("id"), QStringLiteral("by"), QStringLiteral("created_at")};
        for (const QString &f : LeadFields::fieldIds())
            leadFields.insert(f);
        QSet<QString> updateFields = leadFields;
        updateFields.remove(QStringLiteral("id"));
        updateFields.remove(QStringLiteral("created_at"));
        updateFields.insert(QStringLiteral("lead"));
        const auto set = [](std::initializer_list<const char16_t *> names) {
            QSet<QString> s;
            for (const char16_t *n : names)
                s.insert(QString::fromUtf16(n));
            return s;
        };
        return QHash<QString, QSet<QString>>{
            {QStringLiteral("config"),
             set({u"review_sla_hours", u"response_sla_hours", u"urgent_response_minutes", u"mql_threshold",
                  u"sql_threshold", u"cold_days", u"auto_handoff", u"escalation", u"cold_recycle", u"demo_bypass",
                  u"marketing_monthly_sals"})},
            {QStringLiteral("user"), set({u"id", u"name", u"role", u"active", u"away", u"capacity"})},
            {QStringLiteral("lead"), leadFields},
            {QStringLiteral("update"), updateFields},
            {QStringLiteral("activity"), set({u"lead", u"type", u"by"})},
            {QStringLiteral("handoff"), set({u"lead", u"by", u"to"})},
            {QStringLiteral("accept"), set({u"lead", u"by"})},
            {QStringLiteral("reject"), set({u"lead", u"by", u"reason", u"comment"})},
            {QStringLiteral("contact"), set({u"lead", u"by", u"type", u"note", u"subject"})},
            {QStringLiteral("advance"), set({u"lead", u"to", u"by", u"amount", u"reason", u"comment"})},
            {QStringLiteral("won"), set({u"lead", u"by", u"amount"})},
            {QStringLiteral("lost"), set({u"lead", u"by", u"reason", u"comment"})},
            {QStringLiteral("reassign"), set({u"lead", u"to", u"by"})},
            {QStringLiteral("model"), set({u"by", u"model"})},
            {QStringLiteral("spend"), set({u"campaign", u"amount", u"by"})},
            {QStringLiteral("tick"), {}},
            {QStringLiteral("expect"),
             set({u"lead", u"stage", u"review", u"score", u"owner", u"urgent", u"rules", u"breached"})},
            {QStringLiteral("expect_kpi"), set({u"from", u"to", u"asof", u"kpi", u"value"})},
        };
    }();
    return fields;
}

// Field access that says what is wrong with a line.
class LineReader
{
public:
    explicit LineReader(const QJsonObject &o) : m_o(o) {}

    Result<QString> text(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return Error{ReplayTr::tr("“%1” is missing").arg(key)};
            return QString();
        }
        if (!v.isString())
            return Error{ReplayTr::tr("“%1” must be a string").arg(key)};
        return v.toString();
    }
    Result<double> number(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble())
            return Error{ReplayTr::tr("“%1” must be a number").arg(key)};
        return v.toDouble();
    }
    std::optional<Result<double>> optionalNumber(const QString &key) const
    {
        if (!m_o.contains(key) || m_o.value(key).isNull())
            return std::nullopt;
        return number(key);
    }
    Result<bool> boolean(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            return Error{ReplayTr::tr("“%1” must be true or false").arg(key)};
        return v.toBool();
    }

private:
    const QJsonObject &m_o;
};

#define BATON_TRY(var, expr)                                                                                           \
    auto var##Result = (expr);                                                                                         \
    if (!var##Result)                                                                                                  \
        return Error{var##Result.error()};                                                                             \
    auto var = std::move(var##Result).value()

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

std::optional<Timestamp> parseTime(const QString &text)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    const bool zoned = text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+'))
        || text.lastIndexOf(QLatin1Char('-')) > 10;
    if (!zoned)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString formatTime(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

ScenarioReplay::ScenarioReplay(PipelineService &pipeline, ManualClock &clock) : m_pipeline(pipeline), m_clock(clock) {}

Result<ReplayReport> ScenarioReplay::runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ReplayTr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return run(file);
}

Result<ReplayReport> ScenarioReplay::run(QIODevice &input)
{
    ReplayReport report;
    int number = 0;
    const Status s = m_pipeline.database().transaction([&]() -> Status {
        while (!input.atEnd()) {
            const QByteArray raw = input.readLine();
            ++number;
            if (raw.trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return Error{ReplayTr::tr("line %1: not valid JSON (%2 at column %3)")
                                 .arg(number)
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset + 1)};
            if (!doc.isObject())
                return Error{ReplayTr::tr("line %1: a line must be a JSON object").arg(number)};
            if (Status a = apply(doc.object(), number, report); !a)
                return Error{ReplayTr::tr("line %1: %2").arg(number).arg(a.error())};
            ++report.lines;
        }
        return {};
    });
    if (!s)
        return Error{s.error()};
    return report;
}

Status ScenarioReplay::apply(const QJsonObject &o, int number, ReplayReport &report)
{
    const LineReader r(o);
    BATON_TRY(op, r.text(QStringLiteral("op")));
    BATON_TRY(atText, r.text(QStringLiteral("at")));
    const auto fields = opFields().constFind(op);
    if (fields == opFields().cend())
        return Error{ReplayTr::tr("unknown op “%1”").arg(op)};
    if (op != u"activity") {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() != u"at" && it.key() != u"op" && !fields->contains(it.key()))
                return Error{ReplayTr::tr("unknown field “%1” for op “%2”").arg(it.key(), op)};
        }
    }
    const std::optional<Timestamp> at = parseTime(atText);
    if (!at)
        return Error{ReplayTr::tr("“at” is not an ISO-8601 UTC time: %1").arg(atText)};
    if (report.lines > 0 && *at < m_lastAt)
        return Error{ReplayTr::tr("time %1 is earlier than the line before (%2)").arg(atText, formatTime(m_lastAt))};
    m_lastAt = *at;
    m_clock.set(*at);
    if (Status s = m_pipeline.tick(); !s)
        return s;

    if (op == u"tick")
        return {};
    if (op == u"config")
        return applyConfig(o);
    if (op == u"user")
        return applyUser(o);
    if (op == u"lead")
        return applyLead(o);
    if (op == u"update")
        return applyUpdate(o);
    if (op == u"activity")
        return applyActivity(o);
    if (op == u"model")
        return applyModel(o);
    if (op == u"expect")
        return checkLead(o, number, report);
    if (op == u"expect_kpi")
        return checkKpi(o, number, report);
    if (op == u"spend") {
        BATON_TRY(campaign, r.text(QStringLiteral("campaign")));
        BATON_TRY(amount, r.number(QStringLiteral("amount")));
        BATON_TRY(by, r.text(QStringLiteral("by"), false));
        return m_pipeline.recordSpend(campaign, amount, by);
    }

    BATON_TRY(leadId, r.text(QStringLiteral("lead")));
    BATON_TRY(by, r.text(QStringLiteral("by")));
    if (!m_pipeline.leads().exists(leadId))
        return Error{ReplayTr::tr("unknown lead “%1”").arg(leadId)};
    if (op == u"handoff") {
        BATON_TRY(to, r.text(QStringLiteral("to"), false));
        return m_pipeline.handOff(leadId, by, to);
    }
    if (op == u"accept")
        return m_pipeline.accept(leadId, by);
    if (op == u"reject" || op == u"lost") {
        BATON_TRY(reason, r.text(QStringLiteral("reason"), false));
        BATON_TRY(comment, r.text(QStringLiteral("comment"), false));
        return op == u"reject" ? m_pipeline.reject(leadId, by, reason, comment)
                               : m_pipeline.markLost(leadId, by, reason, comment);
    }
    if (op == u"contact") {
        BATON_TRY(typeText, r.text(QStringLiteral("type")));
        const std::optional<ActivityType> type = activityTypeFromId(typeText);
        if (!type || !isContact(*type))
            return Error{ReplayTr::tr("a contact is a call, an email_sent or a meeting, not “%1”").arg(typeText)};
        QVariantMap props;
        for (const QString &key : {QStringLiteral("note"), QStringLiteral("subject")}) {
            if (o.contains(key))
                props.insert(key, o.value(key).toVariant());
        }
        return m_pipeline.logContact(leadId, *type, by, props);
    }
    if (op == u"won") {
        std::optional<double> amount;
        if (auto a = r.optionalNumber(QStringLiteral("amount"))) {
            if (!*a)
                return Error{a->error()};
            amount = a->value();
        }
        return m_pipeline.markWon(leadId, by, amount);
    }
    if (op == u"reassign") {
        BATON_TRY(to, r.text(QStringLiteral("to")));
        return m_pipeline.reassign(leadId, to, by);
    }
    if (op == u"advance") {
        BATON_TRY(toText, r.text(QStringLiteral("to")));
        const std::optional<Stage> to = stageFromId(toText);
        if (!to)
            return Error{ReplayTr::tr("unknown stage “%1”").arg(toText)};
        MoveDetails details;
        if (auto a = r.optionalNumber(QStringLiteral("amount"))) {
            if (!*a)
                return Error{a->error()};
            details.amount = a->value();
        }
        BATON_TRY(reason, r.text(QStringLiteral("reason"), false));
        BATON_TRY(comment, r.text(QStringLiteral("comment"), false));
        details.reason = reason;
        details.comment = comment;
        return m_pipeline.move(leadId, *to, by, details);
    }
    return Error{ReplayTr::tr("unknown op “%1”").arg(op)};
}

Status ScenarioReplay::applyConfig(const QJsonObject &o)
{
    const LineReader r(o);
    PipelineConfig c = m_pipeline.config();
    const auto num = [&](const QString &key, auto &target) -> Status {
        if (!o.contains(key))
            return {};
        Result<double> v = r.number(key);
        if (!v)
            return Error{v.error()};
        target = static_cast<std::remove_reference_t<decltype(target)>>(v.value());
        return {};
    };
    const auto flag = [&](const QString &key, bool &target) -> Status {
        if (!o.contains(key))
            return {};
        Result<bool> v = r.boolean(key);
        if (!v)
            return Error{v.error()};
        target = v.value();
        return {};
    };
    for (Status s : {num(QStringLiteral("review_sla_hours"), c.reviewSlaHours),
                     num(QStringLiteral("response_sla_hours"), c.responseSlaHours),
                     num(QStringLiteral("urgent_response_minutes"), c.urgentResponseMinutes),
                     num(QStringLiteral("mql_threshold"), c.mqlThreshold),
                     num(QStringLiteral("sql_threshold"), c.sqlThreshold),
                     num(QStringLiteral("cold_days"), c.coldDays),
                     num(QStringLiteral("marketing_monthly_sals"), c.marketingMonthlySals),
                     flag(QStringLiteral("auto_handoff"), c.autoHandoff),
                     flag(QStringLiteral("escalation"), c.escalation),
                     flag(QStringLiteral("cold_recycle"), c.coldRecycle),
                     flag(QStringLiteral("demo_bypass"), c.demoBypass)}) {
        if (!s)
            return s;
    }
    return m_pipeline.configure(c);
}

Status ScenarioReplay::applyUser(const QJsonObject &o)
{
    const LineReader r(o);
    BATON_TRY(id, r.text(QStringLiteral("id")));
    User u = m_pipeline.user(id).value_or(User{});
    u.id = id;
    if (o.contains(u"name") || u.name.isEmpty()) {
        BATON_TRY(name, r.text(QStringLiteral("name")));
        u.name = name;
    }
    if (o.contains(u"role") || m_pipeline.user(id) == std::nullopt) {
        BATON_TRY(roleText, r.text(QStringLiteral("role")));
        const std::optional<Role> role = roleFromId(roleText);
        if (!role)
            return Error{ReplayTr::tr("unknown role “%1”").arg(roleText)};
        u.role = *role;
    }
    if (o.contains(u"active")) {
        BATON_TRY(active, r.boolean(QStringLiteral("active")));
        u.active = active;
    }
    if (o.contains(u"away")) {
        BATON_TRY(away, r.boolean(QStringLiteral("away")));
        u.away = away;
    }
    if (o.contains(u"capacity")) {
        BATON_TRY(capacity, r.number(QStringLiteral("capacity")));
        if (capacity < 0 || capacity != std::floor(capacity))
            return Error{ReplayTr::tr("“capacity” must be a whole number, 0 or more")};
        u.capacity = int(capacity);
    }
    return m_pipeline.saveUser(u);
}

Status ScenarioReplay::applyLead(const QJsonObject &o)
{
    const LineReader r(o);
    BATON_TRY(id, r.text(QStringLiteral("id")));
    BATON_TRY(by, r.text(QStringLiteral("by"), false));
    LeadFields f;
    QHash<QString, QString> values;
    for (const QString &field : LeadFields::fieldIds()) {
        if (!o.contains(field) || o.value(field).isNull())
            continue;
        if (field == u"company_size") {
            BATON_TRY(size, r.number(field));
            if (size != std::floor(size))
                return Error{ReplayTr::tr("“company_size” must be a whole number")};
            f.companySize = int(size);
            continue;
        }
        BATON_TRY(value, r.text(field));
        values.insert(field, value);
    }
    f.firstName = values.value(QStringLiteral("first_name"));
    f.lastName = values.value(QStringLiteral("last_name"));
    f.email = values.value(QStringLiteral("email"));
    f.phone = values.value(QStringLiteral("phone"));
    f.title = values.value(QStringLiteral("title"));
    f.company = values.value(QStringLiteral("company"));
    f.industry = values.value(QStringLiteral("industry"));
    f.country = values.value(QStringLiteral("country"));
    f.source = values.value(QStringLiteral("source"));
    f.campaign = values.value(QStringLiteral("campaign"));
    std::optional<Timestamp> createdAt;
    if (o.contains(u"created_at")) {
        BATON_TRY(text, r.text(QStringLiteral("created_at")));
        createdAt = parseTime(text);
        if (!createdAt)
            return Error{ReplayTr::tr("“created_at” is not an ISO-8601 UTC time: %1").arg(text)};
    }
    Result<QString> created = m_pipeline.createLead(id, f, by, createdAt);
    if (!created)
        return Error{created.error()};
    return {};
}

Status ScenarioReplay::applyUpdate(const QJsonObject &o)
{
    const LineReader r(o);
    BATON_TRY(leadId, r.text(QStringLiteral("lead")));
    BATON_TRY(by, r.text(QStringLiteral("by")));
    if (!m_pipeline.leads().exists(leadId))
        return Error{ReplayTr::tr("unknown lead “%1”").arg(leadId)};
    QHash<QString, QString> changes;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!LeadFields::isField(it.key()))
            continue;
        changes.insert(it.key(), it.value().isNull() ? QString() : jsonText(it.value()));
    }
    if (changes.isEmpty())
        return Error{ReplayTr::tr("an update needs at least one lead field")};
    return m_pipeline.updateLead(leadId, changes, by);
}

Status ScenarioReplay::applyActivity(const QJsonObject &o)
{
    const LineReader r(o);
    BATON_TRY(leadId, r.text(QStringLiteral("lead")));
    BATON_TRY(typeText, r.text(QStringLiteral("type")));
    BATON_TRY(by, r.text(QStringLiteral("by"), false));
    const std::optional<ActivityType> type = activityTypeFromId(typeText);
    if (!type)
        return Error{ReplayTr::tr("unknown activity type “%1”").arg(typeText)};
    if (!m_pipeline.leads().exists(leadId))
        return Error{ReplayTr::tr("unknown lead “%1”").arg(leadId)};
    QVariantMap props;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"at" || key == u"op" || key == u"lead" || key == u"type" || key == u"by")
            continue;
        if (it.value().isObject() || it.value().isArray())
            return Error{ReplayTr::tr("activity property “%1” must be a string, number or boolean").arg(key)};
        props.insert(key, it.value().toVariant());
    }
    if (!by.isEmpty() && isSalesActivity(*type))
        return m_pipeline.logContact(leadId, *type, by, props);
    return m_pipeline.recordActivity(leadId, *type, props, by);
}

Status ScenarioReplay::applyModel(const QJsonObject &o)
{
    const LineReader r(o);
    BATON_TRY(by, r.text(QStringLiteral("by")));
    if (!o.value(u"model").isObject())
        return Error{ReplayTr::tr("“model” must be a scoring model object")};
    Result<ScoringModel> model =
        ScoringModel::fromJson(QJsonDocument(o.value(u"model").toObject()).toJson(QJsonDocument::Compact));
    if (!model)
        return Error{ReplayTr::tr("scoring model: %1").arg(model.error())};
    return m_pipeline.publishModel(model.value(), by);
}

Status ScenarioReplay::checkLead(const QJsonObject &o, int number, ReplayReport &report)
{
    const LineReader r(o);
    BATON_TRY(leadId, r.text(QStringLiteral("lead")));
    const std::optional<Lead> lead = m_pipeline.lead(leadId);
    if (!lead)
        return Error{ReplayTr::tr("unknown lead “%1”").arg(leadId)};
    ++report.expectations;
    const auto fail = [&](const QString &what, const QString &actual, const QString &expected) {
        report.failures
            << ReplayTr::tr("line %1: %2 %3 is %4, expected %5").arg(number).arg(leadId, what, actual, expected);
    };
    if (o.contains(u"stage")) {
        BATON_TRY(stage, r.text(QStringLiteral("stage")));
        if (!stageFromId(stage))
            return Error{ReplayTr::tr("unknown stage “%1”").arg(stage)};
        if (stageId(lead->stage) != stage)
            fail(QStringLiteral("stage"), stageId(lead->stage), stage);
    }
    if (o.contains(u"review")) {
        const QJsonValue value = o.value(u"review");
        if (!value.isNull() && !value.isString())
            return Error{ReplayTr::tr("“review” must be a review status or null")};
        const QString expected = value.toString();
        // "none" and null both mean no review status: compare statuses, not their ids.
        const std::optional<ReviewStatus> status = reviewStatusFromId(expected);
        if (!status)
            return Error{ReplayTr::tr("unknown review status “%1”").arg(expected)};
        if (lead->review != *status)
            fail(QStringLiteral("review"),
                 lead->review == ReviewStatus::None ? QStringLiteral("null") : reviewStatusId(lead->review),
                 jsonText(value));
    }
    if (o.contains(u"score")) {
        BATON_TRY(score, r.number(QStringLiteral("score")));
        if (lead->score != score)
            fail(QStringLiteral("score"), QString::number(lead->score), jsonText(o.value(u"score")));
    }
    if (o.contains(u"owner")) {
        const QString expected = o.value(u"owner").isNull() ? QString() : o.value(u"owner").toString();
        if (lead->owner != expected)
            fail(QStringLiteral("owner"), lead->owner.isEmpty() ? QStringLiteral("null") : lead->owner,
                 jsonText(o.value(u"owner")));
    }
    if (o.contains(u"urgent")) {
        BATON_TRY(urgent, r.boolean(QStringLiteral("urgent")));
        if (lead->urgent != urgent)
            fail(QStringLiteral("urgent"), jsonText(lead->urgent), jsonText(urgent));
    }
    if (o.contains(u"breached")) {
        BATON_TRY(breached, r.boolean(QStringLiteral("breached")));
        if (lead->breached != breached)
            fail(QStringLiteral("breached"), jsonText(lead->breached), jsonText(breached));
    }
    if (o.contains(u"rules")) {
        if (!o.value(u"rules").isArray())
            return Error{ReplayTr::tr("“rules” must be a list of rule ids")};
        QStringList expected;
        for (const QJsonValue &v : o.value(u"rules").toArray())
            expected << v.toString();
        QStringList actual = m_pipeline.breakdown(leadId).firedRuleIds();
        expected.sort();
        actual.sort();
        if (actual != expected)
            fail(QStringLiteral("rules"), actual.join(u','), expected.join(u','));
    }
    return {};
}

Status ScenarioReplay::checkKpi(const QJsonObject &o, int number, ReplayReport &report)
{
    const LineReader r(o);
    BATON_TRY(fromText, r.text(QStringLiteral("from")));
    BATON_TRY(toText, r.text(QStringLiteral("to")));
    BATON_TRY(kpi, r.text(QStringLiteral("kpi")));
    BATON_TRY(asofText, r.text(QStringLiteral("asof"), false));
    const std::optional<Timestamp> from = parseTime(fromText);
    const std::optional<Timestamp> to = parseTime(toText);
    if (!from || !to)
        return Error{ReplayTr::tr("“from” and “to” must be dates or ISO-8601 UTC times")};
    if (*to < *from)
        return Error{ReplayTr::tr("“to” is before “from”")};
    Timestamp asof = m_clock.now();
    if (!asofText.isEmpty()) {
        const std::optional<Timestamp> parsed = parseTime(asofText);
        if (!parsed)
            return Error{ReplayTr::tr("“asof” is not an ISO-8601 UTC time: %1").arg(asofText)};
        asof = *parsed;
    }
    if (!KpiReport::isKpiId(kpi))
        return Error{ReplayTr::tr("unknown KPI “%1”").arg(kpi)};
    if (!o.contains(u"value") || !(o.value(u"value").isDouble() || o.value(u"value").isNull()))
        return Error{ReplayTr::tr("“value” must be a number or null")};

    ++report.expectations;
    const KpiPeriod period{*from, *to, asof};
    const KpiReport kpis = computeKpis(loadKpiInput(m_pipeline.database(), asof), period);
    const std::optional<double> actual = kpis.value(kpi);
    const QJsonValue expected = o.value(u"value");
    bool matches = false;
    if (expected.isNull())
        matches = !actual.has_value();
    else if (actual) {
        const double e = expected.toDouble();
        matches = std::abs(*actual - e) <= 1e-6 * std::max(1.0, std::max(std::abs(e), std::abs(*actual)));
    }
    if (!matches) {
        report.failures << ReplayTr::tr("line %1: %2 from %3 to %4 is %5, expected %6")
                               .arg(number)
                               .arg(kpi, fromText, toText,
                                    actual ? QString::number(*actual, 'g', 10) : QStringLiteral("null"),
                                    jsonText(expected));
    }
    return {};
}

} // namespace baton
