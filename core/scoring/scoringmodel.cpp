#include "scoringmodel.h"

#include "domain/lead.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace baton {

namespace {
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(ScoringModel)
};

constexpr std::array kKindIds = {
    std::pair{RuleKind::AttributePattern, u"attribute_pattern"},
    std::pair{RuleKind::AttributeInList, u"attribute_in_list"},
    std::pair{RuleKind::AttributeRange, u"attribute_range"},
    std::pair{RuleKind::ActivityCount, u"activity_count"},
    std::pair{RuleKind::NoActivity, u"no_activity"},
};

// The keys each kind accepts besides id, label, points and kind.
QStringList kindKeys(RuleKind kind)
{
    switch (kind) {
    case RuleKind::AttributePattern:
        return {QStringLiteral("field"), QStringLiteral("pattern")};
    case RuleKind::AttributeInList:
        return {QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("domain_match")};
    case RuleKind::AttributeRange:
        return {QStringLiteral("field"), QStringLiteral("min"), QStringLiteral("max")};
    case RuleKind::ActivityCount:
        return {QStringLiteral("activity_type"), QStringLiteral("property"),
                QStringLiteral("property_contains"), QStringLiteral("property_equals"),
                QStringLiteral("min_count"), QStringLiteral("within_days")};
    case RuleKind::NoActivity:
        return {QStringLiteral("within_days")};
    }
    return {};
}

