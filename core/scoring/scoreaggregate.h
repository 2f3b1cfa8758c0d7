#pragma once

#include "domain/lead.h"
#include "domain/time.h"
#include "scoringmodel.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace baton {

// Scoring from per-lead activity aggregates instead of the activities themselves, so that
// rescoring every lead after a model change reads no raw history. The database keeps the
// aggregates (migration 0006: score_filters, score_aggregates); this is the pure part.

// The activity test of an activity_count rule, spelled as the model's JSON spells it (the
// key of score_filters). type "" = any type (also the filter of no_activity rules),
// property "" = no property test.
struct ActivityFilter
{
    QString type;
    QString property;
    QString contains;
    QString equals;

    bool operator==(const ActivityFilter &) const = default;
};

// One score_aggregates row: one lead's activities that pass one filter.
inline constexpr int kAggregateRecent = 4; // recent times kept: windowed rules up to min_count 4
struct FilterAggregate
{
    qint64 matches = 0; // activities that pass
    qint64 unsure = 0;  // activities the database could not classify
    // `at` of the most recent passing activities, newest first; missing when fewer.
    std::array<std::optional<Timestamp>, kAggregateRecent> recent;
};

// A lead's score without the evidence texts: what a rescore stores.
struct AggregateScore
{
    int total = 0;
    QStringList fired; // rule ids, model order
    std::optional<Timestamp> nextChangeAt;
};

// Scores leads as scoreLead() would from their activities, from the aggregates of the
// filters the model's activity rules read.
class AggregateScorer
{
public:
    explicit AggregateScorer(const ScoringModel &model);

    // The filters whose aggregates score() needs, each once. "Any activity" is always one:
    // no_activity rules read it, and so does a rule whose filter is not exact (see below).
    const QList<ActivityFilter> &filters() const { return m_filters; }

    // Given each filter's aggregate for the lead (same order as filters(); nullptr when no
    // activity passes it), the lead's score, or nullopt when the aggregates cannot decide
    // exactly: activities the database could not classify or dated after `now`, a window
    // needing more recent times than kept, or a rule whose filter is not exact while the lead
    // has activities. The caller then scores the lead from its raw activities.
    std::optional<AggregateScore> score(const LeadFields &fields, Timestamp createdAt,
                                        std::span<const FilterAggregate *const> perFilter, Timestamp now) const;

    // Whether the database classifies activities for `filter` exactly as the scoring engine
    // does: SQLite's lower() and trim() agree with Qt's case-insensitive comparison and
    // trimmed() on ASCII text only, and a property name with a double quote is no JSON path.
    static bool isExact(const ActivityFilter &filter);

private:
    struct Slot
    {
        int filter = -1; // index in m_filters; -1 for attribute rules
        bool exact = true;
    };
    const ScoringModel &m_model;
    QList<ActivityFilter> m_filters;
    QList<Slot> m_slots; // one per rule
};

} // namespace baton
