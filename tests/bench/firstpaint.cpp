#include "firstpaint.h"

#include "benchtable.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace baton::bench {

namespace {

constexpr int kChildTimeoutMs = 120 * 1000;

Result<PaintRun> runOnce(const QString &program, const QStringList &args, const QString &scratch)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BATON_FIRST_PAINT_REPORT"), QStringLiteral("1"));
    // A first start: no remembered window, view, filter or user.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(scratch).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(scratch).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(scratch).filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        return Error{QStringLiteral("cannot run %1: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(kChildTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{QStringLiteral("%1 did not report its first paint within %2 s")
                         .arg(QDir(program).dirName())
                         .arg(kChildTimeoutMs / 1000)};
    }
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    static const QRegularExpression report(QStringLiteral(R"(first_paint_ms=([0-9.]+) rss_kb=(-?\d+) rows=(\d+))"));
    const QRegularExpressionMatch m = report.match(out);
    if (process.exitCode() != 0 || !m.hasMatch())
        return Error{QStringLiteral("%1 %2 gave no first-paint report (exit code %3): %4")
                         .arg(QDir(program).dirName(), args.join(QLatin1Char(' ')))
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(500))};
    return PaintRun{m.captured(1).toDouble(), m.captured(2).toDouble() / 1024.0, m.captured(3).toInt()};
}

} // namespace

double PaintSeries::warmMs() const
{
    QList<double> v;
    for (qsizetype i = 1; i < runs.size(); ++i)
        v << runs.at(i).ms;
    return median(v);
}

double PaintSeries::warmRssMb() const
{
    QList<double> v;
    for (qsizetype i = 1; i < runs.size(); ++i)
        v << runs.at(i).rssMb;
    return median(v);
}

Result<FirstPaint> measureFirstPaint(const QString &baton, const QString &emptyWindow, const QString &database,
                                     const QString &user, int warmRuns, const QString &scratch)
{
    FirstPaint result;
    const QStringList batonArgs{QStringLiteral("--db"), database, QStringLiteral("--as"), user};
    // Alternate the two, so a slow moment of the machine costs both alike.
    for (int i = 0; i <= warmRuns; ++i) {
        Result<PaintRun> e = runOnce(emptyWindow, {}, scratch);
        if (!e)
            return Error{e.error()};
        result.empty.runs << e.value();
        Result<PaintRun> b = runOnce(baton, batonArgs, scratch);
        if (!b)
            return Error{b.error()};
        result.baton.runs << b.value();
    }
    return result;
}

} // namespace baton::bench
