#include "reportcommand.h"

#include "cliio.h"

#include "domain/clock.h"
#include "kpi/weeklyreport.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace baton {

namespace {
struct ReportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString usage = ReportCommandTr::tr("baton report [--week 2026-W47] --out FILE.pdf|FILE.png [--db URL]");
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("week"), ReportCommandTr::tr("The ISO week to report on (default: last week)."),
                      QStringLiteral("YYYY-Www")});
    parser.addOption(
        {QStringLiteral("out"), ReportCommandTr::tr("The file to write: .pdf or .png."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("db"), ReportCommandTr::tr("Database file."), QStringLiteral("URL")});
    if (!parser.parse(QStringList{QStringLiteral("baton report")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("out")))
        return fail(ReportCommandTr::tr("usage: %1").arg(usage));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"png")
        return fail(ReportCommandTr::tr("--out: “%1” must end in .pdf or .png").arg(out));
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return fail(ReportCommandTr::tr("--out: the folder of “%1” does not exist").arg(out));

    SystemClock clock;
    std::pair<int, int> week = previousIsoWeek(clock.now());
    if (parser.isSet(QStringLiteral("week"))) {
        const auto parsed = parseIsoWeek(parser.value(QStringLiteral("week")));
        if (!parsed)
            return fail(ReportCommandTr::tr("--week: “%1” is not an ISO week like 2026-W47")
                            .arg(parser.value(QStringLiteral("week"))));
        week = *parsed;
    }

    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        location = dir + QStringLiteral("/baton.sqlite");
    }
    if (location != u":memory:" && !QFileInfo::exists(location.startsWith(u"sqlite:") ? location.mid(7) : location))
        return fail(ReportCommandTr::tr("%1: no such database").arg(location));
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(db.error());
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return fail(s.error());
    if (Status s = writeWeeklyReport(pipeline, week.first, week.second, out); !s)
        return fail(s.error(), Failed);
    QTextStream(stdout) << ReportCommandTr::tr("Wrote the report of week %1 of %2 to %3")
                               .arg(week.second)
                               .arg(week.first)
                               .arg(QDir::toNativeSeparators(out))
                        << Qt::endl;
    return Ok;
}

} // namespace baton
