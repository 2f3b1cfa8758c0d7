// The board and main window offscreen: drops, the reason and amount dialogs,
// undo, refusals, roles, drop targets and the undoable confirmation.

#include "board/board.h"
#include "board/boardmodel.h"
#include "board/cardlistview.h"
#include "board/filterbar.h"
#include "board/stagecolumn.h"
#include "board/stagecolumnmodel.h"
#include "boardfixture.h"
#include "common/confirmationbar.h"
#include "common/leadactions.h"
#include "common/notificationbell.h"
#include "common/theme.h"
#include "io/columnmapping.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "triage/rejectdialog.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace baton;
using namespace baton::test;

namespace {

// Runs `inspect` on the modal dialog the next call opens, once it is shown.
void whenModal(const std::function<void(QWidget *)> &inspect)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, inspect] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        inspect(modal);
    });
    timer->start();
}

bool inColumn(Board &board, Stage stage, const QString &leadId)
{
    board.column(stage)->setFolded(false); // a folded column holds no cards
    StageColumnModel *c = board.model()->column(stage);
    while (c->canFetchMore({}))
        c->fetchMore({});
    return c->rowOf(leadId) >= 0;
}

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rejectByDropAsksForAReason();
    void undoRestoresTheStage();
    void refusedMoveSnapsBackWithAMessage();
    void marketerCannotAcceptOrReject();
    void winAsksForTheAmount();
    void dragHighlightsAllowedColumns();
    void dropOnAColumnMovesTheLead();
    void headersShowCountsAndSums();
    void mainWindowConfirmsWithUndo();
    void bellCountsUnreadNotifications();
    void switchingUserKeepsFiltersApart();
    void foldedColumnsReadNothing();
    void damagedDatabaseRefusesChanges();
    void windowChecksItsDatabaseAfterShowing_data();
    void windowChecksItsDatabaseAfterShowing();

private:
    BoardFixture *m_f = nullptr;
    Theme m_theme{Theme::Mode::Light};
};

void TestBoard::initTestCase()
{
    isolateSettings("tst_board");
}

void TestBoard::init()
{
    m_f = new BoardFixture;
    const QString error = m_f->setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBoard::cleanup()
{
    delete m_f;
    m_f = nullptr;
}

void TestBoard::rejectByDropAsksForAReason()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    board.resize(1200, 700);
    board.show();

    // Cancelled: the reason dialog came up with its default button disabled.
    bool seen = false;
    bool okEnabledWithoutReason = true;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RejectDialog *>(modal);
        seen = dialog != nullptr;
        if (dialog) {
            okEnabledWithoutReason = dialog->acceptButton()->isEnabled();
            dialog->reject();
        }
    });
    QVERIFY(!board.dropLead(QStringLiteral("L1"), Stage::Nurture));
    QVERIFY(seen);
    QVERIFY(!okEnabledWithoutReason);
    QVERIFY(inColumn(board, Stage::Sal, QStringLiteral("L1")));

    // With a reason the lead goes to Nurture.
    bool okEnabledWithReason = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RejectDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->selectReason(QStringLiteral("no_budget")));
        okEnabledWithReason = dialog->acceptButton()->isEnabled();
        dialog->accept();
    });
    QSignalSpy changed(&actions, &LeadActions::changed);
    QVERIFY(board.dropLead(QStringLiteral("L1"), Stage::Nurture));
    QVERIFY(okEnabledWithReason);
    QCOMPARE(changed.count(), 1);
    QVERIFY(inColumn(board, Stage::Nurture, QStringLiteral("L1")));
    QVERIFY(!inColumn(board, Stage::Sal, QStringLiteral("L1")));
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L1"))->stage, Stage::Nurture);
}

