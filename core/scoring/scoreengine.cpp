#include "scoreengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace baton {

namespace {
struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(ScoreEngine)
};

// Evidence times are UTC and ISO-like ("2026-11-20 14:02") so that they read the same
// on every machine and in every test. Formatted by hand because a rescore of every
// lead formats hundreds of thousands of them and QString::asprintf is the slowest
// part of scoring.
QString formatUtc(Timestamp at)
{
    const qint64 days = at >= 0 ? at / kMsPerDay : -((-at + kMsPerDay - 1) / kMsPerDay);
    const qint64 msOfDay = at - days * kMsPerDay;
    const QDate date = QDate::fromJulianDay(days + 2440588); // 2440588 = 1970-01-01
    char16_t text[] = u"0000-00-00 00:00";
    auto put = [&text](qsizetype end, int value, int width) {
        for (qsizetype i = end; i > end - width; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(3, date.year(), 4);
    put(6, date.month(), 2);
    put(9, date.day(), 2);
    put(12, int(msOfDay / kMsPerHour), 2);
    put(15, int(msOfDay % kMsPerHour / kMsPerMinute), 2);
    return QString::fromUtf16(text, 16);
}

QString fieldLabel(const QString &field)
{
    if (field == u"first_name") return EngineTr::tr("First name");
    if (field == u"last_name") return EngineTr::tr("Last name");
    if (field == u"email") return EngineTr::tr("E-mail");
    if (field == u"email_domain") return EngineTr::tr("E-mail domain");
    if (field == u"phone") return EngineTr::tr("Phone");
    if (field == u"title") return EngineTr::tr("Title");
    if (field == u"company") return EngineTr::tr("Company");
    if (field == u"company_size") return EngineTr::tr("Company size");
    if (field == u"industry") return EngineTr::tr("Industry");
    if (field == u"country") return EngineTr::tr("Country");
    if (field == u"source") return EngineTr::tr("Source");
    if (field == u"campaign") return EngineTr::tr("Campaign");
    return field;
}

// Rescoring every lead must not compile (and JIT) the same pattern once per lead.
// The cache is per thread (rescoring runs on a worker) and invisible to callers, so
// scoreLead stays pure.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it == cache.constEnd()) {
        if (cache.size() > 256) // models are edited, not generated: this only guards a leak
            cache.clear();
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                    | QRegularExpression::UseUnicodePropertiesOption));
    }
    return *it;
}

