// LeadImport: every header family and encoding imports, every malformed file lists
// its exact errors, a failed import changes nothing (in memory and on disk), a dry
// run changes nothing, duplicates are skipped or merged, activities find their leads.
#include "domain/clock.h"
#include "io/cellvalue.h"
#include "io/leadimport.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::ImportKind)

namespace {

QByteArray dataFile(const QString &name)
{
    QFile f(QStringLiteral(BATON_TEST_DATA "/csv/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Timestamp at(const QString &iso)
{
    return parseCellTime(iso, DateOrder::MonthFirst).value();
}

const Timestamp kNow = at(u"2026-03-01T00:00:00Z"_s);

// A lead as "field=value" lines, in LeadFields::fieldIds() order, then its creation time.
QStringList describe(const Lead &lead)
{
    QStringList lines;
    for (const QString &f : LeadFields::fieldIds())
        lines << f + u'=' + lead.fields.value(f);
    lines << u"created_at="_s + formatCellTime(lead.createdAt);
    return lines;
}

QStringList expectLead(const QString &first, const QString &last, const QString &email, const QString &phone,
                       const QString &title, const QString &company, const QString &size, const QString &industry,
                       const QString &country, const QString &source, const QString &campaign, const QString &created)
{
    return {u"first_name="_s + first, u"last_name="_s + last,  u"email="_s + email,       u"phone="_s + phone,
            u"title="_s + title,      u"company="_s + company, u"company_size="_s + size, u"industry="_s + industry,
            u"country="_s + country,  u"source="_s + source,   u"campaign="_s + campaign, u"created_at="_s + created};
}

QStringList errorTexts(const ImportPlan &plan)
{
    QStringList texts;
    for (const ImportIssue &i : plan.errors)
        texts << i.text();
    return texts;
}

QStringList duplicateTexts(const ImportPlan &plan)
{
    QStringList texts;
    for (const ImportIssue &i : plan.duplicates)
        texts << i.text();
    return texts;
}

// Everything an import writes, in write order, with each lead named by its rowid: ids made
// up by Baton differ between two runs, the rest must not.
QStringList dumpPipeline(Database &db)
{
    const QString lead = u"(SELECT rowid FROM leads WHERE id = %1)"_s;
    const QStringList queries = {
        u"SELECT rowid, * FROM leads ORDER BY rowid"_s,
        u"SELECT "_s + lead.arg(u"e.lead_id"_s) + u", kind, at, actor, payload FROM lead_events e ORDER BY id"_s,
        u"SELECT "_s + lead.arg(u"s.lead_id"_s) + u", score, model_version, fired, computed_at FROM scores s ORDER BY 1"_s,
        u"SELECT id, "_s + lead.arg(u"h.lead_id"_s) + u", at, by_user, rep, first_deadline, urgent FROM handoffs h ORDER BY id"_s,
        u"SELECT user_id, "_s + lead.arg(u"n.lead_id"_s) + u", kind, at, message FROM notifications n ORDER BY id"_s,
        u"SELECT name, source FROM campaigns ORDER BY name"_s,
        u"SELECT key, value FROM settings ORDER BY key"_s,
    };
    QStringList rows;
    for (const QString &sql : queries) {
        QSqlQuery &q = db.prepared(sql);
        if (!q.exec())
            qFatal("cannot read %s", qPrintable(sql));
        while (q.next()) {
            QStringList values;
            const QSqlRecord record = q.record();
            for (int c = 0; c < record.count(); ++c) {
                if (record.fieldName(c) != u"id" || sql.contains(u"handoffs"))
                    values << (q.isNull(c) ? u"NULL"_s : q.value(c).toString());
            }
            rows << values.join(u'|');
        }
        q.finish();
    }
    return rows;
}

} // namespace

class TestLeadImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachHeaderFamilyImports_data();
    void eachHeaderFamilyImports();
    void eachEncodingAndDelimiterImports_data();
    void eachEncodingAndDelimiterImports();
    void malformedFilesListEveryError_data();
    void malformedFilesListEveryError();
    void aFailureWhileWritingRollsEverythingBack();
    void aFailedImportLeavesAFileDatabaseByteIdentical();
    void dryRunChangesNothingAndReports();
    void duplicatesInTheDatabaseAreSkipped();
    void duplicatesInTheDatabaseAreMerged();
    void mergingIsForMarketingOrTheSystem();
    void duplicatesWithinTheFile_data();
    void duplicatesWithinTheFile();
    void importedLeadsAreScoredAndHandedOff();
    void activitiesFindTheirLeads();
    void malformedActivities_data();
    void malformedActivities();
    void bulkImportWritesWhatCreatingOneByOneWrites();
    void duplicateActivitiesAreSkipped();

private:
    QString create(const QString &id, const LeadFields &fields);
    int leadCount() { return m_pipeline->leads().count(); }
    qint64 eventCount() { return m_pipeline->events().count(); }

    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};
    std::unique_ptr<PipelineService> m_pipeline;
};

void TestLeadImport::init()
{
    m_clock.set(kNow);
    m_db = std::move(Database::open(u":memory:"_s).value());
    m_pipeline = std::make_unique<PipelineService>(*m_db, m_clock);
    QVERIFY(m_pipeline->initialize().ok());
    QVERIFY(m_pipeline->saveUser({u"marc"_s, u"Marc Petit"_s, Role::MarketingManager}).ok());
}

void TestLeadImport::cleanup()
{
    m_pipeline.reset();
    m_db.reset();
}

QString TestLeadImport::create(const QString &id, const LeadFields &fields)
{
    const Result<QString> created = m_pipeline->createLead(id, fields, kSystemActor, at(u"2026-01-01"_s));
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(id), qPrintable(created.error()));
    return created.value();
}

