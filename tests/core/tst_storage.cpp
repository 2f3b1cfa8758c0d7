// Storage: migrations, refusal of foreign, newer and damaged files, the event log
// agreeing with the current-state tables after every action, and the board's text
// search giving exactly what LIKE gives.
#include "domain/clock.h"
#include "pipeline/pipelineservice.h"
#include "storage/consistency.h"
#include "storage/database.h"
#include "storage/leadquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

constexpr Timestamp kT0 = 1767600000000; // 2026-01-05T08:00:00Z

// Overwrites page `page` (counted from 1) of an SQLite file with garbage.
bool damagePage(const QString &path, int page, int pageSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(page - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, '\xff')) == pageSize;
}

// A lead row written straight to the table, as another program or an old Baton would.
Status insertLead(Database &db, const QString &id, const QString &first, const QString &last, const QString &company,
                  const QString &email)
{
    QSqlQuery &q = db.prepared(
        QStringLiteral("INSERT INTO leads (id, first_name, last_name, company, email, created_at, stage, stage_since, "
                       "last_activity, last_touch) VALUES (?, ?, ?, ?, ?, 0, 'new', 0, 0, 0)"));
    for (const QString &v : {id, first, last, company, email})
        q.addBindValue(v);
    const Status s = Database::execPrepared(q);
    q.finish();
    return s;
}

// The board's search before the index: LIKE over every lead.
QStringList likeSearch(Database &db, const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id FROM leads WHERE (first_name || ' ' || last_name) LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE "
        "'\\' OR email LIKE ? ESCAPE '\\' ORDER BY id"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    q.finish();
    return ids;
}

// What the board shows for `text`: every page of every column, and the header counts.
QStringList boardSearch(Database &db, const QString &text, int *counted)
{
    LeadQuery query(db);
    LeadFilter f;
    f.text = text;
    QStringList ids;
    for (Stage s : kAllStages) {
        for (const LeadSummary &l : query.page(s, f, 0, 1000))
            ids << l.id;
    }
    *counted = 0;
    for (const StageTotals &t : query.totals(f))
        *counted += t.count;
    ids.sort();
    return ids;
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyFile();
    void reopensWithoutMigrating();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesANewerSchema();
    void eventLogIsAppendOnly();
    void logAgreesWithStateAfterEveryAction();
    void staleWriteIsRefused();
    void damageIsFoundOnOpenOrByTheCaller();
    void damagedFileCanBeMadeReadOnly();
    void searchIndexIsFilledWhenMigrating();
    void searchFollowsEveryChange();
    void searchMatchesLike_data();
    void searchMatchesLike();
};

void TestStorage::migratesAnEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
    ManualClock clock(kT0);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    QCOMPARE(p.catalog().reasons().size(), 11);
    QCOMPARE(p.model().rules.size(), 12);
    QVERIFY(db.value()->check(true).ok());
}

void TestStorage::reopensWithoutMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        ManualClock clock(kT0);
        PipelineService p(*db.value(), clock);
        QVERIFY(p.initialize().ok());
        QVERIFY(p.saveUser({QStringLiteral("ana"), QStringLiteral("Ana"), Role::SalesRep}).ok());
    }
    auto again = Database::open(path);
    QVERIFY(again.ok());
    ManualClock clock(kT0);
    PipelineService p(*again.value(), clock);
    QVERIFY(p.initialize().ok());
    QCOMPARE(p.users().size(), 1);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1.bak"))); // nothing to upgrade, no backup
}

void TestStorage::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a text file is not a database") << QByteArray("name,email\nAna,ana@x.io\n")
                                                   << QStringLiteral("not a Baton database");
    QTest::addRow("an SQLite file of another program is not ours") << QByteArray() << QStringLiteral("other data");
}

void TestStorage::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (content.isEmpty()) {
        // Another application's SQLite database.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        q.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before); // left untouched
}

