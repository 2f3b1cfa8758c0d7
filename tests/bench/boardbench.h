#pragma once

// The board measurements: Baton's main window on a copy of a pipeline, offscreen,
// in this process. Filter and search times, and the latency of accept, reject and
// drag actions until the board has repainted.

#include "domain/result.h"
#include "domain/time.h"

#include <QList>
#include <QMap>
#include <QString>

namespace baton {
class Theme;
}

namespace baton::bench {

struct FilterTime
{
    QString name;  // "text “an”", "owner ana", ...
    double ms = 0; // median of the repeats
};

struct BoardTimes
{
    QList<FilterTime> filters;
    QList<double> actions;               // ms, every action that core accepted
    QMap<QString, QList<double>> byKind; // accept, reject, drag
    int failures = 0;                    // actions core refused (not timed)
    QString firstFailure;
    int fallbackRepaints = 0; // columns repainted by hand because the event loop had not painted them

    const FilterTime *slowestFilter() const;
};

// Writes to `database`: give it a copy. The clock starts at `now` and moves one
// second per action. The actions are taken as `user` (a sales manager may do all of them).
Result<BoardTimes> measureBoard(const QString &database, Timestamp now, const Theme &theme, const QString &user,
                                int actions, int filterRepeats);

} // namespace baton::bench