bool inList(QStringView value, const QStringList &entries, bool domainMatch)
{
    for (const QString &raw : entries) {
        const QStringView entry = QStringView(raw).trimmed();
        if (domainMatch && entry.endsWith(u".*")) {
            // "yahoo.*": the first label is yahoo and at least one label follows.
            const QStringView label = entry.chopped(1); // "yahoo."
            if (value.size() > label.size() && value.startsWith(label, Qt::CaseInsensitive))
                return true;
        } else if (!entry.isEmpty() && value.compare(entry, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool matchesActivity(const ScoringRule &rule, const Activity &activity)
{
    if (rule.activityType && activity.type != *rule.activityType)
        return false;
    if (rule.propertyName.isEmpty())
        return true;
    const QString value = activity.property(rule.propertyName);
    if (!rule.propertyContains.isEmpty() && !value.contains(rule.propertyContains, Qt::CaseInsensitive))
        return false;
    if (!rule.propertyEquals.isEmpty()
        && value.trimmed().compare(rule.propertyEquals.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    return !value.isEmpty();
}

// Total order so that "earliest" and "most recent" do not depend on input order.
bool earlier(const Activity *a, const Activity *b)
{
    return a->at < b->at || (a->at == b->at && a->id < b->id);
}

QString describeActivity(const ScoringRule &rule, const Activity &activity)
{
    const QString url = activity.property(QStringLiteral("url"));
    const QString asset = activity.property(QStringLiteral("asset"));
    if (activity.type == ActivityType::PageView && !url.isEmpty())
        return EngineTr::tr("Visited %1").arg(url);
    if (activity.type == ActivityType::ContentDownload && !asset.isEmpty())
        return EngineTr::tr("Downloaded “%1”").arg(asset);
    QString detail = activity.property(QStringLiteral("subject"));
    if (detail.isEmpty() && !rule.propertyName.isEmpty())
        detail = activity.property(rule.propertyName);
    const QString name = activityTypeDisplayName(activity.type);
    return detail.isEmpty() ? name : EngineTr::tr("%1 “%2”").arg(name, detail);
}

bool attributeFires(const ScoringModel &model, const ScoringRule &rule, const QString &value)
{
    switch (rule.kind) {
    case RuleKind::AttributePattern:
        return compiledPattern(rule.pattern).match(value).hasMatch();
    case RuleKind::AttributeInList:
        return !value.isEmpty() && inList(value, model.lists.value(rule.list), rule.domainMatch);
    case RuleKind::AttributeRange: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && (!rule.min || number >= *rule.min) && (!rule.max || number <= *rule.max);
    }
    default:
        return false;
    }
}

void scoreAttribute(const ScoringModel &model, const ScoringRule &rule, const LeadFields &fields,
                    RuleResult &result)
{
    const QString value = fields.value(rule.field).trimmed();
    result.fired = attributeFires(model, rule, value);
    if (!result.fired)
        return;
    if (rule.kind == RuleKind::AttributeRange)
        result.evidence = EngineTr::tr("%1 %2").arg(fieldLabel(rule.field), value);
    else
        result.evidence = EngineTr::tr("%1 “%2”").arg(fieldLabel(rule.field), value);
}

// Returns when time alone would stop this rule firing (its window losing the N-th activity).
std::optional<Timestamp> scoreActivityCount(const ScoringRule &rule, const QList<Activity> &activities,
                                            Timestamp now, RuleResult &result)
{
    const qint64 window = rule.withinDays ? qint64(*rule.withinDays) * kMsPerDay : 0;
    QVarLengthArray<const Activity *, 32> matching; // no allocation for a typical lead
    for (const Activity &activity : activities) {
        if (activity.at > now || (rule.withinDays && now - activity.at >= window))
            continue;
        if (matchesActivity(rule, activity))
            matching.append(&activity);
    }
    if (matching.size() < qsizetype(std::max(rule.minCount, 1)))
        return std::nullopt;

    result.fired = true;
    std::optional<Timestamp> change;
    const Activity *evidence = nullptr;
    if (rule.withinDays) {
        // Most recent first: it is the freshest proof, and the N-th one leaves the window first.
        std::sort(matching.begin(), matching.end(), [](auto *a, auto *b) { return earlier(b, a); });
        evidence = matching.front();
        change = matching.at(std::max(rule.minCount, 1) - 1)->at + window;
    } else {
        evidence = *std::min_element(matching.cbegin(), matching.cend(), earlier);
    }

    result.evidence = describeActivity(rule, *evidence) + QStringLiteral(" — ") + formatUtc(evidence->at);
    if (rule.withinDays && rule.minCount > 1)
        result.evidence += u' '
            + EngineTr::tr("(%1 in the last %n days)", nullptr, *rule.withinDays).arg(matching.size());
    else if (rule.minCount > 1)
        result.evidence += u' ' + EngineTr::tr("(%1 in total)").arg(matching.size());
    result.activityId = evidence->id;
    result.evidenceAt = evidence->at;
    return change;
}

// Returns when time alone would make this rule fire (inactivity reaching D days).
std::optional<Timestamp> scoreNoActivity(const ScoringRule &rule, Timestamp createdAt,
                                         const QList<Activity> &activities, Timestamp now, RuleResult &result)
{
    if (!rule.withinDays)
        return std::nullopt;
    const Activity *latest = nullptr;
    for (const Activity &activity : activities) {
        if (activity.at <= now && (!latest || earlier(latest, &activity)))
            latest = &activity;
    }
    // The lead's creation counts as an activity.
    const Timestamp last = latest ? std::max(createdAt, latest->at) : createdAt;
    const Timestamp firesAt = last + qint64(*rule.withinDays) * kMsPerDay;
    if (now < firesAt)
        return firesAt;

    result.fired = true;
    result.evidence = EngineTr::tr("No activity since %1").arg(formatUtc(last));
    result.evidenceAt = last;
    if (latest && latest->at >= createdAt)
        result.activityId = latest->id;
    return std::nullopt;
}
} // namespace

ScoreBreakdown scoreLead(const ScoringModel &model, const LeadFields &fields, Timestamp createdAt,
                         const QList<Activity> &activities, Timestamp now)
{
    ScoreBreakdown breakdown;
    breakdown.modelVersion = model.version;
    breakdown.rules.reserve(model.rules.size());
    for (const ScoringRule &rule : model.rules) {
        RuleResult result;
        result.ruleId = rule.id;
        result.label = rule.label;
        result.points = rule.points;
        std::optional<Timestamp> change;
        switch (rule.kind) {
        case RuleKind::AttributePattern:
        case RuleKind::AttributeInList:
        case RuleKind::AttributeRange:
            scoreAttribute(model, rule, fields, result);
            break;
        case RuleKind::ActivityCount:
            change = scoreActivityCount(rule, activities, now, result);
            break;
        case RuleKind::NoActivity:
            change = scoreNoActivity(rule, createdAt, activities, now, result);
            break;
        }
        if (result.fired)
            breakdown.total += rule.points;
        if (change && (!breakdown.nextChangeAt || *change < *breakdown.nextChangeAt))
            breakdown.nextChangeAt = change;
        breakdown.rules.append(std::move(result));
    }
    return breakdown;
}

bool attributeRuleFires(const ScoringModel &model, const ScoringRule &rule, const LeadFields &fields)
{
    return attributeFires(model, rule, fields.value(rule.field).trimmed());
}

bool activityMayChangeScore(const ScoringModel &model, const Activity &activity, Timestamp lastActivity,
                            Timestamp now)
{
    for (const ScoringRule &rule : model.rules) {
        if (rule.kind == RuleKind::ActivityCount && matchesActivity(rule, activity))
            return true;
        if (rule.kind == RuleKind::NoActivity && now - lastActivity >= qint64(rule.withinDays.value_or(0)) * kMsPerDay)
            return true;
    }
    return false;
}

} // namespace baton
