#pragma once

#include "kpi/standupdeck.h"
#include "standuptheme.h"

#include <QString>
#include <QTimeZone>

namespace baton::standup {

// The words stand-up mode writes, kept apart from painting so tests pin them and
// translators see them in one place.

// "Leads", "MQLs", "Hand-offs", ... for a week figure id.
QString figureLabel(const QString &id);

// A week-on-week change: an arrow, a word and a tone, never the colour alone.
struct DeltaText
{
    QString arrow;    // "▲", "▼" or "="
    QString change;   // "12 more", "3 fewer", "no change"
    QString previous; // "week before: 40"
    Tone tone = Tone::Neutral;
};
DeltaText deltaText(const StandupWeekFigure &figure);

// "€950", "€9.5k", "€412k", "€1.2M".
QString compactMoney(double amount);
// "3 d 4 h", "5 h 20 min", "45 min", "under a minute": the two largest units.
QString shortDuration(qint64 ms);
// Whole days: "41 days", "1 day", "0 days".
QString daysText(double days);
// "12 – 18 Jan 2026" for an ISO week (shown in UTC, as the weeks are cut).
QString weekText(const KpiPeriod &week);
// "Mon 16 Nov" in `zone`.
QString dayText(Timestamp at, const QTimeZone &zone);

// Targets slide.
QString kpiName(const QString &kpiId);
QString kpiValueText(const StandupTarget &target); // "96 %", "31.5 h", "4.2 min", "—"
QString targetText(const StandupTarget &target);   // "Target: at least 95 %", "Target: 25 – 35 %"
QString statusText(TargetStatus status);           // "On target", "Below target", "No data yet"...
QString statusMark(TargetStatus status);           // "✓", "▼", "▲", "–"
Tone statusTone(TargetStatus status);

// Breaches slide: "Overdue 3 d 4 h", "Decided 5 h late", "Never decided · 2 d late".
QString breachText(const StandupBreach &breach);
Tone breachTone(const StandupBreach &breach);

// Footer: "Since the last stand-up (Mon 16 Nov):" and "42 hand-offs · 38 decisions · 3 breaches · 5 wins";
// on the first stand-up a sentence that says so, and no counts.
struct MarkerText
{
    QString label;
    QString counts;
};
MarkerText markerText(const StandupMarker &marker, const QTimeZone &zone);

// "3 / 7", and what the footer says while the deck stands still.
QString pageText(int index, int count);
QString pausedText();

} // namespace baton::standup