void TestBoard::undoRestoresTheStage()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ben"));
    Board board(actions, m_theme);
    board.show();
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<RejectDialog *>(modal);
        QVERIFY(dialog);
        dialog->selectReason(QStringLiteral("bad_timing"));
        dialog->accept();
    });
    QVERIFY(board.dropLead(QStringLiteral("L3"), Stage::Nurture));
    QVERIFY(inColumn(board, Stage::Nurture, QStringLiteral("L3")));

    actions.undoStack()->undo();
    const std::optional<Lead> lead = m_f->pipeline->lead(QStringLiteral("L3"));
    QCOMPARE(lead->stage, Stage::Sal);
    QCOMPARE(lead->review, ReviewStatus::Pending);
    QCOMPARE(lead->owner, QStringLiteral("ben"));
    QVERIFY(inColumn(board, Stage::Sal, QStringLiteral("L3")));
    QVERIFY(!inColumn(board, Stage::Nurture, QStringLiteral("L3")));
}

void TestBoard::refusedMoveSnapsBackWithAMessage()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    board.show();
    QSignalSpy message(&board, &Board::statusMessage);
    QSignalSpy changed(&actions, &LeadActions::changed);

    // A pending SAL is accepted before it can be an SQL; no dialog opens.
    QVERIFY(!board.dropLead(QStringLiteral("L1"), Stage::Sql));
    QCOMPARE(message.count(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("Accept")));
    QVERIFY(inColumn(board, Stage::Sal, QStringLiteral("L1")));

    // A closed lead does not move.
    QVERIFY(!board.dropLead(QStringLiteral("L6"), Stage::Nurture));
    QCOMPARE(message.count(), 2);
    QVERIFY(inColumn(board, Stage::Won, QStringLiteral("L6")));
    QCOMPARE(changed.count(), 0);
}

void TestBoard::marketerCannotAcceptOrReject()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("lea"));
    Board board(actions, m_theme);
    board.show();
    QSignalSpy failed(&actions, &LeadActions::failed);
    QSignalSpy message(&board, &Board::statusMessage);

    QVERIFY(!actions.whyNotDecide().isEmpty());
    QVERIFY(!actions.accept(QStringLiteral("L3")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L3"))->review, ReviewStatus::Pending);

    // Dropping on Nurture says why at once instead of asking for a reason.
    QVERIFY(!board.dropLead(QStringLiteral("L3"), Stage::Nurture));
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.at(0).at(0).toString(), actions.whyNotDecide());
    QVERIFY(inColumn(board, Stage::Sal, QStringLiteral("L3")));
}

void TestBoard::winAsksForTheAmount()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    board.show();
    double offered = 0;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        offered = dialog->doubleValue();
        dialog->setDoubleValue(15000);
        dialog->accept();
    });
    QVERIFY(board.dropLead(QStringLiteral("L4"), Stage::Won));
    QCOMPARE(offered, 12000.0); // the opportunity's amount is offered
    const std::optional<Lead> lead = m_f->pipeline->lead(QStringLiteral("L4"));
    QCOMPARE(lead->stage, Stage::Won);
    QCOMPARE(lead->amount.value_or(0), 15000.0);
}

void TestBoard::dragHighlightsAllowedColumns()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    board.show();
    using State = StageColumn::DropState;

    board.showDropTargets(Stage::Sal, ReviewStatus::Pending);
    QCOMPARE(board.column(Stage::Sal)->dropState(), State::Idle);
    QCOMPARE(board.column(Stage::Nurture)->dropState(), State::Allowed);
    for (Stage s : {Stage::New, Stage::Mql, Stage::Sql, Stage::Opportunity, Stage::Won, Stage::Lost})
        QCOMPARE(board.column(s)->dropState(), State::Dimmed);

    board.showDropTargets(Stage::Sal, ReviewStatus::Accepted);
    QCOMPARE(board.column(Stage::Sql)->dropState(), State::Allowed);

    board.clearDropTargets();
    for (Stage s : kAllStages)
        QCOMPARE(board.column(s)->dropState(), State::Idle);
}

void TestBoard::dropOnAColumnMovesTheLead()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("marc"));
    Board board(actions, m_theme);
    board.resize(2400, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));

    StageColumn *sal = board.column(Stage::Sal);
    StageColumn *sql = board.column(Stage::Sql);
    board.showDropTargets(Stage::New, ReviewStatus::None);
    QSignalSpy dropped(sal, &StageColumn::leadDropped);

    QMimeData mime;
    mime.setData(StageColumnModel::kMimeType, QByteArrayLiteral("L2"));
    const QPoint at = sal->rect().center();

    // A column the lead may not go to refuses the drag.
    QDragEnterEvent refused(sql->rect().center(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sql, &refused);
    QVERIFY(!refused.isAccepted());

    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sal, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sal, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(dropped.count(), 1); // decided after the drag's loop, not inside it
    QCOMPARE(dropped.at(0).at(0).toString(), QStringLiteral("L2"));
    QTRY_VERIFY(inColumn(board, Stage::Sal, QStringLiteral("L2")));
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L2"))->review, ReviewStatus::Pending);
}