void TestLeadImport::eachHeaderFamilyImports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("adaId"); // empty: Baton makes one
    QTest::addColumn<QStringList>("ada");
    QTest::addColumn<QStringList>("grace");

    const QString ada = u"ada@analytical.io"_s;
    const QString grace = u"grace@cobol.dev"_s;
    const QString ae = u"Analytical Engines"_s;
    const QString phone = u"+44 20 7946 0000"_s;
    const QString jan5 = u"2026-01-05T14:02:00Z"_s;
    const QString jan6 = u"2026-01-06T09:30:00Z"_s;
    const QString jan6Midnight = u"2026-01-06T00:00:00Z"_s;

    QTest::addRow("HubSpot: US dates, thousands separator, country name")
        << u"hubspot.csv"_s << QString() << QString()
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, phone, u"CTO"_s, ae, u"120"_s, u"Software"_s, u"GB"_s,
                      u"Organic Search"_s, QString(), jan5)
        << expectLead(u"Grace"_s, u"Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s, u"1200"_s,
                      u"Manufacturing"_s, u"US"_s, u"Paid Search"_s, QString(), jan6);
    QTest::addRow("Salesforce display names: lead ids kept, 12-hour US times, UK and USA")
        << u"salesforce_display.csv"_s << QString() << u"00Q1"_s
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, phone, u"CTO"_s, ae, u"120"_s, u"Software"_s, u"GB"_s, u"Web"_s,
                      QString(), jan5)
        << expectLead(u"Grace"_s, u"Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s, u"1200"_s,
                      u"Manufacturing"_s, u"US"_s, u"Trade Show"_s, QString(), jan6);
    QTest::addRow("Salesforce API names with ISO times")
        << u"salesforce_api.csv"_s << QString() << u"00Q1"_s
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, phone, u"CTO"_s, ae, u"120"_s, u"Software"_s, u"GB"_s, u"Web"_s,
                      QString(), jan5)
        << expectLead(u"Grace"_s, u"Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s, u"1200"_s,
                      u"Manufacturing"_s, u"US"_s, u"Trade Show"_s, QString(), jan6);
    QTest::addRow("Pipedrive: full names split, size ranges give their lower bound")
        << u"pipedrive.csv"_s << QString() << QString()
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, QString(), u"CTO"_s, ae, u"51"_s, u"Software"_s, u"GB"_s,
                      u"Web forms"_s, QString(), jan5)
        << expectLead(u"Grace"_s, u"Brewster Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s,
                      u"1001"_s, u"Manufacturing"_s, u"US"_s, u"Import"_s, QString(), jan6);
    QTest::addRow("French headers: day-first dates, spaced thousands, French country names")
        << u"french.csv"_s << QString() << QString()
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, phone, u"CTO"_s, ae, u"120"_s, u"Software"_s, u"GB"_s,
                      u"google_ads"_s, u"Webinaire T1"_s, jan5)
        << expectLead(u"Grace"_s, u"Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s, u"1200"_s,
                      u"Manufacturing"_s, u"US"_s, u"salon"_s, u"Webinaire T1"_s, jan6Midnight);
    QTest::addRow("English synonyms: one name column, “Last, First”, open size range")
        << u"english_fullname.csv"_s << QString() << QString()
        << expectLead(u"Ada"_s, u"Lovelace"_s, ada, QString(), u"CTO"_s, ae, u"120"_s, u"Software"_s, u"GB"_s,
                      u"organic"_s, u"Q1 webinar"_s, jan5)
        << expectLead(u"Grace"_s, u"Hopper"_s, grace, QString(), u"VP Engineering"_s, u"Cobol Inc"_s, u"1000"_s,
                      u"Manufacturing"_s, u"US"_s, u"organic"_s, u"Q1 webinar"_s, jan6Midnight);
    QTest::addRow("a mapping file for headers nobody recognises")
        << u"mapping_custom.csv"_s << u"mapping_custom.json"_s << QString()
        << expectLead(QString(), QString(), ada, QString(), QString(), ae, u"120"_s, QString(), u"GB"_s, QString(),
                      QString(), u"2026-01-05T00:00:00Z"_s)
        << expectLead(QString(), QString(), grace, QString(), QString(), u"Cobol Inc"_s, u"1200"_s, QString(), u"US"_s,
                      QString(), QString(), jan6Midnight);
}

