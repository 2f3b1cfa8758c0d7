#include "scorebreakdown.h"

#include <algorithm>

namespace baton {

QStringList ScoreBreakdown::firedRuleIds() const
{
    QStringList ids;
    for (const RuleResult &rule : rules) {
        if (rule.fired)
            ids.append(rule.ruleId);
    }
    return ids;
}

int ScoreBreakdown::pointsTo(int threshold) const
{
    return std::max(0, threshold - total);
}

} // namespace baton
