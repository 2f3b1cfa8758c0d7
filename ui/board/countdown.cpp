#include "countdown.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct CountdownTr
{
    Q_DECLARE_TR_FUNCTIONS(Countdown)
};

// Above two days, hours are too fine to read at a glance.
constexpr qint64 kDaysFrom = 2 * kMsPerDay;
} // namespace

Countdown reviewCountdown(Timestamp deadline, Timestamp assignedAt, Timestamp now)
{
    Countdown c;
    const qint64 left = deadline - now;
    if (left > 0) {
        if (left >= kDaysFrom)
            c.text = CountdownTr::tr("%1 d left").arg(left / kMsPerDay);
        else if (left >= kMsPerHour)
            c.text = CountdownTr::tr("%1 h left").arg(left / kMsPerHour);
        else
            c.text = CountdownTr::tr("%1 min left").arg((left + kMsPerMinute - 1) / kMsPerMinute);
    } else if (left == 0) {
        c.text = CountdownTr::tr("Due now");
    } else {
        const qint64 over = -left;
        if (over >= kDaysFrom)
            c.text = CountdownTr::tr("Overdue %1 d").arg(over / kMsPerDay);
        else if (over >= kMsPerHour)
            c.text = CountdownTr::tr("Overdue %1 h").arg(over / kMsPerHour);
        else
            c.text = CountdownTr::tr("Overdue %1 min").arg(qMax<qint64>(1, over / kMsPerMinute));
        c.band = CountdownBand::Breached;
        return c;
    }
    const qint64 span = deadline - assignedAt;
    const qint64 elapsed = now - assignedAt;
    if (span > 0 && elapsed * 4 >= span * 3)
        c.band = CountdownBand::Warn;
    return c;
}

} // namespace baton
