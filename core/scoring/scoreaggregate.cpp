#include "scoreaggregate.h"

#include "scoreengine.h"

#include <algorithm>

namespace baton {

namespace {
bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0 && c.unicode() < 0x80; });
}
} // namespace

AggregateScorer::AggregateScorer(const ScoringModel &model) : m_model(model)
{
    m_filters.append(ActivityFilter{}); // any activity
    m_slots.reserve(model.rules.size());
    for (const ScoringRule &rule : model.rules) {
        Slot slot;
        if (rule.kind == RuleKind::NoActivity) {
            slot.filter = 0;
        } else if (rule.kind == RuleKind::ActivityCount) {
            const ActivityFilter filter{rule.activityType ? activityTypeId(*rule.activityType) : QString(),
                                        rule.propertyName, rule.propertyContains, rule.propertyEquals};
            slot.exact = isExact(filter);
            // An inexact rule reads "any activity": a lead without any cannot fire it.
            slot.filter = slot.exact ? int(m_filters.indexOf(filter)) : 0;
            if (slot.filter < 0) {
                slot.filter = int(m_filters.size());
                m_filters.append(filter);
            }
        }
        m_slots.append(slot);
    }
}

bool AggregateScorer::isExact(const ActivityFilter &filter)
{
    return !filter.property.contains(QLatin1Char('"')) && isAscii(filter.contains) && isAscii(filter.equals);
}

std::optional<AggregateScore> AggregateScorer::score(const LeadFields &fields, Timestamp createdAt,
                                                     std::span<const FilterAggregate *const> perFilter,
                                                     Timestamp now) const
{
    AggregateScore out;
    for (qsizetype i = 0; i < m_model.rules.size(); ++i) {
        const ScoringRule &rule = m_model.rules.at(i);
        const Slot &slot = m_slots.at(i);
        const FilterAggregate *aggregate = slot.filter >= 0 ? perFilter[size_t(slot.filter)] : nullptr;
        // Every activity the engine would see is at or before now; later ones change what it counts.
        if (aggregate && aggregate->recent[0] && *aggregate->recent[0] > now)
            return std::nullopt;
        bool fired = false;
        std::optional<Timestamp> change;
        switch (rule.kind) {
        case RuleKind::AttributePattern:
        case RuleKind::AttributeInList:
        case RuleKind::AttributeRange: fired = attributeRuleFires(m_model, rule, fields); break;
        case RuleKind::ActivityCount: {
            if (!aggregate)
                break; // nothing passes the filter
            if (!slot.exact || aggregate->unsure > 0)
                return std::nullopt;
            const int needed = std::max(rule.minCount, 1);
            if (aggregate->matches < needed)
                break;
            if (!rule.withinDays) {
                fired = true;
                break;
            }
            // Counting activities less than D days old: at least N of them exactly when the
            // N-th most recent is, and the rule stops firing when that one leaves the window.
            const qint64 window = qint64(*rule.withinDays) * kMsPerDay;
            if (needed > kAggregateRecent) {
                if (now - *aggregate->recent[0] >= window)
                    break; // not even the most recent is in the window
                return std::nullopt;
            }
            const Timestamp nth = *aggregate->recent[size_t(needed - 1)];
            if (now - nth < window) {
                fired = true;
                change = nth + window;
            }
            break;
        }
        case RuleKind::NoActivity: {
            if (!rule.withinDays)
                break;
            // The lead's creation counts as an activity.
            const Timestamp last =
                aggregate && aggregate->recent[0] ? std::max(createdAt, *aggregate->recent[0]) : createdAt;
            const Timestamp firesAt = last + qint64(*rule.withinDays) * kMsPerDay;
            if (now < firesAt)
                change = firesAt;
            else
                fired = true;
            break;
        }
        }
        if (fired) {
            out.total += rule.points;
            out.fired.append(rule.id);
        }
        if (change && (!out.nextChangeAt || *change < *out.nextChangeAt))
            out.nextChangeAt = change;
    }
    return out;
}

} // namespace baton