void TestLeadImport::eachHeaderFamilyImports()
{
    QFETCH(QString, file);
    QFETCH(QString, mapping);
    QFETCH(QString, adaId);
    QFETCH(QStringList, ada);
    QFETCH(QStringList, grace);

    ImportOptions options;
    if (!mapping.isEmpty())
        options.mappingJson = dataFile(mapping);
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(file), options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(plan.newLeads.size(), 2);
    const Status applied = importer.apply(plan);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));

    QCOMPARE(leadCount(), 2);
    const std::optional<QString> adaFound = m_pipeline->leads().idForEmail(u"ada@analytical.io"_s);
    const std::optional<QString> graceFound = m_pipeline->leads().idForEmail(u"grace@cobol.dev"_s);
    QVERIFY(adaFound && graceFound);
    if (!adaId.isEmpty())
        QCOMPARE(*adaFound, adaId);
    QCOMPARE(describe(*m_pipeline->lead(*adaFound)), ada);
    QCOMPARE(describe(*m_pipeline->lead(*graceFound)), grace);
}

void TestLeadImport::eachEncodingAndDelimiterImports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("UTF-8, comma, LF") << u"utf8_comma_lf.csv"_s;
    QTest::addRow("UTF-8 with BOM, semicolon, CRLF") << u"utf8bom_semicolon_crlf.csv"_s;
    QTest::addRow("Windows-1252, semicolon, CRLF") << u"windows1252_semicolon.csv"_s;
    QTest::addRow("UTF-16LE, tab, CRLF") << u"utf16le_tab.csv"_s;
    QTest::addRow("UTF-8, tab, LF") << u"tab_lf.csv"_s;
    QTest::addRow("UTF-8, comma, CR") << u"cr_only.csv"_s;
    QTest::addRow("blank lines between and after rows") << u"blank_lines.csv"_s;
}

void TestLeadImport::eachEncodingAndDelimiterImports()
{
    QFETCH(QString, file);
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(file), {});
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(plan.rows, 2);
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(leadCount(), 2);
    QStringList names;
    for (const QString &id : m_pipeline->leads().allIds()) {
        const Lead l = *m_pipeline->lead(id);
        names << l.fields.displayName() + u" / "_s + l.fields.company;
    }
    names.sort();
    if (file == u"blank_lines.csv")
        QCOMPARE(names, (QStringList{u"Ada / "_s, u"Grace / "_s}));
    else
        QCOMPARE(names, (QStringList{u"René Müller / Café Crème"_s, u"Zoë O’Brien / Société Générale"_s}));
}

