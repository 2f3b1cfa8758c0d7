#include "importexport.h"

#include "cliio.h"

#include "domain/clock.h"
#include "io/csvexport.h"
#include "io/leadimport.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace baton {

namespace {

struct ImportExportTr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

// Duplicates are listed up to this many; errors are always listed in full.
constexpr int kListedDuplicates = 20;

// Returns -1 when parsing succeeded and the command should go on, else the exit code.
int parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments, const QString &usage)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), ImportExportTr::tr("Database file (or :memory:)."), QStringLiteral("URL")});
    if (!parser.parse(QStringList{QStringLiteral("baton ") + name} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    if (parser.positionalArguments().size() != 2)
        return fail(ImportExportTr::tr("usage: %1").arg(usage));
    return -1;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("mapping"),
         ImportExportTr::tr("How columns map to fields: auto (default), hubspot, salesforce, pipedrive, or a JSON "
                            "mapping file {\"columns\": {\"Header\": \"field\"}, \"date_order\": \"day_first\"}."),
         QStringLiteral("MAPPING"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("duplicates"),
         ImportExportTr::tr("Leads whose e-mail is already known: skip (default) or merge (fill their empty fields)."),
         QStringLiteral("skip|merge"), QStringLiteral("skip")});
    parser.addOption(
        {QStringLiteral("dry-run"), ImportExportTr::tr("Report what the import would do and change nothing.")});
    parser.addOption({QStringLiteral("as"),
                      ImportExportTr::tr("The user who imports (default: system); merging needs a marketing role."),
                      QStringLiteral("USER")});
    const QString usage = ImportExportTr::tr(
        "baton import leads|activities FILE.csv [--mapping auto|hubspot|salesforce|pipedrive|MAP.json] "
        "[--duplicates skip|merge] [--dry-run] [--as USER] [--db URL]\n\n"
        "Dates: 2026-01-05, 2026-01-05 14:02 or ISO-8601, taken as UTC without a zone. Slash dates are "
        "month/day/year, except day/month/year when the headers are French or the mapping file says "
        "\"date_order\": \"day_first\". A company size range such as 50-200 counts as its lower bound.\n"
        "All or nothing: any error stops the import, lists every error and leaves the database unchanged.");
    if (const int code = parse(parser, QStringLiteral("import"), arguments, usage); code >= 0)
        return code;

    ImportOptions options;
    const QString kindName = parser.positionalArguments().at(0);
    if (kindName == u"leads")
        options.kind = ImportKind::Leads;
    else if (kindName == u"activities")
        options.kind = ImportKind::Activities;
    else
        return fail(ImportExportTr::tr("import: “%1” is not leads or activities").arg(kindName));

    const QString mapping = parser.value(QStringLiteral("mapping"));
    if (mapping != u"auto") {
        options.preset = ColumnMapping::presetFromName(mapping);
        if (!options.preset) {
            QFile mapFile(mapping);
            if (!mapFile.open(QIODevice::ReadOnly))
                return fail(ImportExportTr::tr(
                                "--mapping: “%1” is not auto, hubspot, salesforce, pipedrive or a readable JSON file")
                                .arg(mapping));
            options.mappingJson = mapFile.readAll();
        }
    }
    const QString duplicates = parser.value(QStringLiteral("duplicates"));
    if (duplicates == u"merge")
        options.duplicates = DuplicatePolicy::Merge;
    else if (duplicates != u"skip")
        return fail(ImportExportTr::tr("--duplicates: “%1” is not skip or merge").arg(duplicates));
    if (parser.isSet(QStringLiteral("as")))
        options.by = parser.value(QStringLiteral("as"));

    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ImportExportTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray csv = file.readAll();
    file.close();

    Result<std::unique_ptr<Database>> db = Database::open(databaseLocation(parser));
    if (!db)
        return fail(db.error());
    db.value()->useBulkCache();
    SystemClock clock;
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return fail(s.error(), Failed);

    QElapsedTimer timer;
    timer.start();
    LeadImport importer(pipeline);
    const ImportPlan plan = importer.plan(csv, options);
    out() << path << QStringLiteral(": ");
    for (const QString &line : plan.summary())
        out() << line << Qt::endl;
    for (qsizetype i = 0; i < plan.duplicates.size() && i < kListedDuplicates; ++i)
        out() << ImportExportTr::tr("  duplicate: %1").arg(plan.duplicates.at(i).text()) << Qt::endl;
    if (plan.duplicates.size() > kListedDuplicates)
        out() << ImportExportTr::tr("  … and %n more duplicate(s)", nullptr,
                                    int(plan.duplicates.size() - kListedDuplicates))
              << Qt::endl;
    out().flush();

    if (!plan.ok()) {
        for (const ImportIssue &issue : plan.errors)
            err() << path << QStringLiteral(": ") << issue.text() << Qt::endl;
        return fail(
            ImportExportTr::tr("%1: %n error(s); nothing was imported", nullptr, int(plan.errors.size())).arg(path));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out() << ImportExportTr::tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    const qint64 planned = timer.elapsed();
    if (Status s = importer.apply(plan); !s)
        return fail(ImportExportTr::tr("%1: %2; nothing was imported").arg(path, s.error()), Failed);
    const qint64 total = timer.elapsed();
    const QString done =
        options.kind == ImportKind::Leads
            ? ImportExportTr::tr("Imported %n lead(s)", nullptr, int(plan.newLeads.size()))
            : ImportExportTr::tr("Imported %n activity record(s)", nullptr, int(plan.activities.size()));
    out() << ImportExportTr::tr("%1 in %2 ms (checking %3 ms, writing %4 ms).")
                 .arg(done)
                 .arg(total)
                 .arg(planned)
                 .arg(total - planned)
          << Qt::endl;
    return Ok;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString usage = ImportExportTr::tr("baton export leads|activities|events FILE.csv [--db URL]");
    if (const int code = parse(parser, QStringLiteral("export"), arguments, usage); code >= 0)
        return code;
    const QString kindName = parser.positionalArguments().at(0);
    const std::optional<ExportKind> kind = CsvExport::kindFromName(kindName);
    if (!kind)
        return fail(ImportExportTr::tr("export: “%1” is not leads, activities or events").arg(kindName));
    const QString location = databaseLocation(parser);
    if (location != u":memory:" && !QFileInfo::exists(location))
        return fail(ImportExportTr::tr("%1: no such database").arg(location));
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return fail(db.error());
    const QString path = parser.positionalArguments().at(1);
    Result<int> written = CsvExport(*db.value()).writeFile(*kind, path);
    if (!written)
        return fail(written.error(), Failed);
    out() << ImportExportTr::tr("Exported %1 %2 to %3").arg(written.value()).arg(kindName, path) << Qt::endl;
    return Ok;
}

} // namespace baton
