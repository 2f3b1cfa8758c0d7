// Every manual stage move of PRODUCT.md: each allowed move succeeds, each other
// one is refused with a message that says why, and nothing changes on refusal.
#include "domain/clock.h"
#include "pipeline/moverules.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QSet>
#include <QTest>

using namespace baton;

namespace {
constexpr Timestamp kT0 = 1767600000000; // 2026-01-05T08:00:00Z

struct Fixture
{
    std::unique_ptr<Database> db;
    ManualClock clock{kT0};
    std::unique_ptr<PipelineService> p;

    // A pipeline with one lead "L" in `state` ("new", "mql", "sal:pending", "sal:accepted", ...).
    bool reach(const QString &state)
    {
        db = std::move(Database::open(QStringLiteral(":memory:")).value());
        p = std::make_unique<PipelineService>(*db, clock);
        if (!p->initialize().ok())
            return false;
        PipelineConfig c = p->config();
        c.autoHandoff = false;
        const bool ok = p->configure(c).ok()
            && p->saveUser({QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep}).ok()
            && p->saveUser({QStringLiteral("marc"), QStringLiteral("Marc Petit"), Role::MarketingManager}).ok()
            && p->createLead(QStringLiteral("L"), {.email = QStringLiteral("jo@gmail.com")}, QString()).ok();
        if (!ok)
            return false;
        const QString L = QStringLiteral("L");
        const QString ana = QStringLiteral("ana");
        const QString marc = QStringLiteral("marc");
        MoveDetails amount;
        amount.amount = 5000;
        if (state == u"new")
            return true;
        if (state == u"mql")
            return p->move(L, Stage::Mql, marc).ok();
        if (!p->handOff(L, marc, ana).ok())
            return false;
        if (state == u"sal:pending")
            return true;
        if (state == u"nurture")
            return p->reject(L, ana, QStringLiteral("no_need"), QString()).ok();
        if (!p->accept(L, ana).ok())
            return false;
        if (state == u"sal:accepted")
            return true;
        if (!p->move(L, Stage::Sql, ana).ok())
            return false;
        if (state == u"sql")
            return true;
        if (!p->move(L, Stage::Opportunity, ana, amount).ok())
            return false;
        if (state == u"opportunity")
            return true;
        if (state == u"won")
            return p->markWon(L, ana, 5000).ok();
        if (state == u"lost")
            return p->markLost(L, ana, QStringLiteral("competitor"), QString()).ok();
        return false;
    }
};

QString actorFor(Stage to)
{
    // Marketing qualifies and hands off; sales does the rest.
    return to == Stage::Mql || to == Stage::Sal ? QStringLiteral("marc") : QStringLiteral("ana");
}
} // namespace

class TestMoves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMove_data();
    void everyMove();
    void reasonIsMandatory_data();
    void reasonIsMandatory();
    void rolesAreChecked_data();
    void rolesAreChecked();
    void capacityFollowsDecisions();
};

void TestMoves::everyMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("message");

    // PRODUCT.md "Allowed manual moves".
    const QHash<QString, QStringList> allowed = {
        {QStringLiteral("new"), {QStringLiteral("mql"), QStringLiteral("sal")}},
        {QStringLiteral("mql"), {QStringLiteral("sal")}},
        {QStringLiteral("nurture"), {QStringLiteral("mql"), QStringLiteral("sal")}},
        {QStringLiteral("sal:pending"), {QStringLiteral("nurture")}},
        {QStringLiteral("sal:accepted"), {QStringLiteral("sql"), QStringLiteral("nurture")}},
        {QStringLiteral("sql"), {QStringLiteral("opportunity"), QStringLiteral("nurture")}},
        {QStringLiteral("opportunity"), {QStringLiteral("won"), QStringLiteral("lost")}},
        {QStringLiteral("won"), {}},
        {QStringLiteral("lost"), {}},
    };
    for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
        const QString fromStage = it.key().section(QLatin1Char(':'), 0, 0);
        for (Stage to : kAllStages) {
            const QString target = stageId(to);
            const bool ok = it.value().contains(target);
            QString message;
            if (!ok) {
                if (target == fromStage)
                    message = QStringLiteral("already in");
                else if (fromStage == u"won" || fromStage == u"lost")
                    message = QStringLiteral("closed lead does not move");
                else if (it.key() == u"sal:pending" && target == u"sql")
                    message = QStringLiteral("Accept the lead before qualifying it");
                else
                    message = QStringLiteral("cannot go from %1 to %2").arg(stageDisplayName(*stageFromId(fromStage)),
                                                                            stageDisplayName(to));
            }
            QTest::addRow("%s to %s is %s", qPrintable(it.key()), qPrintable(target), ok ? "allowed" : "refused")
                << it.key() << target << ok << message;
        }
    }
}

void TestMoves::everyMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QFETCH(QString, message);

    Fixture f;
    QVERIFY(f.reach(from));
    const Lead before = *f.p->lead(QStringLiteral("L"));
    const qint64 eventsBefore = f.p->events().count();
    const Stage target = *stageFromId(to);
    QCOMPARE(classifyMove(before.stage, before.review, target).allowed(), allowed);

    MoveDetails details;
    details.amount = 7000;
    details.reason = QStringLiteral("no_budget");
    f.clock.advance(kMsPerMinute);
    const Status s = f.p->move(QStringLiteral("L"), target, actorFor(target), details);
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(stageId(f.p->lead(QStringLiteral("L"))->stage), to);
        QVERIFY(f.p->events().count() > eventsBefore);
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        const Lead after = *f.p->lead(QStringLiteral("L"));
        QCOMPARE(after.stage, before.stage);
        QCOMPARE(after.version, before.version);
        QCOMPARE(f.p->events().count(), eventsBefore);
    }
}