void TestLeadImport::malformedFilesListEveryError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");

    const QString notADate = u"is not a date (write 2026-01-31, 2026-01-31 14:02 or 01/31/2026)"_s;
    QTest::addRow("a quote left open")
        << u"bad_unclosed_quote.csv"_s
        << QStringList{u"row 2, column “company”: a quoted field is not closed before the end of the file"_s};
    QTest::addRow("text after a closing quote")
        << u"bad_text_after_quote.csv"_s
        << QStringList{u"row 2, column “company”: text after the closing quote of a quoted field (a quote inside a "
                       "quoted field must be doubled: \"\")"_s};
    QTest::addRow("ragged rows (surplus empty cells are fine)")
        << u"bad_ragged.csv"_s
        << QStringList{u"row 2: 2 values, but the header has 3 columns (a missing value, or a line break inside a "
                       "value that is not quoted?)"_s,
                       u"row 3: 4 values, but the header has 3 columns (a delimiter inside a value that is not "
                       "quoted?)"_s};
    QTest::addRow("company sizes that are not numbers")
        << u"bad_company_size.csv"_s
        << QStringList{u"row 2, column “company_size”: company size “abc” is not a number (write 120, 1,200 or a "
                       "range such as 50-200)"_s,
                       u"row 3, column “company_size”: company size range “200-50” goes down"_s};
    QTest::addRow("unknown countries")
        << u"bad_country.csv"_s
        << QStringList{u"row 2, column “country”: unknown country “Atlantis” (write its name or its ISO code, such "
                       "as FR or FRA)"_s,
                       u"row 4, column “country”: unknown country “XX” (write its name or its ISO code, such as FR "
                       "or FRA)"_s};
    QTest::addRow("dates that are not dates") << u"bad_date.csv"_s
                                              << QStringList{u"row 2, column “created_at”: “31/01/2026” "_s + notADate,
                                                             u"row 3, column “created_at”: “yesterday” "_s + notADate,
                                                             u"row 4, column “created_at”: “2026-02-30” "_s + notADate};
    QTest::addRow("a creation date in the future")
        << u"bad_future_date.csv"_s << QStringList{u"row 2, column “created_at”: “2027-01-05” is in the future"_s};
    QTest::addRow("e-mail addresses that are not")
        << u"bad_email.csv"_s
        << QStringList{u"row 2, column “email”: “ada@@analytical.io” is not an e-mail address"_s,
                       u"row 3, column “email”: “grace cobol.dev@x” is not an e-mail address"_s,
                       u"row 4, column “email”: “@bletchley.uk” is not an e-mail address"_s};
    QTest::addRow("a row with neither e-mail, name nor company")
        << u"bad_no_identity.csv"_s << QStringList{u"row 2: a lead needs an e-mail address, a name or a company"_s};
    QTest::addRow("no column a lead can be made from")
        << u"bad_no_columns.csv"_s
        << QStringList{u"row 1: no column gives an e-mail, a name or a company, and a lead needs one of them"_s};
    QTest::addRow("an empty file") << u"bad_empty.csv"_s
                                   << QStringList{u"the file is empty: it needs a header row and at least one row"_s};
    QTest::addRow("a header and nothing else")
        << u"bad_header_only.csv"_s << QStringList{u"the file has a header row but no data rows"_s};
    QTest::addRow("a UTF-8 BOM on bytes that are not UTF-8")
        << u"bad_bom_invalid_utf8.csv"_s
        << QStringList{u"the file starts with a UTF-8 byte order mark but is not valid UTF-8"_s};
    QTest::addRow("the same lead id twice")
        << u"bad_duplicate_id.csv"_s << QStringList{u"row 3, column “id”: id L1 is also on row 2"_s};
}

void TestLeadImport::malformedFilesListEveryError()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    create(u"L0"_s, {.email = u"existing@lead.io"_s});
    const int leads = leadCount();
    const qint64 events = eventCount();

    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(file), {});
    QCOMPARE(errorTexts(plan), errors);
    const Status applied = importer.apply(plan);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error(), u"the file has %1 error(s); nothing was imported"_s.arg(errors.size()));
    QCOMPARE(leadCount(), leads);
    QCOMPARE(eventCount(), events);
}

void TestLeadImport::aFailureWhileWritingRollsEverythingBack()
{
    const QByteArray csv = "id,email\nL1,a@x.io\nL2,b@x.io\nL3,c@x.io\n";
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(csv, {});
    QVERIFY(plan.ok());
    // Someone else creates L3 between the check and the write: the third create fails.
    create(u"L3"_s, {.email = u"someone@else.io"_s});
    const int leads = leadCount();
    const qint64 events = eventCount();

    const Status applied = importer.apply(plan);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error(), u"row 4: A lead with id “L3” already exists."_s);
    QCOMPARE(leadCount(), leads);
    QCOMPARE(eventCount(), events);
    QVERIFY(!m_pipeline->lead(u"L1"_s));
    QVERIFY(!m_pipeline->lead(u"L2"_s));
    // The pipeline is still usable and did not keep the rolled-back leads anywhere.
    QVERIFY(m_pipeline->createLead(u"L1"_s, {.email = u"a@x.io"_s}, kSystemActor).ok());
    QCOMPARE(leadCount(), leads + 1);
}

void TestLeadImport::aFailedImportLeavesAFileDatabaseByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"baton.sqlite"_s);
    ImportPlan plan;
    {
        std::unique_ptr<Database> db = std::move(Database::open(path).value());
        PipelineService p(*db, m_clock);
        QVERIFY(p.initialize().ok());
        plan = LeadImport(p).plan("id,email\nL1,a@x.io\nL2,b@x.io\nL3,c@x.io\n", {});
        QVERIFY(plan.ok());
        // Someone else creates L3 after the check: writing the plan will fail on its third lead.
        QVERIFY(p.createLead(u"L3"_s, {.email = u"someone@else.io"_s}, kSystemActor).ok());
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    {
        std::unique_ptr<Database> db = std::move(Database::open(path).value());
        PipelineService p(*db, m_clock);
        QVERIFY(p.initialize().ok());
        LeadImport importer(p);
        QVERIFY(!importer.plan(dataFile(u"bad_company_size.csv"_s), {}).ok());
        const Status applied = importer.apply(plan);
        QCOMPARE(applied.error(), u"row 4: A lead with id “L3” already exists."_s);
    }
    QCOMPARE(fileHash(path), before);
}

