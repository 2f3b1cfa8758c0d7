#pragma once

#include "domain/time.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

// How one rule of the model came out for one lead.
struct RuleResult
{
    QString ruleId;
    QString label;
    int points = 0;
    bool fired = false;
    // Human text, e.g. "Visited https://x/pricing — 2026-11-20 14:02" (UTC), "Title “CTO”",
    // "Company size 120"; empty when not fired. The UI can re-render the time from
    // evidenceAt in the user's time zone.
    QString evidence;
    std::optional<qint64> activityId; // the activity that is the evidence, if any
    std::optional<Timestamp> evidenceAt;

    bool operator==(const RuleResult &) const = default;
};

// A lead's score with every point explained.
struct ScoreBreakdown
{
    int total = 0;
    int modelVersion = 0;
    QList<RuleResult> rules; // every rule of the model, in model order, fired or not
    // Earliest time > now at which time alone changes which rules fire (a windowed
    // activity falling out, inactivity reaching D days); nullopt if none. Lets the
    // pipeline schedule the next rescore instead of polling every lead.
    std::optional<Timestamp> nextChangeAt;

    QStringList firedRuleIds() const;
    int pointsTo(int threshold) const; // max(0, threshold - total)

    bool operator==(const ScoreBreakdown &) const = default;
};

} // namespace baton
