#pragma once

#include "domain/time.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace baton {

// How the lead pane and the triage queue write times, durations and points.
// Plain functions so the tests pin the wording; times are shown in `zone`
// (the user's, in the app) and core's UTC milliseconds never reach the screen raw.

// "20 Nov 14:02"; the year is added when it differs from `reference`'s year
// (or always, without a reference).
QString formatWhen(Timestamp at, const QTimeZone &zone, std::optional<Timestamp> reference = std::nullopt);

// "+20", "−10" (a true minus sign), "0".
QString signedPoints(int points);

// "3 d 4 h", "11 h", "45 min", "under a minute": the two largest units, for durations in
// the history ("accepted after 3 h 20 min"). Review countdowns use the board's
// reviewCountdown() so a card and the pane never disagree.
QString durationText(qint64 ms);

// "12 points to SQL-ready", "28 points to MQL", or "Sales-ready" at or above `sqlThreshold`.
QString thresholdText(int total, int mqlThreshold, int sqlThreshold);

// "AR" for "Ana Ruiz", for owner badges.
QString initials(const QString &name);

} // namespace baton
