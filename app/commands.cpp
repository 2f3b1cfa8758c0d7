#include "commands.h"

#include "cliio.h"
#include "domain/clock.h"
#include "importexport.h"
#include "io/demogenerator.h"
#include "io/scenarioreplay.h"
#include "kpi/kpiengine.h"
#include "pipeline/pipelineservice.h"
#include "reportcommand.h"
#include "storage/consistency.h"
#include "storage/database.h"
#include "storage/kpisource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace baton {

namespace {

struct CommandTr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), CommandTr::tr("Database file (or :memory:)."),
                              QStringLiteral("URL"));
}

// Parses `arguments` (the sub-command name first); on a bad argument prints
// what is wrong and returns false.
bool parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments, int positional,
           const QString &usage)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("baton ") + name} + arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        fail(CommandTr::tr("usage: %1").arg(usage));
        return false;
    }
    return true;
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QString usage = CommandTr::tr("baton replay SCENARIO.jsonl [--db URL]");
    if (!parse(parser, QStringLiteral("replay"), arguments, 1, usage))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;

    const QString scenario = parser.positionalArguments().constFirst();
    if (!QFileInfo::exists(scenario))
        return fail(CommandTr::tr("%1: no such file").arg(scenario));
    Result<std::unique_ptr<Database>> db = Database::open(
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : QStringLiteral(":memory:"));
    if (!db)
        return fail(db.error());
    ManualClock clock;
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return fail(s.error());
    ScenarioReplay replayer(pipeline, clock);
    Result<ReplayReport> report = replayer.runFile(scenario);
    if (!report)
        return fail(QStringLiteral("%1: %2").arg(scenario, report.error()));
    for (const QString &failure : report->failures)
        err() << scenario << QStringLiteral(": ") << failure << Qt::endl;
    out() << CommandTr::tr("%1: %2 lines, %3 expectations, %4 failed")
                 .arg(scenario)
                 .arg(report->lines)
                 .arg(report->expectations)
                 .arg(report->failures.size())
          << Qt::endl;
    return report->passed() ? Ok : Failed;
}

QString formatValue(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QStringLiteral("—");
}

int kpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("from"), CommandTr::tr("Start of the period (date or UTC time), included."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), CommandTr::tr("End of the period, excluded (default: --asof)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("asof"), CommandTr::tr("Compute as the log stood at this time (default: now)."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("json"), CommandTr::tr("Print JSON instead of a table.")});
    const QString usage = CommandTr::tr("baton kpi [--from DATE] [--to DATE] [--asof TIME] [--json] [--db URL]");
    if (!parse(parser, QStringLiteral("kpi"), arguments, 0, usage))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;

    const auto timeArg = [&](const QString &name, Timestamp fallback) -> std::optional<Timestamp> {
        if (!parser.isSet(name))
            return fallback;
        return parseTime(parser.value(name));
    };
    SystemClock clock;
    const std::optional<Timestamp> asof = timeArg(QStringLiteral("asof"), clock.now());
    if (!asof)
        return fail(CommandTr::tr("--asof: “%1” is not a date or an ISO-8601 UTC time")
                        .arg(parser.value(QStringLiteral("asof"))));
    const std::optional<Timestamp> to = timeArg(QStringLiteral("to"), *asof);
    if (!to)
        return fail(
            CommandTr::tr("--to: “%1” is not a date or an ISO-8601 UTC time").arg(parser.value(QStringLiteral("to"))));
    const std::optional<Timestamp> from = timeArg(QStringLiteral("from"), *to - 30 * kMsPerDay);
    if (!from)
        return fail(CommandTr::tr("--from: “%1” is not a date or an ISO-8601 UTC time")
                        .arg(parser.value(QStringLiteral("from"))));
    if (*to < *from)
        return fail(CommandTr::tr("--to is before --from"));

    const QString location = databaseLocation(parser);
    if (location != u":memory:" && !QFileInfo::exists(location))
        return fail(CommandTr::tr("%1: no such database").arg(location));
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(db.error());
    const KpiReport report = queryKpis(*db.value(), KpiPeriod{*from, *to, *asof});
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    out() << CommandTr::tr("KPIs from %1 to %2, as of %3").arg(formatTime(*from), formatTime(*to), formatTime(*asof))
          << Qt::endl;
    for (const QString &id : KpiReport::kpiIds())
        out() << QStringLiteral("  %1 %2").arg(id, -40).arg(formatValue(report.value(id))) << Qt::endl;
    return Ok;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QString usage = CommandTr::tr("baton check [--db URL]");
    if (!parse(parser, QStringLiteral("check"), arguments, 0, usage))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QString location = databaseLocation(parser);
    if (location != u":memory:" && !QFileInfo::exists(location))
        return fail(CommandTr::tr("%1: no such database").arg(location));
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(db.error());
    if (Status s = db.value()->check(true); !s)
        return fail(CommandTr::tr("%1: integrity check failed: %2").arg(location, s.error()), Failed);
    const QStringList problems = checkConsistency(*db.value());
    for (const QString &p : problems)
        err() << p << Qt::endl;
    if (!problems.isEmpty())
        return fail(
            CommandTr::tr("%1: %n lead(s) disagree with the event log", nullptr, int(problems.size())).arg(location),
            Failed);
    out() << CommandTr::tr("%1: ok (schema version %2)").arg(location).arg(db.value()->schemaVersion()) << Qt::endl;
    return Ok;
}

int backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QString usage = CommandTr::tr("baton backup DEST [--db URL]");
    if (!parse(parser, QStringLiteral("backup"), arguments, 1, usage))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QString location = databaseLocation(parser);
    if (!QFileInfo::exists(location))
        return fail(CommandTr::tr("%1: no such database").arg(location));
    const QString dest = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(dest))
        return fail(CommandTr::tr("%1 already exists; choose a new file name").arg(dest));
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(db.error());
    if (Status s = db.value()->backupTo(dest); !s)
        return fail(CommandTr::tr("backup failed: %1").arg(s.error()), Failed);
    out() << CommandTr::tr("Backed up %1 to %2").arg(location, dest) << Qt::endl;
    return Ok;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("leads"), CommandTr::tr("Number of leads (default 2000)."), QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("out"), CommandTr::tr("The new database file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("seed"), CommandTr::tr("Random seed: same seed, same pipeline (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("end"), CommandTr::tr("The demo's \"now\" (default: the current hour)."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("activities"), CommandTr::tr("Activities per lead, on average (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    const QString usage = CommandTr::tr("baton demo --leads N --out FILE [--seed S] [--end TIME] [--activities N]");
    if (!parse(parser, QStringLiteral("demo"), arguments, 0, usage))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    if (!parser.isSet(QStringLiteral("out")))
        return fail(CommandTr::tr("--out FILE is required"));
    DemoOptions options;
    bool ok = false;
    options.leads = parser.value(QStringLiteral("leads")).toInt(&ok);
    if (!ok || options.leads < 1)
        return fail(
            CommandTr::tr("--leads: “%1” is not a positive whole number").arg(parser.value(QStringLiteral("leads"))));
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(CommandTr::tr("--seed: “%1” is not a whole number").arg(parser.value(QStringLiteral("seed"))));
    options.activitiesPerLead = parser.value(QStringLiteral("activities")).toInt(&ok);
    if (!ok || options.activitiesPerLead < 1 || options.activitiesPerLead > 200)
        return fail(CommandTr::tr("--activities: “%1” is not a whole number from 1 to 200")
                        .arg(parser.value(QStringLiteral("activities"))));
    if (parser.isSet(QStringLiteral("end"))) {
        const std::optional<Timestamp> end = parseTime(parser.value(QStringLiteral("end")));
        if (!end)
            return fail(
                CommandTr::tr("--end: “%1” is not an ISO-8601 UTC time").arg(parser.value(QStringLiteral("end"))));
        options.end = *end;
    }
    const bool interactive = qEnvironmentVariableIsEmpty("CI");
    options.progress = [interactive](int done, int total) {
        if (interactive)
            err() << QStringLiteral("\r") << CommandTr::tr("Generating leads: %1 / %2").arg(done).arg(total)
                  << Qt::flush;
        return true;
    };
    const QString file = parser.value(QStringLiteral("out"));
    if (Status s = generateDemo(file, options); !s)
        return fail(s.error(), Failed);
    if (interactive)
        err() << Qt::endl;
    out() << CommandTr::tr("Wrote a demo pipeline of %1 leads to %2").arg(options.leads).arg(file) << Qt::endl;
    return Ok;
}

} // namespace

bool isCommand(const QString &name)
{
    return name == u"replay" || name == u"kpi" || name == u"check" || name == u"backup" || name == u"demo"
           || name == u"import" || name == u"export" || name == u"report";
}

int runCommand(const QString &name, const QStringList &arguments)
{
    if (name == u"replay")
        return replay(arguments);
    if (name == u"kpi")
        return kpi(arguments);
    if (name == u"check")
        return check(arguments);
    if (name == u"backup")
        return backup(arguments);
    if (name == u"demo")
        return demo(arguments);
    if (name == u"import")
        return runImport(arguments);
    if (name == u"export")
        return runExport(arguments);
    if (name == u"report")
        return runReport(arguments);
    return fail(CommandTr::tr("unknown command “%1”").arg(name));
}

} // namespace baton