void TestBoard::headersShowCountsAndSums()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    QCOMPARE(board.column(Stage::Opportunity)->headerText(), QStringLiteral("OPPORTUNITY 1 · €12k"));
    QCOMPARE(board.column(Stage::Won)->headerText(), QStringLiteral("WON 1 · €9k"));
    QCOMPARE(board.column(Stage::New)->headerText(), QStringLiteral("NEW 3"));
    m_f->clock.advance(49 * kMsPerHour);
    board.refresh();
    QCOMPARE(board.column(Stage::Sal)->headerText(), QStringLiteral("SAL 3 · 3 overdue"));
}

void TestBoard::mainWindowConfirmsWithUndo()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    MainWindow window(actions, m_theme);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<RejectDialog *>(modal);
        QVERIFY(dialog);
        dialog->selectReason(QStringLiteral("no_need"));
        dialog->accept();
    });
    QVERIFY(window.board()->dropLead(QStringLiteral("L1"), Stage::Nurture));
    QVERIFY(window.confirmation()->undoOffered());
    QVERIFY(!window.confirmation()->message().isEmpty());

    // The confirmation's Undo is the undo stack's.
    QCOMPARE(actions.undoStack()->count(), 1);
    Q_EMIT window.confirmation()->undoRequested();
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L1"))->stage, Stage::Sal);
    QVERIFY(inColumn(*window.board(), Stage::Sal, QStringLiteral("L1")));

    // A refusal shows core's words in the status bar.
    QVERIFY(!window.board()->dropLead(QStringLiteral("L1"), Stage::Sql));
    QVERIFY(window.confirmation()->message().contains(QStringLiteral("Accept")));
    QVERIFY(!window.confirmation()->undoOffered());
}

void TestBoard::bellCountsUnreadNotifications()
{
    NotificationBell bell(*m_f->pipeline, m_theme);
    bell.setUser(QStringLiteral("ana"));
    // Ana was handed L1, L4, L7 and L10: one "assigned" notification each.
    const int unread = bell.unreadCount();
    QCOMPARE(unread, int(m_f->pipeline->userStore().notifications(QStringLiteral("ana"), true).size()));
    QVERIFY(unread >= 4);
    QVERIFY(bell.toolTip().contains(QString::number(unread)));

    const QList<Notification> all = m_f->pipeline->userStore().notifications(QStringLiteral("ana"), true);
    QVERIFY(m_f->pipeline->userStore().markRead(all.first().id));
    bell.refresh();
    QCOMPARE(bell.unreadCount(), unread - 1);

    bell.setUser(QStringLiteral("lea"));
    QCOMPARE(bell.unreadCount(), 0);
}

void TestBoard::switchingUserKeepsFiltersApart()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    MainWindow window(actions, m_theme);
    window.show();

    // Ana narrows the board to her leads; the filter is remembered for her only.
    LeadFilter mine = window.filterBar()->filter();
    mine.mine = true;
    window.filterBar()->setFilter(mine);
    Q_EMIT window.filterBar()->filterChanged(mine);
    QVERIFY(window.board()->filter().mine);
    QCOMPARE(window.board()->model()->totals(Stage::Sal).count, 1); // L1

    window.setCurrentUser(QStringLiteral("ben"));
    QCOMPARE(actions.userId(), QStringLiteral("ben"));
    QVERIFY(!window.board()->filter().mine);
    QCOMPARE(window.board()->model()->totals(Stage::Sal).count, 3);
    QCOMPARE(actions.undoStack()->count(), 0);

    window.setCurrentUser(QStringLiteral("ana"));
    QVERIFY(window.board()->filter().mine);
    QCOMPARE(window.board()->filter().me, QStringLiteral("ana"));
}

