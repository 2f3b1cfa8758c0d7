// Storage: migrations, refusal of foreign and newer files, and the event log
// agreeing with the current-state tables after every action.
#include "domain/clock.h"
#include "pipeline/pipelineservice.h"
#include "storage/consistency.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
