// The board's read model: lazy pages per column, SQL filters and sort, totals,
// in-place refresh. Every model runs under QAbstractItemModelTester.

#include "board/boardmodel.h"
#include "board/leadroles.h"
#include "board/stagecolumnmodel.h"
#include "boardfixture.h"
#include "storage/leadquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

Q_DECLARE_METATYPE(baton::LeadFilter)

namespace {
// "L1 L2" -> {"L1", "L2"}
QStringList ids(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyColumnPassesTheModelTester();
    void columnsFetchLazily();
    void pendingSalsSortByDeadline();
    void otherColumnsSortByScore();
    void filtersNarrowTheBoard_data();
    void filtersNarrowTheBoard();
    void searchTakesTextLiterally();
    void totalsCountAndSum();
    void refreshChangesRowsInPlace();
    void totalsFollowEveryChange();
    void filterValuesForMenus();
    void pagesLeaveNoReadOpen();

private:
    QStringList allIds(BoardModel &board);
    BoardFixture *m_f = nullptr;
};

QStringList TestBoardModel::allIds(BoardModel &board)
{
    QStringList ids;
    for (Stage s : kAllStages) {
        StageColumnModel *c = board.column(s);
        while (c->canFetchMore({}))
            c->fetchMore({});
        for (int row = 0; row < c->rowCount(); ++row)
            ids << c->index(row).data(LeadIdRole).toString();
    }
    ids.sort();
    return ids;
}

void TestBoardModel::initTestCase()
{
    isolateSettings("tst_boardmodel");
}

void TestBoardModel::init()
{
    m_f = new BoardFixture;
    const QString error = m_f->setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBoardModel::cleanup()
{
    delete m_f;
    m_f = nullptr;
}

void TestBoardModel::everyColumnPassesTheModelTester()
{
    BoardModel board(*m_f->db, m_f->clock);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (Stage s : kAllStages) {
        board.column(s)->setPageSize(1); // many small inserts
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            board.column(s), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QCOMPARE(allIds(board).size(), 10);

    // Filter, refresh after changes, and clear again, all under the testers.
    LeadFilter f;
    f.source = QStringLiteral("linkedin");
    board.setFilter(f);
    QCOMPARE(allIds(board), (QStringList{QStringLiteral("L3"), QStringLiteral("L6"), QStringLiteral("L9")}));
    board.setFilter({});
    allIds(board);
    QVERIFY(m_f->pipeline->reject(QStringLiteral("L1"), QStringLiteral("ana"), QStringLiteral("no_budget"), {}));
    QVERIFY(m_f->pipeline->handOff(QStringLiteral("L2"), QStringLiteral("marc")));
    board.refresh();
    QCOMPARE(board.column(Stage::Nurture)->rowOf(QStringLiteral("L1")) >= 0, true);
    QCOMPARE(board.column(Stage::Sal)->rowOf(QStringLiteral("L1")), -1);
    QVERIFY(board.column(Stage::Sal)->rowOf(QStringLiteral("L2")) >= 0);
}

void TestBoardModel::columnsFetchLazily()
{
    BoardModel board(*m_f->db, m_f->clock);
    StageColumnModel *column = board.column(Stage::New);
    column->setPageSize(2);
    QSignalSpy inserted(column, &QAbstractItemModel::rowsInserted);

    QCOMPARE(column->rowCount(), 0); // nothing read until the view asks
    QVERIFY(column->canFetchMore({}));
    column->fetchMore({});
    QCOMPARE(column->rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    while (column->canFetchMore({}))
        column->fetchMore({});
    QCOMPARE(column->rowCount(), board.totals(Stage::New).count);
    QCOMPARE(column->rowCount(), 3); // L2, L5, L8
    QCOMPARE(inserted.count(), 2);   // a page of 2, then the last one

    // The tester fetches on its own, also from inside insertion signals.
    board.setFilter({});
    QAbstractItemModelTester tester(column, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (column->canFetchMore({}))
        column->fetchMore({});
    QCOMPARE(column->rowCount(), 3);
}

void TestBoardModel::pendingSalsSortByDeadline()
{
    BoardModel board(*m_f->db, m_f->clock);
    StageColumnModel *sal = board.column(Stage::Sal);
    sal->fetchMore({});
    QCOMPARE(sal->rowCount(), 3);
    qint64 previous = 0;
    for (int row = 0; row < sal->rowCount(); ++row) {
        const QModelIndex i = sal->index(row);
        QVERIFY(i.data(PendingReviewRole).toBool());
        const qint64 deadline = i.data(ReviewDeadlineRole).toLongLong();
        QVERIFY2(deadline >= previous, "pending SALs come soonest deadline first");
        previous = deadline;
    }
    QCOMPARE(sal->index(0).data(LeadIdRole).toString(), QStringLiteral("L1"));
}

void TestBoardModel::otherColumnsSortByScore()
{
    BoardModel board(*m_f->db, m_f->clock);
    StageColumnModel *column = board.column(Stage::New);
    column->fetchMore({});
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < column->rowCount(); ++row) {
        const int score = column->index(row).data(ScoreRole).toInt();
        QVERIFY(score <= previous);
        previous = score;
    }
}

void TestBoardModel::filtersNarrowTheBoard_data()
{
    QTest::addColumn<LeadFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    auto filter = [](auto edit) {
        LeadFilter f;
        edit(f);
        return f;
    };
    QTest::addRow("no filter shows every lead") << LeadFilter{} << ids("L1 L10 L2 L3 L4 L5 L6 L7 L8 L9");
    QTest::addRow("search matches a company in any case")
        << filter([](LeadFilter &f) { f.text = QStringLiteral("GLOBEX"); }) << ids("L3");
    QTest::addRow("search matches a full name across first and last")
        << filter([](LeadFilter &f) { f.text = QStringLiteral("anna schm"); }) << ids("L1");
    QTest::addRow("search matches an e-mail")
        << filter([](LeadFilter &f) { f.text = QStringLiteral("@finco"); }) << ids("L6");
    QTest::addRow("owner narrows to one rep's leads")
        << filter([](LeadFilter &f) { f.owner = QStringLiteral("ben"); }) << ids("L3 L6 L9");
    QTest::addRow("my leads are the current user's") << filter([](LeadFilter &f) {
        f.mine = true;
        f.me = QStringLiteral("ana");
    }) << ids("L1 L10 L4");
    QTest::addRow("source") << filter([](LeadFilter &f) { f.source = QStringLiteral("google_ads"); })
                            << ids("L1 L4 L7");
    QTest::addRow("campaign") << filter([](LeadFilter &f) { f.campaign = QStringLiteral("Spring"); })
                              << ids("L3 L6 L9");
    QTest::addRow("a score range keeps its bounds") << filter([](LeadFilter &f) {
        f.minScore = 0;
        f.maxScore = 39;
    }) << ids("L10 L5");
    QTest::addRow("urgent only") << filter([](LeadFilter &f) { f.urgentOnly = true; }) << ids("L10");
    QTest::addRow("filters combine: Ana's leads from Google Ads") << filter([](LeadFilter &f) {
        f.owner = QStringLiteral("ana");
        f.source = QStringLiteral("google_ads");
    }) << ids("L1 L4");
}

void TestBoardModel::filtersNarrowTheBoard()
{
    QFETCH(LeadFilter, filter);
    QFETCH(QStringList, expected);
    BoardModel board(*m_f->db, m_f->clock);
    QSignalSpy totals(&board, &BoardModel::totalsChanged);
    board.setFilter(filter);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(allIds(board), expected);
    int counted = 0;
    for (Stage s : kAllStages)
        counted += board.totals(s).count;
    QCOMPARE(counted, expected.size());
}

void TestBoardModel::searchTakesTextLiterally()
{
    BoardModel board(*m_f->db, m_f->clock);
    LeadFilter f;
    f.text = QStringLiteral("%");
    board.setFilter(f);
    QVERIFY(allIds(board).isEmpty());
    f.text = QStringLiteral("_");
    board.setFilter(f);
    QVERIFY(allIds(board).isEmpty());
}

void TestBoardModel::totalsCountAndSum()
{
    BoardModel board(*m_f->db, m_f->clock);
    QCOMPARE(board.totals(Stage::Sal).count, 3);
    QCOMPARE(board.totals(Stage::Sal).pendingCount, 3);
    QCOMPARE(board.totals(Stage::Sal).breachedCount, 0);
    QCOMPARE(board.totals(Stage::Opportunity).count, 1);
    QCOMPARE(board.totals(Stage::Opportunity).amountSum, 12000.0);
    QCOMPARE(board.totals(Stage::Won).amountSum, 9000.0);
    QCOMPARE(board.totals(Stage::Mql).count, 0);

    // Past the 48 h review deadline every pending SAL counts as breached, and
    // the breached filter shows exactly them.
    m_f->clock.advance(49 * kMsPerHour);
    board.refresh();
    QCOMPARE(board.totals(Stage::Sal).breachedCount, 3);
    LeadFilter f;
    f.breachedOnly = true;
    board.setFilter(f);
    QCOMPARE(allIds(board), (QStringList{QStringLiteral("L1"), QStringLiteral("L3"), QStringLiteral("L9")}));
}

void TestBoardModel::refreshChangesRowsInPlace()
{
    BoardModel board(*m_f->db, m_f->clock);
    StageColumnModel *sal = board.column(Stage::Sal);
    StageColumnModel *nurture = board.column(Stage::Nurture);
    QAbstractItemModelTester t1(sal, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(nurture, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sal->fetchMore({});
    nurture->fetchMore({});
    QSignalSpy salReset(sal, &QAbstractItemModel::modelReset);
    QSignalSpy salRemoved(sal, &QAbstractItemModel::rowsRemoved);
    QSignalSpy nurtureInserted(nurture, &QAbstractItemModel::rowsInserted);
    QSignalSpy totals(&board, &BoardModel::totalsChanged);

    QVERIFY(m_f->pipeline->reject(QStringLiteral("L3"), QStringLiteral("ben"), QStringLiteral("bad_timing"), {}));
    board.refresh();
    QCOMPARE(salReset.count(), 0); // no reset: the view keeps its scroll position
    QCOMPARE(salRemoved.count(), 1);
    QCOMPARE(nurtureInserted.count(), 1);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(sal->rowOf(QStringLiteral("L3")), -1);
    QVERIFY(nurture->rowOf(QStringLiteral("L3")) >= 0);
    QCOMPARE(board.totals(Stage::Sal).count, 2);

    // A refresh with nothing changed says nothing.
    QSignalSpy changed(sal, &QAbstractItemModel::dataChanged);
    board.refresh();
    QCOMPARE(changed.count(), 0);
}

void TestBoardModel::totalsFollowEveryChange()
{
    // After each change the board's counts (taken from the log's moves) equal a fresh count.
    BoardModel board(*m_f->db, m_f->clock);
    const auto agree = [&](const char *step) {
        board.refresh();
        const QMap<Stage, StageTotals> fresh = LeadQuery(*m_f->db).totals(LeadFilter{});
        for (Stage s : kAllStages) {
            if (board.totals(s).count != fresh.value(s).count) {
                qWarning("%s: %s counts %d, a fresh count %d", step, qPrintable(stageId(s)), board.totals(s).count,
                         fresh.value(s).count);
                return false;
            }
        }
        return true;
    };
    PipelineService &p = *m_f->pipeline;
    QVERIFY(p.reject(QStringLiteral("L3"), QStringLiteral("ben"), QStringLiteral("bad_timing"), {}));
    QVERIFY(agree("rejected"));
    QCOMPARE(board.totals(Stage::Nurture).count, 2);
    QVERIFY(p.createLead(QStringLiteral("L11"), {.email = QStringLiteral("new@lead.io")}, QString()).ok());
    QVERIFY(agree("created"));
    QCOMPARE(board.totals(Stage::New).count, 4);
    QVERIFY(p.move(QStringLiteral("L2"), Stage::Mql, QStringLiteral("marc")).ok());
    QVERIFY(agree("moved"));
    // An undo restores a stage without saying which it left: counted again.
    const Lead before = *p.lead(QStringLiteral("L1"));
    const qint64 lastEvent = p.events().lastId();
    QVERIFY(p.reject(QStringLiteral("L1"), QStringLiteral("ana"), QStringLiteral("no_budget"), {}));
    QList<qint64> events;
    for (const Event &e : p.events().forLead(QStringLiteral("L1")))
        if (e.id > lastEvent)
            events << e.id;
    QVERIFY(agree("rejected again"));
    QVERIFY(p.undo(before, p.lead(QStringLiteral("L1"))->version, events, QStringLiteral("ana")).ok());
    QVERIFY(agree("undone"));
    m_f->clock.advance(40 * kMsPerDay); // breaches, escalations, recycling
    QVERIFY(p.tick().ok());
    QVERIFY(agree("after the time-based automations"));
}

void TestBoardModel::filterValuesForMenus()
{
    BoardModel board(*m_f->db, m_f->clock);
    QCOMPARE(board.query().sources(),
             (QStringList{QStringLiteral("google_ads"), QStringLiteral("linkedin"), QStringLiteral("organic")}));
    QCOMPARE(board.query().campaigns(), (QStringList{QStringLiteral("Q1 webinar"), QStringLiteral("Spring")}));
}

// ARCHITECTURE.md's trap: a half-read query keeps SQLite's read open and makes
// another connection's write, or this one's next write, fail. Pages are read
// and finished, so both writes go through.
void TestBoardModel::pagesLeaveNoReadOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.sqlite"));
    ManualClock clock(1'767'600'000'000);
    auto first = Database::open(path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    PipelineService one(*first.value(), clock);
    QVERIFY(one.initialize());
    QVERIFY(one.saveUser(User{QStringLiteral("marc"), QStringLiteral("Marc"), Role::MarketingManager}));
    for (int i = 0; i < 5; ++i) {
        LeadFields fields;
        fields.email = QStringLiteral("lead%1@example.org").arg(i);
        QVERIFY(one.createLead(QStringLiteral("N%1").arg(i), fields, QStringLiteral("marc")));
    }

    LeadQuery query(*first.value());
    QCOMPARE(query.page(Stage::New, {}, 0, 2).size(), 2);
    (void)query.totals({});

    auto second = Database::open(path);
    QVERIFY(second);
    PipelineService two(*second.value(), clock);
    QVERIFY(two.initialize());
    LeadFields other;
    other.email = QStringLiteral("second@example.org");
    const Result<QString> written = two.createLead(QStringLiteral("S1"), other, QStringLiteral("marc"));
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));

    LeadFields mine;
    mine.email = QStringLiteral("first-again@example.org");
    const Result<QString> again = one.createLead(QStringLiteral("F1"), mine, QStringLiteral("marc"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(query.totals({}).value(Stage::New).count, 7);
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
