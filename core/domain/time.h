#pragma once

#include <QtGlobal>

namespace baton {

// UTC milliseconds since the Unix epoch. Every time in core is one of these;
// the UI converts to the user's time zone for display.
using Timestamp = qint64;

inline constexpr qint64 kMsPerMinute = 60LL * 1000;
inline constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
inline constexpr qint64 kMsPerDay = 24 * kMsPerHour;

} // namespace baton