void TestBoard::foldedColumnsReadNothing()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    Board board(actions, m_theme);
    StageColumn *won = board.column(Stage::Won);
    StageColumnModel *model = board.model()->column(Stage::Won);
    won->setFolded(false);
    QVERIFY(model->rowOf(QStringLiteral("L6")) >= 0); // unfolding reads the first page at once

    won->setFolded(true);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
    board.refresh();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(board.model()->totals(Stage::Won).count, 1); // the header still counts its leads
    QVERIFY(won->headerText().startsWith(QStringLiteral("WON 1")));

    won->setFolded(false);
    QVERIFY(model->rowOf(QStringLiteral("L6")) >= 0);
}

void TestBoard::damagedDatabaseRefusesChanges()
{
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    MainWindow window(actions, m_theme);
    window.show();
    QVERIFY(actions.whyNotDecide().isEmpty());
    const QString problems = QStringLiteral("Tree 12 page 34: btreeInitPage() returns error code 11");
    window.setDatabaseDamaged(problems);

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("databaseDamaged"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->detailedText(), problems);
    // The actions say why they are refused, and change nothing.
    QVERIFY(!actions.whyNotDecide().isEmpty());
    QSignalSpy failed(&actions, &LeadActions::failed);
    QVERIFY(!actions.accept(QStringLiteral("L1")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L1"))->review, ReviewStatus::Pending);
    QVERIFY(!window.board()->dropLead(QStringLiteral("L2"), Stage::Mql));
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("L2"))->stage, Stage::New);
    QVERIFY(!window.startImport(ImportKind::Leads));
    // Whatever else would write on this connection, the database refuses.
    QVERIFY(!m_f->db->exec(QStringLiteral("UPDATE leads SET score = score + 1")).ok());
    // Reading goes on.
    window.board()->refresh();
    QVERIFY(inColumn(*window.board(), Stage::Sal, QStringLiteral("L1")));
    box->close();
}

void TestBoard::windowChecksItsDatabaseAfterShowing_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::addRow("a sound file") << false;
    QTest::addRow("a damaged file") << true;
}

void TestBoard::windowChecksItsDatabaseAfterShowing()
{
    QFETCH(bool, damaged);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.sqlite"));
    int root = 0;
    int pageSize = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        ManualClock clock(m_f->clock.now());
        PipelineService p(*db.value(), clock);
        QVERIFY(p.initialize().ok());
        QVERIFY(p.saveUser({QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep}).ok());
        // Campaigns over several pages: nothing reads them before the window shows.
        for (int i = 0; i < 300; ++i)
            QVERIFY(
                db.value()
                    ->exec(
                        QStringLiteral("INSERT INTO campaigns (name) VALUES ('%1 %2')").arg(QString(300, u'c')).arg(i))
                    .ok());
        QSqlQuery &q = db.value()->prepared(QStringLiteral(
            "SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'campaigns'), (SELECT page_size FROM "
            "pragma_page_size)"));
        QVERIFY(q.exec() && q.next());
        root = q.value(0).toInt();
        pageSize = q.value(1).toInt();
        q.finish();
    }
    if (damaged) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(qint64(root - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, '\xff')), qint64(pageSize));
    }

    auto db = Database::open(path, Database::Check::ByCaller);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error()));
    ManualClock clock(m_f->clock.now());
    PipelineService pipeline(*db.value(), clock);
    QVERIFY(pipeline.initialize().ok());
    LeadActions actions(pipeline, QStringLiteral("ana"));
    MainWindow window(actions, m_theme);
    QSignalSpy checked(&window, &MainWindow::databaseChecked);
    window.startDatabaseCheckAfterFirstPaint(); // as the GUI does
    window.show();
    QVERIFY(checked.wait(20000));
    const QString problems = checked.first().first().toString();
    QCOMPARE(problems.isEmpty(), !damaged);
    QCOMPARE(actions.whyNotDecide().isEmpty(), !damaged);
    QCOMPARE(window.findChild<QMessageBox *>(QStringLiteral("databaseDamaged")) != nullptr, damaged);
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