void TestLeadImport::dryRunChangesNothingAndReports()
{
    const int leads = leadCount();
    const qint64 events = eventCount();
    const ImportPlan plan = LeadImport(*m_pipeline).plan(dataFile(u"hubspot.csv"_s), {});
    QVERIFY(plan.ok());
    QCOMPARE(leadCount(), leads);
    QCOMPARE(eventCount(), events);
    const QStringList expected = {
        u"UTF-8, comma-separated, 2 data row(s)"_s,
        u"Columns (HubSpot; dates like 05/01/2026 read as month/day/year):"_s,
        u"  “Record ID” → ignored (not recognised)"_s,
        u"  “First Name” → first_name"_s,
        u"  “Last Name” → last_name"_s,
        u"  “Email” → email"_s,
        u"  “Job Title” → title"_s,
        u"  “Company Name” → company"_s,
        u"  “Number of Employees” → company_size"_s,
        u"  “Industry” → industry"_s,
        u"  “Country/Region” → country"_s,
        u"  “Original Source” → source"_s,
        u"  “Create Date” → created_at"_s,
        u"  “Phone Number” → phone"_s,
        u"  “Lifecycle Stage” → ignored (not recognised)"_s,
        u"2 new lead(s), 0 duplicate(s) skipped"_s,
    };
    QCOMPARE(plan.summary(), expected);
}

void TestLeadImport::duplicatesInTheDatabaseAreSkipped()
{
    const QString ada = create(u"A"_s, {.firstName = u"Augusta"_s, .email = u"Ada@Analytical.io"_s});
    const QString grace = create(u"G"_s, {.email = u"grace@cobol.dev"_s, .title = u"Admiral"_s});
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(u"duplicates.csv"_s), {});
    QVERIFY(plan.ok());
    QCOMPARE(duplicateTexts(plan), (QStringList{u"row 2: ada@analytical.io is already lead A"_s,
                                                u"row 3: ADA@analytical.io is already lead A"_s,
                                                u"row 4: grace@cobol.dev is already lead G"_s}));
    QCOMPARE(plan.newLeads.size(), 1);
    QCOMPARE(plan.merges.size(), 0);
    QCOMPARE(plan.summary().constLast(), u"1 new lead(s), 3 duplicate(s) skipped"_s);
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(leadCount(), 3);
    QCOMPARE(m_pipeline->lead(ada)->fields.lastName, QString());
    QCOMPARE(m_pipeline->lead(grace)->fields.company, QString());
    QVERIFY(m_pipeline->leads().idForEmail(u"new@lead.io"_s));
}

void TestLeadImport::duplicatesInTheDatabaseAreMerged()
{
    const QString ada = create(u"A"_s, {.firstName = u"Augusta"_s, .email = u"Ada@Analytical.io"_s});
    const QString grace = create(u"G"_s, {.email = u"grace@cobol.dev"_s, .title = u"Admiral"_s});
    ImportOptions options;
    options.duplicates = DuplicatePolicy::Merge;
    options.by = u"marc"_s;
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(u"duplicates.csv"_s), options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(plan.merges.size(), 2);
    QCOMPARE(plan.summary().constLast(), u"1 new lead(s), 3 duplicate(s) merged, 2 existing lead(s) updated"_s);
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(leadCount(), 3);

    // Empty fields are filled (from both rows of Ada), filled ones are kept.
    QCOMPARE(describe(*m_pipeline->lead(ada)),
             expectLead(u"Augusta"_s, u"Lovelace"_s, u"Ada@Analytical.io"_s, QString(), u"CTO"_s,
                        u"Analytical Engines"_s, QString(), QString(), u"GB"_s, QString(), QString(),
                        u"2026-01-01T00:00:00Z"_s));
    QCOMPARE(describe(*m_pipeline->lead(grace)),
             expectLead(QString(), QString(), u"grace@cobol.dev"_s, QString(), u"Admiral"_s, u"Cobol Inc"_s, QString(),
                        QString(), u"US"_s, QString(), QString(), u"2026-01-01T00:00:00Z"_s));
    int changes = 0;
    for (const Event &e : m_pipeline->events().forLead(ada)) {
        if (e.kind == EventKind::FieldChanged) {
            ++changes;
            QCOMPARE(e.actor, u"marc"_s);
        }
    }
    QCOMPARE(changes, 4);
}

