// CsvExport: headers, RFC 4180 output, and the round trip export → import.
#include "domain/clock.h"
#include "io/cellvalue.h"
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/leadimport.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::ExportKind)

namespace {

Timestamp at(const QString &iso)
{
    return parseCellTime(iso, DateOrder::MonthFirst).value();
}

const Timestamp kNow = at(u"2026-03-01T00:00:00Z"_s);

struct Pipeline
{
    std::unique_ptr<Database> db;
    std::unique_ptr<PipelineService> p;

    explicit Pipeline(const Clock &clock)
        : db(std::move(Database::open(u":memory:"_s).value())), p(std::make_unique<PipelineService>(*db, clock))
    {
        if (!p->initialize().ok() || !p->saveUser({u"ana"_s, u"Ana Ruiz"_s, Role::SalesRep}).ok())
            qFatal("cannot set up the pipeline");
    }

    QByteArray exported(ExportKind kind)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!CsvExport(*db).write(kind, buffer).ok())
            qFatal("export failed");
        return buffer.data();
    }
};

// Leads that exercise the format: quotes, commas, line breaks, accents, no company
// size, creation times with milliseconds, leads with and without e-mail.
void fill(PipelineService &p)
{
    const auto create = [&](const QString &id, const LeadFields &f, const QString &created) {
        if (!p.createLead(id, f, kSystemActor, at(created)).ok())
            qFatal("cannot create %s", qPrintable(id));
    };
    create(u"L1"_s,
           {.firstName = u"Ada"_s,
            .lastName = u"Lovelace"_s,
            .email = u"ada@analytical.io"_s,
            .phone = u"+44 20 7946 0000"_s,
            .title = u"CTO"_s,
            .company = u"Analytical Engines, Ltd."_s,
            .companySize = 120,
            .industry = u"Software"_s,
            .country = u"GB"_s,
            .source = u"google_ads"_s,
            .campaign = u"Q1 \"launch\" webinar"_s},
           u"2026-01-05T14:02:33.250Z"_s);
    create(u"L2"_s,
           {.firstName = u"Zoë"_s,
            .lastName = u"O’Brien"_s,
            .email = u"zoe@sg.fr"_s,
            .company = u"Société Générale;\nParis"_s,
            .industry = u"Financial Services"_s,
            .country = u"FR"_s},
           u"2026-01-06T09:00:00Z"_s);
    create(u"L3"_s, {.firstName = u"No"_s, .lastName = u"Mail"_s, .company = u"Acme"_s, .companySize = 0},
           u"2026-01-07"_s);
    const auto activity = [&](const QString &lead, ActivityType type, const QVariantMap &props, const QString &by,
                              const QString &when) {
        if (!p.recordActivity(lead, type, props, by, at(when)).ok())
            qFatal("cannot record an activity");
    };
    activity(u"L1"_s, ActivityType::PageView, {{u"url"_s, u"https://baton.example/pricing?a=1,b=2"_s}}, QString(),
             u"2026-01-10T10:00:00Z"_s);
    activity(u"L1"_s, ActivityType::ContentDownload,
             {{u"asset"_s, u"Acme case study"_s}, {u"asset_kind"_s, u"case_study"_s}}, QString(),
             u"2026-01-11T10:00:00Z"_s);
    activity(u"L2"_s, ActivityType::Call, {}, u"ana"_s, u"2026-01-12T10:00:00.500Z"_s);
    activity(u"L3"_s, ActivityType::WebinarAttended, {}, QString(), u"2026-01-13T10:00:00Z"_s);
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void leadsAreWrittenAsRfc4180();
    void eventsCarryTheirPayloadAsJson();
    void leadsAndActivitiesRoundTrip();
    void reimportingAnExportIntoTheSameDatabaseFindsOnlyDuplicates();
    void aFailedExportLeavesNoFile();

private:
    ManualClock m_clock{kNow};
};

void TestCsvExport::headers_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addRow("leads: id, the lead fields, creation, stage, owner, score")
        << ExportKind::Leads
        << QByteArray("id,first_name,last_name,email,phone,title,company,company_size,industry,country,source,"
                      "campaign,created_at,stage,owner,score\r\n");
    QTest::addRow("activities") << ExportKind::Activities
                                << QByteArray("lead_id,email,type,at,url,asset,asset_kind,actor\r\n");
    QTest::addRow("events") << ExportKind::Events << QByteArray("id,lead_id,kind,at,actor,payload\r\n");
}

void TestCsvExport::headers()
{
    QFETCH(ExportKind, kind);
    QFETCH(QByteArray, header);
    Pipeline empty(m_clock);
    QCOMPARE(empty.exported(kind), header);
    QCOMPARE(CsvExport::kindFromName(u"activities"_s), std::optional<ExportKind>(ExportKind::Activities));
    QVERIFY(!CsvExport::kindFromName(u"users"_s));
}