// JSON has only doubles; points and counts must still be whole numbers.
std::optional<int> toInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (std::floor(d) != d || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

// Reads one rule; `index` is 1-based so messages match what a person counts.
Result<ScoringRule> ruleFromJson(const QJsonValue &value, int index, const ScoringModel &model)
{
    if (!value.isObject())
        return Error{ModelTr::tr("rule %1: not a JSON object").arg(index)};
    const QJsonObject o = value.toObject();
    ScoringRule rule;
    rule.id = o.value(u"id").toString().trimmed();
    if (rule.id.isEmpty())
        return Error{ModelTr::tr("rule %1: missing id").arg(index)};
    const QString where = ModelTr::tr("rule %1 (%2): ").arg(QString::number(index), rule.id);
    auto fail = [&where](const QString &message) { return Error{where + message}; };

    const QJsonValue kindValue = o.value(u"kind");
    if (!kindValue.isString())
        return fail(ModelTr::tr("missing kind"));
    const std::optional<RuleKind> kind = ruleKindFromId(kindValue.toString());
    if (!kind)
        return fail(ModelTr::tr("unknown kind '%1' (expected attribute_pattern, attribute_in_list, "
                                "attribute_range, activity_count or no_activity)")
                        .arg(kindValue.toString()));
    rule.kind = *kind;

    const QStringList allowed = QStringList{QStringLiteral("id"), QStringLiteral("label"),
                                            QStringLiteral("points"), QStringLiteral("kind")}
        + kindKeys(rule.kind);
    for (const QString &key : o.keys()) {
        if (!allowed.contains(key))
            return fail(ModelTr::tr("unknown key '%1' for kind %2").arg(key, kindValue.toString()));
    }

    if (o.contains(u"label") && !o.value(u"label").isString())
        return fail(ModelTr::tr("label must be a string"));
    rule.label = o.value(u"label").toString();
    if (rule.label.isEmpty()) // the breakdown always has something to show
        rule.label = rule.id;
    const std::optional<int> points = toInt(o.value(u"points"));
    if (!points)
        return fail(ModelTr::tr("points must be an integer"));
    rule.points = *points;

    if (rule.kind == RuleKind::AttributePattern || rule.kind == RuleKind::AttributeInList
        || rule.kind == RuleKind::AttributeRange) {
        rule.field = o.value(u"field").toString();
        if (rule.field.isEmpty())
            return fail(ModelTr::tr("missing field"));
        if (!LeadFields::isField(rule.field) && rule.field != u"email_domain")
            return fail(ModelTr::tr("unknown field '%1'").arg(rule.field));
    }

    switch (rule.kind) {
    case RuleKind::AttributePattern: {
        rule.pattern = o.value(u"pattern").toString();
        if (rule.pattern.isEmpty())
            return fail(ModelTr::tr("missing pattern"));
        const QRegularExpression re(rule.pattern);
        if (!re.isValid())
            return fail(ModelTr::tr("invalid pattern '%1': %2 at offset %3")
                            .arg(rule.pattern, re.errorString())
                            .arg(re.patternErrorOffset()));
        break;
    }
    case RuleKind::AttributeInList:
        rule.list = o.value(u"list").toString();
        if (rule.list.isEmpty())
            return fail(ModelTr::tr("missing list"));
        if (!model.lists.contains(rule.list))
            return fail(ModelTr::tr("unknown list '%1'").arg(rule.list));
        if (o.contains(u"domain_match") && !o.value(u"domain_match").isBool())
            return fail(ModelTr::tr("domain_match must be true or false"));
        rule.domainMatch = o.value(u"domain_match").toBool();
        break;
    case RuleKind::AttributeRange:
        for (const auto &[key, bound] : {std::pair{u"min", &rule.min}, std::pair{u"max", &rule.max}}) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                continue;
            if (!v.isDouble())
                return fail(ModelTr::tr("%1 must be a number").arg(QString::fromUtf16(key)));
            *bound = v.toDouble();
        }
        if (!rule.min && !rule.max)
            return fail(ModelTr::tr("needs min or max"));
        if (rule.min && rule.max && *rule.min > *rule.max)
            return fail(ModelTr::tr("min %1 is greater than max %2").arg(*rule.min).arg(*rule.max));
        break;
    case RuleKind::ActivityCount: {
        const QJsonValue type = o.value(u"activity_type");
        if (!type.isUndefined()) {
            rule.activityType = activityTypeFromId(type.toString());
            if (!rule.activityType)
                return fail(ModelTr::tr("unknown activity type '%1'").arg(type.toVariant().toString()));
        }
        rule.propertyName = o.value(u"property").toString();
        rule.propertyContains = o.value(u"property_contains").toString();
        rule.propertyEquals = o.value(u"property_equals").toString();
        if (rule.propertyName.isEmpty() && !(rule.propertyContains.isEmpty() && rule.propertyEquals.isEmpty()))
            return fail(ModelTr::tr("property_contains and property_equals need property"));
        if (o.contains(u"min_count")) {
            const std::optional<int> count = toInt(o.value(u"min_count"));
            if (!count || *count < 1)
                return fail(ModelTr::tr("min_count must be a positive integer"));
            rule.minCount = *count;
        }
        break;
    }
    case RuleKind::NoActivity:
        if (!o.contains(u"within_days"))
            return fail(ModelTr::tr("missing within_days"));
        break;
    }

    if (o.contains(u"within_days")) {
        const std::optional<int> days = toInt(o.value(u"within_days"));
        if (!days || *days < 1)
            return fail(ModelTr::tr("within_days must be a positive integer"));
        rule.withinDays = *days;
    }
    return rule;
}

Result<QHash<QString, QStringList>> listsFromJson(const QJsonValue &value)
{
    QHash<QString, QStringList> lists;
    if (value.isUndefined())
        return lists;
    if (!value.isObject())
        return Error{ModelTr::tr("lists must be an object of name: [entries]")};
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isArray())
            return Error{ModelTr::tr("list '%1': must be an array of strings").arg(it.key())};
        QStringList entries;
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return Error{ModelTr::tr("list '%1': entry %2 is not a string").arg(it.key()).arg(i + 1)};
            entries.append(array.at(i).toString());
        }
        lists.insert(it.key(), entries);
    }
    return lists;
}

