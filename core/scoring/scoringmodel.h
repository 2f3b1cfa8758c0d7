#pragma once

// A scoring model is data that marketing managers edit, so it lives as JSON
// (in the database, in scenario files, and as the compiled-in default). Shape:
//
// {
//   "version": 1,                               positive integer, required
//   "name": "Default model",                    optional
//   "lists": {                                  optional; name -> array of strings
//     "icp_industries": ["Software", "SaaS"],
//     "personal_domains": ["gmail.com", "yahoo.*"]
//   },
//   "rules": [                                  required; evaluated and shown in this order
//     { "id": "senior_title", "label": "Senior title", "points": 20,
//       "kind": "attribute_pattern", "field": "title", "pattern": "\\b(?:CEO|VP)\\b" },
//     { ..., "kind": "attribute_in_list", "field": "email_domain", "list": "personal_domains",
//       "domain_match": true },
//     { ..., "kind": "attribute_range", "field": "company_size", "min": 50, "max": 500 },
//     { ..., "kind": "activity_count", "activity_type": "page_view", "property": "url",
//       "property_contains": "/pricing", "property_equals": "...", "min_count": 3, "within_days": 7 },
//     { ..., "kind": "no_activity", "within_days": 30 }
//   ]
// }
//
// Every rule needs id (unique), points (integer) and kind; label defaults to the id.
// attribute_*: "field" is a LeadFields::value() id or "email_domain".
// attribute_range: at least one of "min"/"max" (inclusive).
// activity_count: "activity_type" omitted = any type; "property_contains"/"property_equals"
//   need "property"; "property" alone means the property must be non-empty;
//   "min_count" defaults to 1; "within_days" omitted = ever.
// no_activity: "within_days" required.
// A key that does not belong to the rule's kind is an error, so a typo never silently
// turns a filter off.

#include "domain/activity.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

enum class RuleKind { AttributePattern, AttributeInList, AttributeRange, ActivityCount, NoActivity };

QString ruleKindId(RuleKind kind); // "attribute_pattern", ...
std::optional<RuleKind> ruleKindFromId(const QString &id);

struct ScoringRule
{
    QString id;
    QString label;
    int points = 0;
    RuleKind kind = RuleKind::AttributePattern;

    QString field;  // attribute rules: a LeadFields::value() id, incl. "email_domain"
    QString pattern; // AttributePattern: regular expression, matched case-insensitively
    QString list;    // AttributeInList: name of a list in ScoringModel::lists
    // AttributeInList: entries like "yahoo.*" match any domain whose first label is
    // yahoo; other entries match the whole value.
    bool domainMatch = false;
    std::optional<double> min, max; // AttributeRange, inclusive; empty/non-numeric never fires

    std::optional<ActivityType> activityType; // ActivityCount; nullopt = any type
    QString propertyName;     // optional property filter on the activity, e.g. "url"
    QString propertyContains; // case-insensitive substring match of that property
    QString propertyEquals;   // case-insensitive equality of that property
    int minCount = 1;         // ActivityCount: at least N matching activities
    // ActivityCount: only activities less than D days old; NoActivity: D (required).
    std::optional<int> withinDays;

    bool operator==(const ScoringRule &) const = default;
};

struct ScoringModel
{
    int version = 1;
    QString name;
    QHash<QString, QStringList> lists; // "icp_industries", "target_markets", "personal_domains"
    QList<ScoringRule> rules;

    // Errors name the rule (1-based position and id) and the key that is wrong.
    static Result<ScoringModel> fromJson(const QByteArray &json);
    QByteArray toJson() const; // round-trips through fromJson
    // The compiled-in ":/baton/core/default_model.json".
    static ScoringModel defaultModel();

    bool operator==(const ScoringModel &) const = default;
};

} // namespace baton