void TestLeadImport::mergingIsForMarketingOrTheSystem()
{
    const QString ada = create(u"A"_s, {.email = u"ada@analytical.io"_s});
    QVERIFY(m_pipeline->saveUser({u"ana"_s, u"Ana Ruiz"_s, Role::SalesRep}).ok());
    ImportOptions options;
    options.duplicates = DuplicatePolicy::Merge;
    LeadImport importer(*m_pipeline);

    options.by = u"ana"_s;
    const int leads = leadCount();
    const qint64 events = eventCount();
    QCOMPARE(errorTexts(importer.plan(dataFile(u"duplicates.csv"_s), options)),
             QStringList{u"Ana Ruiz is a Sales rep: only marketing may merge duplicates into existing leads"_s});
    options.by = u"nobody"_s;
    QCOMPARE(errorTexts(importer.plan(dataFile(u"duplicates.csv"_s), options)).constFirst(),
             u"there is no user “nobody”"_s);
    QCOMPARE(leadCount(), leads);
    QCOMPARE(eventCount(), events);

    // An import run by nobody in particular merges as the system.
    options.by = kSystemActor;
    const ImportPlan plan = importer.plan(dataFile(u"duplicates.csv"_s), options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(m_pipeline->lead(ada)->fields.lastName, u"Lovelace"_s);
    for (const Event &e : m_pipeline->events().forLead(ada)) {
        if (e.kind == EventKind::FieldChanged)
            QCOMPARE(e.actor, kSystemActor);
    }
}

void TestLeadImport::duplicatesWithinTheFile_data()
{
    QTest::addColumn<bool>("merge");
    QTest::addColumn<QString>("adaTitle");
    QTest::addRow("skip keeps the first row as it is") << false << QString();
    QTest::addRow("merge fills the first row's empty fields from the later one") << true << u"CTO"_s;
}

void TestLeadImport::duplicatesWithinTheFile()
{
    QFETCH(bool, merge);
    QFETCH(QString, adaTitle);
    ImportOptions options;
    options.duplicates = merge ? DuplicatePolicy::Merge : DuplicatePolicy::Skip;
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(u"duplicates.csv"_s), options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(duplicateTexts(plan), QStringList{u"row 3: ADA@analytical.io is also on row 2"_s});
    QCOMPARE(plan.newLeads.size(), 3);
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(leadCount(), 3);
    const Lead ada = *m_pipeline->lead(*m_pipeline->leads().idForEmail(u"ada@analytical.io"_s));
    QCOMPARE(ada.fields.title, adaTitle);
    QCOMPARE(ada.fields.lastName, u"Lovelace"_s);
}

void TestLeadImport::importedLeadsAreScoredAndHandedOff()
{
    QVERIFY(m_pipeline->saveUser({u"ana"_s, u"Ana Ruiz"_s, Role::SalesRep}).ok());
    LeadImport importer(*m_pipeline);
    QVERIFY(importer.apply(importer.plan(dataFile(u"hubspot.csv"_s), {})).ok());
    // Ada: senior title 20 + size 15 + industry 15 + market 10, and inactive −15 since her
    // creation on 5 January is more than 30 days before 1 March: 45 crosses the MQL threshold.
    const Lead ada = *m_pipeline->lead(*m_pipeline->leads().idForEmail(u"ada@analytical.io"_s));
    QCOMPARE(ada.score, 45);
    QCOMPARE(ada.stage, Stage::Sal);
    QCOMPARE(ada.owner, u"ana"_s);
    // Grace: VP 20 + manufacturing 15 − inactive 15; 1 200 employees is outside the ICP.
    const Lead grace = *m_pipeline->lead(*m_pipeline->leads().idForEmail(u"grace@cobol.dev"_s));
    QCOMPARE(grace.score, 20);
    QCOMPARE(grace.stage, Stage::New);
    bool created = false;
    for (const Event &e : m_pipeline->events().forLead(ada.id))
        created = created || (e.kind == EventKind::Created && e.at == at(u"2026-01-05T14:02:00Z"_s));
    QVERIFY(created);
}

void TestLeadImport::activitiesFindTheirLeads()
{
    const QString ada = create(u"A"_s, {.email = u"ada@analytical.io"_s});
    const QString grace = create(u"G"_s, {.email = u"grace@cobol.dev"_s});
    ImportOptions options;
    options.kind = ImportKind::Activities;
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(dataFile(u"activities.csv"_s), options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QList<int> rows;
    for (const ImportPlan::NewActivity &a : plan.activities)
        rows << a.row;
    QCOMPARE(rows, (QList<int>{3, 2, 4})); // oldest first
    QCOMPARE(plan.summary().constLast(), u"3 activity row(s) for 2 lead(s)"_s);
    const qint64 events = eventCount();
    QVERIFY(importer.apply(plan).ok());
    QVERIFY(eventCount() > events);

    const QList<Activity> adaActivities = m_pipeline->leads().activities(ada);
    QCOMPARE(adaActivities.size(), 2);
    QCOMPARE(adaActivities.at(0).type, ActivityType::ContentDownload);
    QCOMPARE(adaActivities.at(0).property(u"asset_kind"_s), u"case_study"_s);
    QCOMPARE(adaActivities.at(0).property(u"asset"_s), u"Acme case study"_s);
    QCOMPARE(adaActivities.at(1).type, ActivityType::PageView);
    QCOMPARE(adaActivities.at(1).at, at(u"2026-01-10 10:00"_s));
    QCOMPARE(adaActivities.at(1).property(u"url"_s), u"https://baton.example/pricing"_s);
    QCOMPARE(m_pipeline->leads().activities(grace).size(), 1);
    const QStringList fired = m_pipeline->breakdown(ada).firedRuleIds();
    QVERIFY(fired.contains(u"pricing_page"_s));
    QVERIFY(fired.contains(u"case_study"_s));
}

void TestLeadImport::malformedActivities_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("errors");

    QStringList types;
    for (int t = int(ActivityType::PageView); t <= int(ActivityType::Note); ++t)
        types << activityTypeId(ActivityType(t));
    QTest::addRow("one file with every kind of row error")
        << dataFile(u"activities_bad.csv"_s)
        << QStringList{u"row 2, column “email”: no lead has the e-mail address nobody@nowhere.io"_s,
                       u"row 3, column “type”: “teleport” is not an activity type (one of "_s + types.join(u", "_s)
                           + u')',
                       u"row 4, column “at”: the activity time is missing"_s,
                       u"row 5, column “actor”: there is no user “zorro”"_s,
                       u"row 6, column “lead_id”: there is no lead NOPE"_s,
                       u"row 7: the row names no lead (no lead id, no e-mail address)"_s,
                       u"row 8, column “at”: “2030-01-01” is in the future"_s};
    QTest::addRow("an e-mail shared by two leads needs a lead id")
        << QByteArray("email,type,at\nshared@x.io,page_view,2026-01-10\n")
        << QStringList{u"row 2, column “email”: shared@x.io belongs to 2 leads (S1, S2): give the lead id in a "
                       "lead_id column"_s};
    QTest::addRow("a lead id and an e-mail that disagree")
        << QByteArray("lead_id,email,type,at\nA,shared@x.io,page_view,2026-01-10\n")
        << QStringList{u"row 2, column “email”: shared@x.io is not the e-mail address of lead A"_s};
    QTest::addRow("no type column") << QByteArray("email,at\nada@analytical.io,2026-01-10\n")
                                    << QStringList{u"row 1: no column gives the activity type"_s};
}

void TestLeadImport::malformedActivities()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, errors);
    create(u"A"_s, {.email = u"ada@analytical.io"_s});
    create(u"S1"_s, {.email = u"shared@x.io"_s});
    create(u"S2"_s, {.email = u"Shared@X.io"_s});
    const qint64 events = eventCount();
    ImportOptions options;
    options.kind = ImportKind::Activities;
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan(csv, options);
    QCOMPARE(errorTexts(plan), errors);
    QVERIFY(!importer.apply(plan).ok());
    QCOMPARE(eventCount(), events);
    QVERIFY(m_pipeline->leads().activities(u"A"_s).isEmpty());
}