QJsonObject ruleToJson(const ScoringRule &rule)
{
    QJsonObject o{{QStringLiteral("id"), rule.id},
                  {QStringLiteral("label"), rule.label},
                  {QStringLiteral("points"), rule.points},
                  {QStringLiteral("kind"), ruleKindId(rule.kind)}};
    switch (rule.kind) {
    case RuleKind::AttributePattern:
        o.insert(u"field", rule.field);
        o.insert(u"pattern", rule.pattern);
        break;
    case RuleKind::AttributeInList:
        o.insert(u"field", rule.field);
        o.insert(u"list", rule.list);
        if (rule.domainMatch)
            o.insert(u"domain_match", true);
        break;
    case RuleKind::AttributeRange:
        o.insert(u"field", rule.field);
        if (rule.min)
            o.insert(u"min", *rule.min);
        if (rule.max)
            o.insert(u"max", *rule.max);
        break;
    case RuleKind::ActivityCount:
        if (rule.activityType)
            o.insert(u"activity_type", activityTypeId(*rule.activityType));
        if (!rule.propertyName.isEmpty())
            o.insert(u"property", rule.propertyName);
        if (!rule.propertyContains.isEmpty())
            o.insert(u"property_contains", rule.propertyContains);
        if (!rule.propertyEquals.isEmpty())
            o.insert(u"property_equals", rule.propertyEquals);
        o.insert(u"min_count", rule.minCount);
        if (rule.withinDays)
            o.insert(u"within_days", *rule.withinDays);
        break;
    case RuleKind::NoActivity:
        o.insert(u"within_days", rule.withinDays.value_or(0));
        break;
    }
    return o;
}
} // namespace

QString ruleKindId(RuleKind kind)
{
    for (const auto &[k, id] : kKindIds) {
        if (k == kind)
            return QString::fromUtf16(id);
    }
    return QString();
}

std::optional<RuleKind> ruleKindFromId(const QString &id)
{
    for (const auto &[k, kindId] : kKindIds) {
        if (id == kindId)
            return k;
    }
    return std::nullopt;
}

Result<ScoringModel> ScoringModel::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ModelTr::tr("not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    if (!doc.isObject())
        return Error{ModelTr::tr("a scoring model must be a JSON object")};
    const QJsonObject root = doc.object();

    const QStringList rootKeys = {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("lists"),
                                  QStringLiteral("rules")};
    for (const QString &key : root.keys()) {
        if (!rootKeys.contains(key))
            return Error{ModelTr::tr("unknown key '%1' in the model").arg(key)};
    }

    ScoringModel model;
    const std::optional<int> version = toInt(root.value(u"version"));
    if (!version || *version < 1)
        return Error{ModelTr::tr("version must be a positive integer")};
    model.version = *version;
    if (root.contains(u"name") && !root.value(u"name").isString())
        return Error{ModelTr::tr("name must be a string")};
    model.name = root.value(u"name").toString();

    Result<QHash<QString, QStringList>> lists = listsFromJson(root.value(u"lists"));
    if (!lists)
        return Error{lists.error()};
    model.lists = std::move(lists).value();

    if (!root.value(u"rules").isArray())
        return Error{ModelTr::tr("rules must be an array")};
    const QJsonArray rules = root.value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const int index = int(i) + 1;
        Result<ScoringRule> rule = ruleFromJson(rules.at(i), index, model);
        if (!rule)
            return Error{rule.error()};
        for (qsizetype j = 0; j < model.rules.size(); ++j) {
            if (model.rules.at(j).id == rule->id)
                return Error{ModelTr::tr("rule %1 (%2): duplicate id, already used by rule %3")
                                 .arg(QString::number(index), rule->id, QString::number(j + 1))};
        }
        model.rules.append(std::move(rule).value());
    }
    return model;
}

QByteArray ScoringModel::toJson() const
{
    QJsonObject listsObject;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        listsObject.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray rulesArray;
    for (const ScoringRule &rule : rules)
        rulesArray.append(ruleToJson(rule));
    const QJsonObject root{{QStringLiteral("version"), version},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("lists"), listsObject},
                           {QStringLiteral("rules"), rulesArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ScoringModel ScoringModel::defaultModel()
{
    // The file is compiled into baton_core and checked by tst_scoringmodel, so a
    // failure here means a broken build, not bad user input: stop loudly rather than
    // score every lead with an empty model.
    QFile file(QStringLiteral(":/baton/core/default_model.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("default scoring model resource is missing");
    Result<ScoringModel> model = fromJson(file.readAll());
    if (!model)
        qFatal("default scoring model is invalid: %s", qPrintable(model.error()));
    return std::move(model).value();
}

} // namespace baton
