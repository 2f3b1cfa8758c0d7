#include "pipelinecache.h"

#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QTimeZone>

namespace baton::bench {

Timestamp demoEnd()
{
    return QDateTime::fromString(QString::fromLatin1(kDemoEnd), Qt::ISODate).toMSecsSinceEpoch();
}

PipelineCache::PipelineCache(QString directory, QString baton, bool regenerate)
    : m_directory(std::move(directory)), m_baton(std::move(baton)), m_regenerate(regenerate)
{}

QString PipelineCache::key(const PipelineSpec &spec)
{
    const QString end = QString::fromLatin1(kDemoEnd).left(10); // the day is enough: it is always midnight
    return QStringLiteral("%1-%2leads-%3act-seed%4-end%5-schema%6-v%7.sqlite")
        .arg(spec.name)
        .arg(spec.leads)
        .arg(spec.activities)
        .arg(spec.seed)
        .arg(end)
        .arg(Database::latestSchemaVersion())
        .arg(kCacheStamp);
}

Result<Generated> PipelineCache::get(const PipelineSpec &spec)
{
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("cannot create the cache folder %1").arg(m_directory)};
    const QString path = QDir(m_directory).filePath(key(spec));
    if (QFileInfo::exists(path) && !m_regenerate)
        return Generated{path, std::nullopt};

    // Generated under another name and renamed when complete, so an interrupted
    // generation never leaves a file that looks cached.
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    QTextStream(stderr) << QStringLiteral("Generating %1 (%2 leads, %3 activities each) into the cache…")
                               .arg(spec.name)
                               .arg(spec.leads)
                               .arg(spec.activities)
                        << Qt::endl;
    Result<double> seconds = generate(spec, partial);
    if (!seconds) {
        removeDatabase(partial);
        return Error{seconds.error()};
    }
    removeDatabase(path);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(partial + suffix) && !QFile::rename(partial + suffix, path + suffix))
            return Error{QStringLiteral("cannot rename %1 to %2").arg(partial + suffix, path + suffix)};
    }
    QTextStream(stderr) << QStringLiteral("Generated %1 in %2 s").arg(spec.name).arg(seconds.value(), 0, 'f', 1)
                        << Qt::endl;
    return Generated{path, seconds.value()};
}

Result<double> PipelineCache::generate(const PipelineSpec &spec, const QString &out) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CI"), QStringLiteral("1")); // no progress line
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList args{QStringLiteral("demo"),
                           QStringLiteral("--leads"),
                           QString::number(spec.leads),
                           QStringLiteral("--activities"),
                           QString::number(spec.activities),
                           QStringLiteral("--seed"),
                           QString::number(spec.seed),
                           QStringLiteral("--end"),
                           QString::fromLatin1(kDemoEnd),
                           QStringLiteral("--out"),
                           out};
    QElapsedTimer timer;
    timer.start();
    process.start(m_baton, args);
    if (!process.waitForStarted())
        return Error{QStringLiteral("cannot run %1: %2").arg(m_baton, process.errorString())};
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{QStringLiteral("`baton %1` failed (exit code %2)")
                         .arg(args.join(QLatin1Char(' ')))
                         .arg(process.exitCode())};
    return seconds;
}

Status copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    if (!QFile::copy(from, to))
        return Error{QStringLiteral("cannot copy %1 to %2").arg(from, to)};
    // A cached file is complete (its WAL, if any, is copied along).
    if (QFileInfo::exists(from + QStringLiteral("-wal"))
        && !QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")))
        return Error{QStringLiteral("cannot copy %1-wal").arg(from)};
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace baton::bench