void TestLeadImport::bulkImportWritesWhatCreatingOneByOneWrites()
{
    // Leads that stay new, leads that cross the MQL threshold (CEO, 50–500 staff, ICP industry,
    // recent), more crossings than the reps have room for, given ids, text JSON must escape.
    QByteArray csv = "id,first_name,last_name,email,title,company,company_size,industry,country,source,campaign,"
                     "created_at\n";
    const QList<QByteArray> titles = {"CEO", "Engineer", "VP Sales", "Buyer"};
    const QList<QByteArray> sizes = {"120", "", "3000", "60"};
    const QList<QByteArray> industries = {"Software", "Retail", "SaaS", "Health"};
    const QList<QByteArray> campaigns = {"", "Spring", "Spring", "Q3 webinar"};
    const QList<QByteArray> sources = {"organic", "", "linkedin", "event"};
    const QList<QByteArray> companies = {"Acme", "\"Back\\slash \"\"Labs\"\"\"", "Zoë & Cie", "\"Two\nlines\"",
                                         "Tab\there"};
    for (int i = 0; i < 150; ++i) {
        csv += (i % 10 == 0 ? "L" + QByteArray::number(i) : QByteArray()) + ",Chloé,N" + QByteArray::number(i)
            + ",p" + QByteArray::number(i) + (i % 5 == 0 ? "@gmail.com," : "@corp.example,") + titles.at(i % 4) + ','
            + companies.at(i % 5) + ',' + sizes.at(i % 4 == 0 ? 0 : i % 3) + ',' + industries.at(i % 4 == 2 ? 0 : i % 4)
            + ',' + (i % 3 == 0 ? "fr" : "US") + ',' + sources.at(i % 4) + ',' + campaigns.at(i % 4) + ','
            + (i % 7 == 0 ? QByteArray() : (i % 2 ? "2026-02-20T09:30:00Z" : "2025-12-01"))
            + '\n';
    }

    const auto openPipeline = [](std::unique_ptr<Database> &db, std::unique_ptr<PipelineService> &pipeline,
                                 ManualClock &clock) {
        db = std::move(Database::open(u":memory:"_s).value());
        pipeline = std::make_unique<PipelineService>(*db, clock);
        QVERIFY(pipeline->initialize().ok());
        QVERIFY(pipeline->saveUser({u"ana"_s, u"Ana Ruiz"_s, Role::SalesRep, true, false, 3, 0}).ok());
        QVERIFY(pipeline->saveUser({u"ben"_s, u"Ben Okafor"_s, Role::SalesRep, true, false, 4, 0}).ok());
        QVERIFY(pipeline->saveUser({u"sofia"_s, u"Sofia Marchetti"_s, Role::SalesManager}).ok());
    };
    ManualClock clock(kNow);
    std::unique_ptr<Database> bulkDb, oneDb;
    std::unique_ptr<PipelineService> bulk, one;
    openPipeline(bulkDb, bulk, clock);
    openPipeline(oneDb, one, clock);

    LeadImport importer(*bulk);
    const ImportPlan plan = importer.plan(csv, {});
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(plan.newLeads.size(), 150);
    QList<int> progress;
    QVERIFY(importer.apply(plan, [&](int done, int) {
                        progress << done;
                        return true;
                    })
                .ok());
    QCOMPARE(progress.constFirst(), 0);
    QCOMPARE(progress.constLast(), 150);

    for (const ImportPlan::NewLead &l : plan.newLeads)
        QVERIFY(one->createLead(l.id, l.fields, plan.by, l.createdAt).ok());

    const QStringList expected = dumpPipeline(*oneDb);
    const QStringList written = dumpPipeline(*bulkDb);
    QCOMPARE(written, expected);
    // The file covers what it is meant to: waiting MQLs, hand-offs, new leads and every score event.
    const auto count = [&](const QString &part) {
        return std::count_if(expected.cbegin(), expected.cend(), [&](const QString &r) { return r.contains(part); });
    };
    QCOMPARE(count(u"|handed_off|"_s), 7);
    QVERIFY(count(u"\"to\":\"mql\""_s) > 7);
    QCOMPARE(count(u"|score_changed|"_s), 150);
    QVERIFY(count(u"\\\\slash"_s) > 0);
}