void TestStorage::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 1)).ok());
    }
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("newer Baton")), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before);
}

void TestStorage::eventLogIsAppendOnly()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ManualClock clock(kT0);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    QVERIFY(p.createLead(QStringLiteral("L1"), {.email = QStringLiteral("a@b.io")}, QString()).ok());
    QVERIFY(!db.value()->exec(QStringLiteral("UPDATE lead_events SET kind = 'won'")).ok());
    QVERIFY(!db.value()->exec(QStringLiteral("DELETE FROM lead_events")).ok());
}

void TestStorage::logAgreesWithStateAfterEveryAction()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ManualClock clock(kT0);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    const auto agree = [&](const char *step) {
        const QStringList problems = checkConsistency(*db.value());
        if (!problems.isEmpty())
            qWarning() << step << problems;
        return problems.isEmpty();
    };
    QVERIFY(p.saveUser({QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep}).ok());
    QVERIFY(p.saveUser({QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::SalesRep}).ok());
    QVERIFY(p.saveUser({QStringLiteral("marc"), QStringLiteral("Marc Petit"), Role::MarketingManager}).ok());
    LeadFields hot{.email = QStringLiteral("cto@acme.io"), .title = QStringLiteral("CTO"),
                   .company = QStringLiteral("Acme"), .companySize = 120, .industry = QStringLiteral("Software"),
                   .country = QStringLiteral("FR")};
    QVERIFY(p.createLead(QStringLiteral("L1"), hot, QStringLiteral("marc")).ok());
    QVERIFY(agree("created and handed off"));
    QVERIFY(p.createLead(QStringLiteral("L2"), {.email = QStringLiteral("jo@gmail.com")}, QString()).ok());
    clock.advance(kMsPerHour);
    QVERIFY(p.handOff(QStringLiteral("L2"), QStringLiteral("marc")).ok());
    QVERIFY(agree("manual hand-off"));
    clock.advance(kMsPerHour);
    QVERIFY(p.accept(QStringLiteral("L1"), QStringLiteral("ana")).ok());
    QVERIFY(agree("accepted"));
    const Lead beforeReject = *p.lead(QStringLiteral("L2"));
    const qint64 lastEvent = p.events().lastId();
    QVERIFY(p.reject(QStringLiteral("L2"), QStringLiteral("ben"), QStringLiteral("student"), QString()).ok());
    QVERIFY(agree("rejected"));
    QList<qint64> rejectEvents;
    for (const Event &e : p.events().forLead(QStringLiteral("L2")))
        if (e.id > lastEvent)
            rejectEvents << e.id;
    QVERIFY(p.undo(beforeReject, p.lead(QStringLiteral("L2"))->version, rejectEvents, QStringLiteral("ben")).ok());
    QVERIFY(agree("reject undone"));
    QCOMPARE(p.lead(QStringLiteral("L2"))->stage, Stage::Sal);
    QCOMPARE(p.lead(QStringLiteral("L2"))->review, ReviewStatus::Pending);
    QVERIFY(p.recordActivity(QStringLiteral("L1"), ActivityType::DemoRequest, {}, QString()).ok());
    QVERIFY(agree("demo request"));
    QVERIFY(p.move(QStringLiteral("L1"), Stage::Sql, QStringLiteral("ana")).ok());
    MoveDetails amount;
    amount.amount = 12000;
    QVERIFY(p.move(QStringLiteral("L1"), Stage::Opportunity, QStringLiteral("ana"), amount).ok());
    QVERIFY(p.markWon(QStringLiteral("L1"), QStringLiteral("ana"), 11000).ok());
    QVERIFY(agree("won"));
    clock.advance(40 * kMsPerDay); // breach, escalation, recycling
    QVERIFY(p.tick().ok());
    QVERIFY(agree("after the time-based automations"));
}

