#include "clock.h"

#include <QDateTime>

namespace baton {

Timestamp SystemClock::now() const
{
    // The one place core reads the system clock.
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace baton