void TestLeadImport::duplicateActivitiesAreSkipped()
{
    const QString ada = create(u"A"_s, {.email = u"ada@analytical.io"_s});
    QVERIFY(m_pipeline->recordActivity(ada, ActivityType::PageView, {}, kSystemActor, at(u"2026-01-10T10:00:00Z"_s))
                .ok());
    ImportOptions options;
    options.kind = ImportKind::Activities;
    LeadImport importer(*m_pipeline);
    const ImportPlan plan = importer.plan("lead_id,type,at\n"
                                          "A,page_view,2026-01-10T10:00:00Z\n" // recorded already
                                          "A,email_open,2026-01-11T08:00:00Z\n"
                                          "A,Email open,2026-01-11 08:00\n" // row 3 again
                                          "A,page_view,2026-01-10T10:00:01Z\n" // a second later: new
                                          "A,email_open,2026-01-12T08:00:00Z\n",
                                          options);
    QVERIFY2(plan.ok(), qPrintable(errorTexts(plan).join(u'\n')));
    QCOMPARE(duplicateTexts(plan),
             (QStringList{u"row 2: page_view of lead A at 2026-01-10T10:00:00Z is already recorded"_s,
                          u"row 4: email_open of lead A at 2026-01-11T08:00:00Z is also on row 3"_s}));
    QList<int> rows;
    for (const ImportPlan::NewActivity &a : plan.activities)
        rows << a.row;
    QCOMPARE(rows, (QList<int>{5, 3, 6}));
    QCOMPARE(plan.summary().constLast(), u"2 duplicate(s) skipped"_s);
    QVERIFY(importer.apply(plan).ok());
    QCOMPARE(m_pipeline->leads().activities(ada).size(), 4);
    // Imported twice: every row is a duplicate the second time.
    const ImportPlan again = importer.plan("lead_id,type,at\nA,email_open,2026-01-12T08:00:00Z\n", options);
    QCOMPARE(again.activities.size(), 0);
    QCOMPARE(again.duplicates.size(), 1);
}

QTEST_GUILESS_MAIN(TestLeadImport)
#include "tst_leadimport.moc"