void TestCsvExport::leadsAreWrittenAsRfc4180()
{
    Pipeline source(m_clock);
    fill(*source.p);
    const QByteArray csv = source.exported(ExportKind::Leads);
    const QList<QByteArray> expectedStart = {
        "L1,Ada,Lovelace,ada@analytical.io,+44 20 7946 0000,CTO,\"Analytical Engines, Ltd.\",120,Software,GB,"
        "google_ads,\"Q1 \"\"launch\"\" webinar\",2026-01-05T14:02:33.250Z,",
        "L2,Zo\xC3\xAB,O\xE2\x80\x99"
        "Brien,zoe@sg.fr,,,\"Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale;\nParis\",,"
        "Financial Services,FR,,,2026-01-06T09:00:00Z,",
        "L3,No,Mail,,,,Acme,0,,,,,2026-01-07T00:00:00Z,",
    };
    const CsvDocument doc = CsvReader::parse(csv);
    QVERIFY(doc.issues.isEmpty());
    QCOMPARE(doc.encoding, CsvEncoding::Utf8);
    QCOMPARE(doc.records.size(), 4);
    qsizetype from = csv.indexOf("\r\n") + 2;
    for (const QByteArray &start : expectedStart) {
        QVERIFY2(csv.mid(from).startsWith(start), csv.mid(from, start.size()).constData());
        from = csv.indexOf("\r\n", from + start.size()) + 2;
    }
    // stage, owner and score come from the pipeline.
    const Lead l1 = *source.p->lead(u"L1"_s);
    QCOMPARE(doc.records.at(1).fields.mid(13), (QStringList{stageId(l1.stage), l1.owner, QString::number(l1.score)}));
}

void TestCsvExport::eventsCarryTheirPayloadAsJson()
{
    Pipeline source(m_clock);
    fill(*source.p);
    const CsvDocument doc = CsvReader::parse(source.exported(ExportKind::Events));
    QVERIFY(doc.issues.isEmpty());
    QCOMPARE(doc.records.size() - 1, source.p->events().count());
    const QStringList first = doc.records.at(1).fields;
    QCOMPARE(first.at(1), u"L1"_s);
    QCOMPARE(first.at(2), u"created"_s);
    QCOMPARE(first.at(3), u"2026-01-05T14:02:33.250Z"_s);
    QCOMPARE(first.at(4), kSystemActor);
    QJsonParseError error;
    const QJsonDocument payload = QJsonDocument::fromJson(first.at(5).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(payload.object().value(u"fields"_s).toObject().value(u"company"_s).toString(),
             u"Analytical Engines, Ltd."_s);
    for (qsizetype i = 2; i < doc.records.size(); ++i)
        QVERIFY(doc.records.at(i).fields.at(0).toLongLong() > doc.records.at(i - 1).fields.at(0).toLongLong());
}

void TestCsvExport::leadsAndActivitiesRoundTrip()
{
    Pipeline source(m_clock);
    fill(*source.p);
    const QByteArray leads = source.exported(ExportKind::Leads);
    const QByteArray activities = source.exported(ExportKind::Activities);

    Pipeline target(m_clock);
    LeadImport importer(*target.p);
    const ImportPlan leadPlan = importer.plan(leads, {});
    QVERIFY(leadPlan.ok());
    QCOMPARE(leadPlan.mapping.family(), HeaderFamily::Baton);
    QVERIFY(importer.apply(leadPlan).ok());
    ImportOptions activityOptions;
    activityOptions.kind = ImportKind::Activities;
    const ImportPlan activityPlan = importer.plan(activities, activityOptions);
    QVERIFY(activityPlan.ok());
    QVERIFY(importer.apply(activityPlan).ok());

    for (const QString &id : {u"L1"_s, u"L2"_s, u"L3"_s}) {
        const Lead before = *source.p->lead(id);
        const std::optional<Lead> after = target.p->lead(id);
        QVERIFY2(after, qPrintable(id));
        QCOMPARE(after->fields, before.fields);
        QCOMPARE(after->createdAt, before.createdAt);
        QCOMPARE(after->score, before.score);
        QCOMPARE(after->stage, before.stage);
        const QList<Activity> a = source.p->leads().activities(id);
        const QList<Activity> b = target.p->leads().activities(id);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).type, a.at(i).type);
            QCOMPARE(b.at(i).at, a.at(i).at);
            QCOMPARE(b.at(i).actor, a.at(i).actor);
            QCOMPARE(b.at(i).properties, a.at(i).properties);
        }
    }
    // And the exports of both databases are the same bytes.
    QCOMPARE(target.exported(ExportKind::Leads), leads);
    QCOMPARE(target.exported(ExportKind::Activities), activities);
}

void TestCsvExport::reimportingAnExportIntoTheSameDatabaseFindsOnlyDuplicates()
{
    Pipeline source(m_clock);
    fill(*source.p);
    const ImportPlan plan = LeadImport(*source.p).plan(source.exported(ExportKind::Leads), {});
    QVERIFY(plan.ok());
    QCOMPARE(plan.newLeads.size(), 0);
    QCOMPARE(plan.duplicates.size(), 3);
    QCOMPARE(plan.duplicates.at(2).text(), u"row 4: lead L3 already exists"_s);
}

void TestCsvExport::aFailedExportLeavesNoFile()
{
    Pipeline source(m_clock);
    QTemporaryDir dir;
    const QString good = dir.filePath(u"leads.csv"_s);
    const Result<int> written = CsvExport(*source.db).writeFile(ExportKind::Leads, good);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 0);
    QVERIFY(QFile::exists(good));
    const QString bad = dir.filePath(u"missing/leads.csv"_s);
    QVERIFY(!CsvExport(*source.db).writeFile(ExportKind::Leads, bad).ok());
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