void TestStorage::staleWriteIsRefused()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ManualClock clock(kT0);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    QVERIFY(p.createLead(QStringLiteral("L1"), {.email = QStringLiteral("a@b.io")}, QString()).ok());
    Lead stale = *p.lead(QStringLiteral("L1"));
    QVERIFY(p.createLead(QStringLiteral("L2"), {.email = QStringLiteral("c@d.io")}, QString()).ok());
    // Someone else changes L1 in the meantime.
    QVERIFY(db.value()->exec(QStringLiteral("UPDATE leads SET version = version + 1 WHERE id = 'L1'")).ok());
    ++stale.version;
    const Status s = LeadStore(*db.value()).update(stale, std::nullopt);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("changed by someone else")), qPrintable(s.error()));
}

void TestStorage::damageIsFoundOnOpenOrByTheCaller()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    int root = 0;
    int pageSize = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        // Enough rows for the settings table to span pages, its root then an interior page.
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                db.value()
                    ->exec(QStringLiteral("INSERT INTO settings VALUES ('k%1', '%2')").arg(i).arg(QString(500, u'x')))
                    .ok());
        QSqlQuery &q = db.value()->prepared(QStringLiteral("SELECT (SELECT rootpage FROM sqlite_master WHERE name = "
                                                           "'settings'), (SELECT page_size FROM pragma_page_size)"));
        QVERIFY(q.exec() && q.next());
        root = q.value(0).toInt();
        pageSize = q.value(1).toInt();
        q.finish();
    } // closed: the WAL is checkpointed into the file
    QVERIFY(root > 1 && pageSize > 0);
    FileCheck sound(path);
    QVERIFY2(sound.run().ok(), "a sound file passes");

    QVERIFY(damagePage(path, root, pageSize));
    const Result<std::unique_ptr<Database>> checked = Database::open(path);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(QStringLiteral("damaged")), qPrintable(checked.error()));

    // The GUI opens at once and checks on a worker: the same damage is found there.
    const Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Check::ByCaller);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    FileCheck check(path);
    const Status found = check.run();
    QVERIFY(!found.ok());
    QVERIFY(!found.error().isEmpty());
    QVERIFY(!check.isCancelled());

    FileCheck cancelled(path);
    cancelled.cancel();
    QVERIFY(!cancelled.run().ok());
    QVERIFY(cancelled.isCancelled());
}

void TestStorage::damagedFileCanBeMadeReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());
    QVERIFY(db.value()->refuseWrites().ok());
    QVERIFY(!db.value()->exec(QStringLiteral("INSERT INTO settings VALUES ('b', '2')")).ok());
    QSqlQuery &q = db.value()->prepared(QStringLiteral("SELECT count(*) FROM settings"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // still readable
    q.finish();
}

void TestStorage::searchIndexIsFilledWhenMigrating()
{
    // A version 3 database, as the Baton before the search index wrote it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (int step = 1; step <= 3; ++step) {
            QFile file(
                QStringLiteral(":/baton/migrations/%1")
                    .arg(QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0002_board_indexes.sql"),
                                     QStringLiteral("0003_feedback_read.sql")}
                             .at(step - 1)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString &statement : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n--;\n"))) {
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(q.exec(statement), qPrintable(statement.left(60)));
            }
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(0x4261746E)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO leads (id, first_name, last_name, company, email, created_at, stage, stage_since, "
            "last_activity, last_touch) VALUES ('L1', 'Anna', 'Schmidt', 'Globex', 'anna@globex.de', 0, 'new', 0, 0, "
            "0), ('L2', 'Bruno', 'Keller', 'Initech', 'bruno@initech.fr', 0, 'mql', 0, 0, 0)")));
        q.finish();
        old.close();
        old = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    int counted = 0;
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("globex"), &counted), QStringList{QStringLiteral("L1")});
    QCOMPARE(counted, 1);
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("NA SCH"), &counted), QStringList{QStringLiteral("L1")});
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("initech.fr"), &counted), QStringList{QStringLiteral("L2")});
    QVERIFY(db.value()->check(true).ok());
}