void TestMoves::reasonIsMandatory_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("message");
    QTest::addRow("reject without a reason") << "sal:pending" << "nurture" << QString() << QString()
                                             << "A reason is required";
    QTest::addRow("disqualify without a reason") << "sql" << "nurture" << QString() << QString()
                                                 << "A reason is required";
    QTest::addRow("lose without a reason") << "opportunity" << "lost" << QString() << QString()
                                           << "A reason is required";
    QTest::addRow("an unknown reason") << "sal:pending" << "nurture" << "too_tall" << QString()
                                       << "is not a rejection reason";
    QTest::addRow("other without a comment") << "sal:pending" << "nurture" << "other" << QString()
                                             << "needs a comment";
    QTest::addRow("other with a blank comment") << "sal:accepted" << "nurture" << "other" << "   "
                                                << "needs a comment";
    QTest::addRow("an opportunity without an amount") << "sql" << "opportunity" << QString() << QString()
                                                      << "amount greater than zero";
}

void TestMoves::reasonIsMandatory()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    QFETCH(QString, comment);
    QFETCH(QString, message);
    Fixture f;
    QVERIFY(f.reach(from));
    MoveDetails d;
    d.reason = reason;
    d.comment = comment;
    const Status s = f.p->move(QStringLiteral("L"), *stageFromId(to), QStringLiteral("ana"), d);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    d.reason = QStringLiteral("other");
    d.comment = QStringLiteral("Asked for a quote for a school project");
    d.amount = 1000;
    QVERIFY(f.p->move(QStringLiteral("L"), *stageFromId(to), QStringLiteral("ana"), d).ok());
}

void TestMoves::rolesAreChecked_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("mayAccept");
    QTest::addRow("a sales rep may accept") << "sales_rep" << true;
    QTest::addRow("a sales manager may accept") << "sales_manager" << true;
    QTest::addRow("a marketer may not accept") << "marketer" << false;
    QTest::addRow("a marketing manager may not accept") << "marketing_manager" << false;
    QTest::addRow("an admin may not accept") << "admin" << false;
}

void TestMoves::rolesAreChecked()
{
    QFETCH(QString, role);
    QFETCH(bool, mayAccept);
    Fixture f;
    QVERIFY(f.reach(QStringLiteral("sal:pending")));
    QVERIFY(f.p->saveUser({QStringLiteral("someone"), QStringLiteral("Some One"), *roleFromId(role)}).ok());
    const Status s = f.p->accept(QStringLiteral("L"), QStringLiteral("someone"));
    // A second rep may not decide on Ana's lead; a manager may.
    const bool expected = mayAccept && role != u"sales_rep";
    QCOMPARE(s.ok(), expected);
    if (!s.ok())
        QVERIFY2(s.error().contains(QStringLiteral("only")), qPrintable(s.error()));
    if (role == u"sales_rep")
        QVERIFY2(s.error().contains(QStringLiteral("belongs to")), qPrintable(s.error()));
}

void TestMoves::capacityFollowsDecisions()
{
    // The service counts each rep's pending SALs itself: every way a lead enters or leaves a
    // rep's review must move the count, or round robin hands off past a full rep (or skips a free one).
    Fixture f;
    QVERIFY(f.reach(QStringLiteral("new")));
    const QString marc = QStringLiteral("marc");
    QVERIFY(f.p->saveUser({QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep, true, false, 1}).ok());
    QVERIFY(f.p->saveUser({QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::SalesRep, true, false, 1}).ok());
    for (const QString &id : {QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("L4")})
        QVERIFY(f.p->createLead(id, {.email = id + QStringLiteral("@example.com")}, QString()).ok());
    const auto ownerOf = [&f](const QString &id) { return f.p->lead(id)->owner; };

    QVERIFY(f.p->handOff(QStringLiteral("L"), marc).ok());
    QVERIFY(f.p->handOff(QStringLiteral("L2"), marc).ok());
    QCOMPARE(QSet<QString>({ownerOf(QStringLiteral("L")), ownerOf(QStringLiteral("L2"))}),
             QSet<QString>({QStringLiteral("ana"), QStringLiteral("ben")}));
    QVERIFY(!f.p->handOff(QStringLiteral("L3"), marc).ok()); // both at capacity

    // A rejection frees its rep.
    const QString first = ownerOf(QStringLiteral("L"));
    QVERIFY(f.p->reject(QStringLiteral("L"), first, QStringLiteral("no_need"), QString()).ok());
    QVERIFY(f.p->handOff(QStringLiteral("L3"), marc).ok());
    QCOMPARE(ownerOf(QStringLiteral("L3")), first);
    QVERIFY(!f.p->handOff(QStringLiteral("L4"), marc).ok());

    // So does an acceptance, and a reassignment moves the pending SAL to the new rep.
    const QString second = ownerOf(QStringLiteral("L2"));
    QVERIFY(f.p->accept(QStringLiteral("L2"), second).ok());
    QVERIFY(f.p->saveUser({QStringLiteral("sofia"), QStringLiteral("Sofia"), Role::SalesManager}).ok());
    QVERIFY(f.p->reassign(QStringLiteral("L3"), second, QStringLiteral("sofia")).ok());
    QVERIFY(f.p->handOff(QStringLiteral("L4"), marc).ok());
    QCOMPARE(ownerOf(QStringLiteral("L4")), first);

    // Counts read again after a reload agree.
    f.p->reload();
    QVERIFY(!f.p->handOff(QStringLiteral("L"), marc).ok());
}

QTEST_GUILESS_MAIN(TestMoves)
#include "tst_moves.moc"
