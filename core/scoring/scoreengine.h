#pragma once

#include "scorebreakdown.h"
#include "scoringmodel.h"

#include "domain/activity.h"
#include "domain/lead.h"
#include "domain/time.h"

#include <QList>

namespace baton {

// Scores one lead against a model as of `now`.
//
// Pure: same inputs, same result, no clock and no storage, so the pipeline, the
// backtest and the tests all call the same function. `activities` may be in any
// order; only those with at <= now count. Rules are described in scoringmodel.h;
// windows count an activity while now - at < D days, and a no-activity rule fires
// once now - max(createdAt, latest activity) >= D days.
ScoreBreakdown scoreLead(const ScoringModel &model, const LeadFields &fields, Timestamp createdAt,
                         const QList<Activity> &activities, Timestamp now);

// Whether an attribute rule (pattern, list, range) fires for these fields, as scoreLead() decides.
bool attributeRuleFires(const ScoringModel &model, const ScoringRule &rule, const LeadFields &fields);

// Whether recording `activity` can change the lead's score at `now`: true when an
// activity rule counts it, or when a no-activity rule fires now (the activity ends
// the inactivity). `lastActivity` is the lead's latest activity before this one
// (its creation when it has none). When false, the score before the activity
// stands, so the pipeline skips the rescore.
bool activityMayChangeScore(const ScoringModel &model, const Activity &activity, Timestamp lastActivity,
                            Timestamp now);

} // namespace baton
