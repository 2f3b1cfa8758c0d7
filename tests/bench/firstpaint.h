#pragma once

// Start to first painted board: the real `baton` and a bare QMainWindow
// (baton_bench_emptywindow), each run as a child process that reports the time
// from the top of its main() to its first paint, and its resident memory then.

#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::bench {

struct PaintRun
{
    double ms = 0;
    double rssMb = 0;
    int rows = 0; // cards in the painted list
};

struct PaintSeries
{
    QList<PaintRun> runs; // the first one is the first start after the database was copied

    PaintRun first() const { return runs.value(0); }
    // Medians over the runs after the first.
    double warmMs() const;
    double warmRssMb() const;
};

struct FirstPaint
{
    PaintSeries baton;
    PaintSeries empty;
};

// Runs baton (`--db database --as user`) and the empty window alternately,
// `warmRuns` + 1 times each, offscreen, with settings in a fresh folder under `scratch`.
Result<FirstPaint> measureFirstPaint(const QString &baton, const QString &emptyWindow, const QString &database,
                                     const QString &user, int warmRuns, const QString &scratch);

} // namespace baton::bench
