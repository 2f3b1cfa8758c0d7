#pragma once

#include "scoring/scorebreakdown.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace baton {

// One line of the score breakdown as the lead pane and the triage chips show it.
struct BreakdownRow
{
    QString ruleId;
    QString label;      // "Visited pricing page"
    QString evidence;   // "Visited /pricing — 20 Nov 14:02" in the user's time zone; empty when not fired
    QString pointsText; // "+20", "−10": what the rule gives, or would give if it fired
    bool fired = false;
    int points = 0;

    bool operator==(const BreakdownRow &) const = default;
};

// The rules that fired, in model order, then those that did not (UI.md "Score
// breakdown"). Evidence times are re-rendered from evidenceAt in `zone`; the year
// is shown only when it is not `reference`'s year.
QList<BreakdownRow> breakdownRows(const ScoreBreakdown &breakdown, const QTimeZone &zone,
                                  std::optional<Timestamp> reference = std::nullopt);

// Core writes evidence times as UTC "2026-11-20 14:02"; this swaps that for local time.
QString localEvidence(const RuleResult &rule, const QTimeZone &zone, std::optional<Timestamp> reference);

// "Senior title +20": a fired rule as a compact chip.
QString chipText(const BreakdownRow &row);

} // namespace baton
