#include "measurements.h"

#include "benchtable.h"
#include "domain/clock.h"
#include "io/cellvalue.h"
#include "io/csvreader.h"
#include "io/leadimport.h"
#include "kpi/kpiengine.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/kpisource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <random>

namespace baton::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The demo's team, so imported leads are handed off as in a real pipeline.
Status addTeam(PipelineService &pipeline)
{
    const QList<User> team{
        {QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("chloe"), QStringLiteral("Chloé Martin"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("david"), QStringLiteral("David Novak"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("sofia"), QStringLiteral("Sofia Marchetti"), Role::SalesManager, true, false, -1, 0},
        {QStringLiteral("marc"), QStringLiteral("Marc Petit"), Role::MarketingManager, true, false, -1, 0},
    };
    for (const User &u : team) {
        if (Status s = pipeline.saveUser(u); !s)
            return s;
    }
    return {};
}

Result<qint64> countRows(Database &db, const QString &sql)
{
    QSqlQuery &q = db.prepared(sql);
    if (!q.exec() || !q.next())
        return Error{q.lastError().text()};
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace

Status writeImportCsv(const QString &path, int rows, Timestamp now)
{
    static constexpr std::array kFirst = {"Anna", "Bruno", "Claire", "Dan",  "Eva",  "Fabio", "Greta", "Hugo",
                                          "Ines", "Jonas", "Karin",  "Luca", "Maya", "Noah",  "Olga",  "Pablo",
                                          "Rita", "Sven",  "Tara",   "Ugo",  "Vera", "Wim",   "Yara",  "Zoe"};
    static constexpr std::array kLast = {"Schmidt", "Keller", "Dubois", "Low",    "Lopez", "Rossi",  "Berg",
                                         "Laurent", "Silva",  "Novak",  "Martin", "Petit", "Okafor", "Marchetti",
                                         "Nowak",   "Jensen", "Moreau", "Costa",  "Weber", "Fischer"};
    static constexpr std::array kCompanyStart = {"Acme",  "Globex",   "Initech", "Umbrella", "Stark", "Wayne",
                                                 "Hooli", "Vandelay", "Soylent", "Tyrell",   "Wonka", "Cyberdyne"};
    static constexpr std::array kCompanyEnd = {"Labs", "Systems", "Group", "Works", "Software", "Partners", "Retail"};
    static constexpr std::array kTitles = {"CEO",      "CTO",      "VP Sales",   "VP Operations", "Head of IT",
                                           "Engineer", "Analyst",  "Buyer",      "Student",       "Marketing Manager",
                                           "CFO",      "Director", "Consultant", "Office Manager"};
    static constexpr std::array kIndustries = {"Software",  "SaaS",   "Manufacturing", "Retail",   "Financial Services",
                                               "Education", "Health", "E-commerce",    "Logistics"};
    static constexpr std::array kCountries = {"FR", "DE", "ES", "IT", "BE", "NL", "SE", "PT", "GB", "US", "IN", "PL"};
    static constexpr std::array kSources = {"google_ads", "linkedin", "organic", "referral", "event", "newsletter"};
    static constexpr std::array kCampaigns = {"", "Q3 webinar", "Spring", "Autumn launch", "Trade fair", ""};

    std::mt19937 random(20260701); // the engine's sequence is fixed by the standard
    auto pick = [&random](const auto &list) { return QString::fromUtf8(list[random() % list.size()]); };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    QByteArray out = "first_name,last_name,email,phone,title,company,company_size,industry,country,source,campaign,"
                     "created_at\n";
    for (int i = 0; i < rows; ++i) {
        const QString first = pick(kFirst);
        const QString last = pick(kLast);
        const QString companyStart = pick(kCompanyStart);
        const QString company = companyStart + QLatin1Char(' ') + pick(kCompanyEnd);
        const QString domain =
            random() % 5 == 0 ? QStringLiteral("gmail.com") : companyStart.toLower() + QStringLiteral(".example");
        const QString email =
            first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(i) + QLatin1Char('@') + domain;
        const QString phone = QStringLiteral("+33 1 %1").arg(10000000 + i);
        const int size = int(random() % 2000) + 1;
        const Timestamp created = now - Timestamp(random() % (90 * 24)) * kMsPerHour - kMsPerHour;
        const QStringList fields{first,
                                 last,
                                 email,
                                 phone,
                                 pick(kTitles),
                                 company,
                                 QString::number(size),
                                 pick(kIndustries),
                                 pick(kCountries),
                                 pick(kSources),
                                 pick(kCampaigns),
                                 formatCellTime(created)};
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Result<ImportTimes> measureImport(const QString &csvPath, const QString &scratch, Timestamp now)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1").arg(csvPath)};
    const QByteArray bytes = file.readAll();
    ImportTimes times;

    // Baseline: the same rows, parsed beforehand, inserted bare.
    {
        const CsvDocument doc = CsvReader::parse(bytes);
        const QString path = QDir(scratch).filePath(QStringLiteral("bare-insert.sqlite"));
        QFile::remove(path);
        const QString connection = QStringLiteral("bench-bare-insert");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open())
                return Error{db.lastError().text()};
            QSqlQuery setup(db);
            for (const char *sql :
                 {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                  "CREATE TABLE t(first_name TEXT, last_name TEXT, email TEXT, phone TEXT, title TEXT,"
                  " company TEXT, company_size TEXT, industry TEXT, country TEXT, source TEXT,"
                  " campaign TEXT, created_at TEXT)"}) {
                if (!setup.exec(QString::fromLatin1(sql)))
                    return Error{setup.lastError().text()};
            }
            setup.finish();
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO t VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
            for (qsizetype r = 1; r < doc.records.size(); ++r) { // record 0 is the header
                const QStringList &fields = doc.records.at(r).fields;
                for (int c = 0; c < 12; ++c)
                    insert.bindValue(c, fields.value(c));
                if (!insert.exec())
                    return Error{insert.lastError().text()};
            }
            if (!db.commit())
                return Error{db.lastError().text()};
            times.bareInsertMs = msSince(timer);
            times.rows = int(doc.records.size() - 1);
        }
        QSqlDatabase::removeDatabase(connection);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }

    // Measured: Baton's import into a new database with a team.
    const QString path = QDir(scratch).filePath(QStringLiteral("import.sqlite"));
    QFile::remove(path);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db)
            return Error{db.error()};
        ManualClock clock(now);
        PipelineService pipeline(*db.value(), clock);
        if (Status s = pipeline.initialize(); !s)
            return Error{s.error()};
        if (Status s = addTeam(pipeline); !s)
            return Error{s.error()};
        LeadImport import(pipeline);
        QElapsedTimer timer;
        timer.start();
        const ImportPlan plan = import.plan(bytes, ImportOptions{});
        if (!plan.ok())
            return Error{QStringLiteral("the import plan has errors: %1").arg(plan.errors.first().text())};
        if (Status s = import.apply(plan); !s)
            return Error{s.error()};
        times.importMs = msSince(timer);
        Result<qint64> leads = countRows(*db.value(), QStringLiteral("SELECT count(*) FROM leads"));
        if (!leads)
            return Error{leads.error()};
        times.leadsWritten = int(leads.value());
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return times;
}

Result<RescoreTimes> measureRescore(const QString &database, Timestamp now)
{
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db)
        return Error{db.error()};
    ManualClock clock(now);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return Error{s.error()};
    // Whatever fell due since the pipeline was generated is not part of rescoring.
    if (Status s = pipeline.tick(); !s)
        return Error{s.error()};

    RescoreTimes times;
    auto readActivities = [&db]() -> Result<qint64> {
        QSqlQuery &q = db.value()->prepared(QStringLiteral("SELECT lead_id, type, at, properties FROM activities"));
        q.setForwardOnly(true);
        if (!q.exec())
            return Error{q.lastError().text()};
        qint64 n = 0;
        qint64 checksum = 0; // every value read, so nothing is optimised away
        while (q.next()) {
            checksum += q.value(0).toString().size() + q.value(1).toString().size() + q.value(2).toLongLong()
                        + q.value(3).toString().size();
            ++n;
        }
        q.finish();
        return checksum == -1 ? -1 : n;
    };
    if (Result<qint64> warm = readActivities(); !warm) // the file into the page cache, as for the rescore
        return Error{warm.error()};
    QElapsedTimer timer;
    timer.start();
    Result<qint64> read = readActivities();
    if (!read)
        return Error{read.error()};
    times.readActivitiesMs = msSince(timer);
    times.activities = read.value();
    times.leads = pipeline.leads().count();

    // One weight changed: the first activity rule's points, so every lead's score is recomputed.
    ScoringModel model = pipeline.model();
    qsizetype changed = 0;
    for (qsizetype i = 0; i < model.rules.size(); ++i) {
        if (model.rules.at(i).kind == RuleKind::ActivityCount) {
            changed = i;
            break;
        }
    }
    if (model.rules.isEmpty())
        return Error{QStringLiteral("the scoring model has no rules")};
    model.rules[changed].points += 5;
    timer.restart();
    if (Status s = pipeline.publishModel(model, QStringLiteral("marc")); !s)
        return Error{s.error()};
    times.publishMs = msSince(timer);
    return times;
}

Result<KpiTimes> measureKpis(const QString &database, Timestamp from, Timestamp to, int repeats)
{
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db)
        return Error{db.error()};
    KpiTimes times;
    QList<double> scans;
    QList<double> kpis;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery &q = db.value()->prepared(
            QStringLiteral("SELECT id, lead_id, kind, at, actor, payload FROM lead_events WHERE at >= ? AND at < ?"));
        q.setForwardOnly(true);
        q.bindValue(0, from);
        q.bindValue(1, to);
        if (!q.exec())
            return Error{q.lastError().text()};
        qint64 n = 0;
        qint64 checksum = 0;
        while (q.next()) {
            checksum += q.value(0).toLongLong() + q.value(1).toString().size() + q.value(2).toString().size()
                        + q.value(3).toLongLong() + q.value(4).toString().size() + q.value(5).toString().size();
            ++n;
        }
        q.finish();
        scans << msSince(timer);
        times.events = checksum == -1 ? -1 : n;

        timer.restart();
        const KpiReport report = queryKpis(*db.value(), KpiPeriod{from, to, to});
        kpis << msSince(timer);
        times.wins = report.wins;
    }
    times.scanMs = median(scans);
    times.kpiMs = median(kpis);
    return times;
}

} // namespace baton::bench