void TestStorage::searchFollowsEveryChange()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ManualClock clock(kT0);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    QVERIFY(p.saveUser({QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep}).ok());
    QVERIFY(p.saveUser({QStringLiteral("marc"), QStringLiteral("Marc Petit"), Role::MarketingManager}).ok());
    QVERIFY(p.createLead(QStringLiteral("L1"),
                         {.firstName = QStringLiteral("Anna"),
                          .lastName = QStringLiteral("Schmidt"),
                          .email = QStringLiteral("anna@acme.io"),
                          .company = QStringLiteral("Acme")},
                         QString())
                .ok());
    int counted = 0;
    const QStringList l1{QStringLiteral("L1")};
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("acme"), &counted), l1);

    // A rename: found by its new name only.
    QVERIFY(p.updateLead(QStringLiteral("L1"), {{QStringLiteral("company"), QStringLiteral("Globex")}},
                         QStringLiteral("marc"))
                .ok());
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("acme"), &counted), l1); // still in the e-mail
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("globex"), &counted), l1);
    QVERIFY(p.updateLead(QStringLiteral("L1"), {{QStringLiteral("email"), QStringLiteral("anna@globex.de")}},
                         QStringLiteral("marc"))
                .ok());
    QVERIFY(boardSearch(*db.value(), QStringLiteral("acme"), &counted).isEmpty());
    QCOMPARE(counted, 0);
    QVERIFY(p.updateLead(QStringLiteral("L1"), {{QStringLiteral("last_name"), QStringLiteral("Weber")}},
                         QStringLiteral("marc"))
                .ok());
    QVERIFY(boardSearch(*db.value(), QStringLiteral("schmidt"), &counted).isEmpty());
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("anna weber"), &counted), l1);

    // Moves and activities rewrite the lead without touching what is searched.
    QVERIFY(p.handOff(QStringLiteral("L1"), QStringLiteral("marc"), QStringLiteral("ana")).ok());
    QVERIFY(p.recordActivity(QStringLiteral("L1"), ActivityType::DemoRequest, {}, QString()).ok());
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("globex"), &counted), l1);
    QCOMPARE(counted, 1);

    // A deleted lead leaves the index with it.
    QVERIFY(insertLead(*db.value(), QStringLiteral("R1"), QStringLiteral("Rita"), QStringLiteral("Rowe"),
                       QStringLiteral("Globex"), QStringLiteral("rita@globex.de"))
                .ok());
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("globex"), &counted),
             (QStringList{QStringLiteral("L1"), QStringLiteral("R1")}));
    QVERIFY(db.value()->exec(QStringLiteral("DELETE FROM leads WHERE id = 'R1'")).ok());
    QCOMPARE(boardSearch(*db.value(), QStringLiteral("globex"), &counted), l1);
    QCOMPARE(counted, 1);
    QVERIFY(db.value()->check(true).ok());
}

void TestStorage::searchMatchesLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // how many leads LIKE finds: the search must find these, no more

    QTest::addRow("a company, any case") << QStringLiteral("GLOBEX") << 2;
    QTest::addRow("across first and last name") << QStringLiteral("anna schm") << 1;
    QTest::addRow("part of an e-mail") << QStringLiteral("@finco") << 1;
    QTest::addRow("surrounding spaces are ignored") << QStringLiteral("  globex ") << 2;
    QTest::addRow("an accent, as written") << QStringLiteral("léa") << 1;
    QTest::addRow("accents are not folded") << QStringLiteral("lea") << 0;
    QTest::addRow("upper-case accents are another letter") << QStringLiteral("LÉA") << 0;
    QTest::addRow("capital with an accent, as written") << QStringLiteral("Élodie") << 1;
    QTest::addRow("small letters for a capital with an accent") << QStringLiteral("élodie") << 0;
    QTest::addRow("ß as written") << QStringLiteral("straße") << 1;
    QTest::addRow("percent is a character") << QStringLiteral("100%") << 1;
    QTest::addRow("percent alone") << QStringLiteral("%") << 1;
    QTest::addRow("underscore is a character") << QStringLiteral("a_b") << 1;
    QTest::addRow("underscore alone") << QStringLiteral("_") << 1;
    QTest::addRow("a backslash") << QStringLiteral("\\x") << 1;
    QTest::addRow("a single quote") << QStringLiteral("o'br") << 1;
    QTest::addRow("a double quote") << QStringLiteral("\"big\"") << 1;
    QTest::addRow("a lone double quote") << QStringLiteral("\"") << 1;
    QTest::addRow("FTS syntax is text") << QStringLiteral("and OR not*") << 0;
    QTest::addRow("a column filter is text") << QStringLiteral("name:anna") << 0;
    QTest::addRow("one letter") << QStringLiteral("x") << 5;
    QTest::addRow("two letters") << QStringLiteral("an") << 2;
    QTest::addRow("one accented letter") << QStringLiteral("é") << 1;
    QTest::addRow("one accented capital") << QStringLiteral("É") << 1;
    QTest::addRow("ASCII letters in any case beside ß") << QStringLiteral("GROß") << 1;
    QTest::addRow("two characters, one of them wide") << QStringLiteral("日本") << 1;
    QTest::addRow("three characters beyond the BMP") << QStringLiteral("😀😀😀") << 1;
    QTest::addRow("two characters beyond the BMP") << QStringLiteral("😀😀") << 1;
    QTest::addRow("nothing matches") << QStringLiteral("zqxj") << 0;
}

void TestStorage::searchMatchesLike()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    Database &d = *db.value();
    const QList<QStringList> leads = {
        {QStringLiteral("Anna"), QStringLiteral("Schmidt"), QStringLiteral("Globex"), QStringLiteral("anna@globex.de")},
        {QStringLiteral("Bruno"), QStringLiteral("Keller"), QStringLiteral("GLOBEX Europe"), QStringLiteral("b@gx.de")},
        {QStringLiteral("Léa"), QStringLiteral("Fontaine"), QStringLiteral("Initech"), QStringLiteral("lf@initech.fr")},
        {QStringLiteral("Élodie"), QStringLiteral("Roux"), QStringLiteral("100% Bio"), QStringLiteral("e@bio.fr")},
        {QStringLiteral("Jörg"), QStringLiteral("Groß"), QStringLiteral("Straße AG"), QStringLiteral("j@strasse.de")},
        {QStringLiteral("Sean"), QStringLiteral("O'Brien"), QStringLiteral("The \"Big\" Co"), QStringLiteral("s@x.ie")},
        {QStringLiteral("Eva"), QStringLiteral("Lopez"), QStringLiteral("FinCo"), QStringLiteral("eva@finco.es")},
        {QStringLiteral("Ken"), QStringLiteral("Sato"), QStringLiteral("日本商事"), QStringLiteral("a_b@c\\x.jp")},
        {QStringLiteral("Emo"), QStringLiteral("Ji"), QStringLiteral("😀😀😀 Ltd"), QStringLiteral("emo@ji.io")},
        {QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), QStringLiteral("")},
    };
    for (int i = 0; i < leads.size(); ++i) {
        const QStringList &l = leads.at(i);
        QVERIFY(insertLead(d, QStringLiteral("L%1").arg(i + 1), l.at(0), l.at(1), l.at(2), l.at(3)).ok());
    }
    const QStringList reference = likeSearch(d, text);
    QCOMPARE(reference.size(), expected); // the data set covers what this row is about
    int counted = -1;
    QCOMPARE(boardSearch(d, text, &counted), reference);
    QCOMPARE(counted, int(reference.size()));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
