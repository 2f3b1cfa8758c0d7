// The review queue: ordered by deadline, keyboard-driven, every action through LeadActions.
#include "leadfixture.h"

#include "common/leadactions.h"
#include "triage/contactdialog.h"
#include "triage/rejectdialog.h"
#include "triage/triagemodel.h"
#include "triage/triageview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUndoStack>

using namespace baton;
using namespace Qt::StringLiterals;

class TestTriage : public QObject
{
    Q_OBJECT

    std::unique_ptr<LeadFixture> f;

    // Three SALs for Ana handed off in the order L2, L1, L3 (so not creation
    // order), one for Sam; the clock three hours after the first hand-off.
    void build()
    {
        f = std::make_unique<LeadFixture>();
        f->createLead(u"L1"_s, u"Anna"_s, u"Schmidt"_s);
        f->createLead(u"L2"_s, u"Lucas"_s, u"Moreau"_s);
        f->createLead(u"L3"_s, u"Priya"_s, u"Natarajan"_s);
        f->createLead(u"L4"_s, u"Noah"_s, u"Keller"_s);
        const Timestamp t = LeadFixture::t0();
        f->handOff(u"L2"_s, u"ana"_s, t);
        f->handOff(u"L1"_s, u"ana"_s, t + kMsPerHour);
        f->handOff(u"L4"_s, u"sam"_s, t + kMsPerHour + kMsPerMinute);
        f->handOff(u"L3"_s, u"ana"_s, t + 2 * kMsPerHour);
        f->clock.set(t + 3 * kMsPerHour);
    }

    static QStringList ids(const TriageModel &model)
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.leadId(i);
        return out;
    }

private Q_SLOTS:
    void init() { build(); }
    void cleanup() { f.reset(); }

    void queueIsOrderedByDeadline()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(*view.model()), (QStringList{u"L2"_s, u"L1"_s, u"L3"_s}));
        QCOMPARE(view.currentLeadId(), u"L2"_s);
        // The row carries the breakdown as chips.
        const QStringList chips = view.model()->index(0).data(TriageModel::FiredChipsRole).toStringList();
        QVERIFY2(chips.contains(u"Senior title +20"_s), qPrintable(chips.join(u", "_s)));
        view.refresh(); // a reset under the tester
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void managerSeesEveryPendingSal()
    {
        LeadActions actions(*f->pipeline, u"lea"_s);
        TriageView view(actions);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(*view.model()), (QStringList{u"L2"_s, u"L1"_s, u"L4"_s, u"L3"_s}));
        QCOMPARE(view.model()->index(2).data(TriageModel::OwnerNameRole).toString(), u"Sam Okafor"_s);
    }

    void jkMoveTheSelection()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        QListView *list = view.list();
        QCOMPARE(view.currentLeadId(), u"L2"_s);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view.currentLeadId(), u"L1"_s);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view.currentLeadId(), u"L3"_s);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view.currentLeadId(), u"L3"_s); // stays on the last
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(view.currentLeadId(), u"L1"_s);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(view.currentLeadId(), u"L2"_s);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(view.currentLeadId(), u"L1"_s);
    }

    void aAcceptsTheSelectedSal()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        QTest::keyClick(view.list(), Qt::Key_J); // L1
        QTest::keyClick(view.list(), Qt::Key_A);
        QCOMPARE(f->lead(u"L1"_s).review, ReviewStatus::Accepted);
        QCOMPARE(f->lead(u"L2"_s).review, ReviewStatus::Pending);
        // It leaves the queue and the next lead takes its place.
        QCOMPARE(ids(*view.model()), (QStringList{u"L2"_s, u"L3"_s}));
        QCOMPARE(view.currentLeadId(), u"L3"_s);
        // Undo brings it back.
        actions.undoStack()->undo();
        QCOMPARE(f->lead(u"L1"_s).review, ReviewStatus::Pending);
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void rOpensTheRejectDialog()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        view.show();
        QString seenName;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RejectDialog *>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (!dialog)
                return;
            seenName = dialog->findChild<QLabel *>(u"leadName"_s)->text();
            QVERIFY(!dialog->acceptButton()->isEnabled());
            dialog->findChild<QRadioButton *>(u"no_budget"_s)->click();
            dialog->acceptButton()->click();
        });
        QTest::keyClick(view.list(), Qt::Key_R);
        QVERIFY(seen);
        QCOMPARE(seenName, u"Lucas Moreau"_s);
        const Lead l2 = f->lead(u"L2"_s);
        QCOMPARE(l2.stage, Stage::Nurture);
        QCOMPARE(ids(*view.model()), (QStringList{u"L1"_s, u"L3"_s}));
    }

    void cancellingTheRejectDialogChangesNothing()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        view.show();
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<RejectDialog *>(QApplication::activeModalWidget()))
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(view.list(), Qt::Key_R);
        QCOMPARE(f->lead(u"L2"_s).stage, Stage::Sal);
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void cLogsAContact()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        view.show();
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<ContactDialog *>(QApplication::activeModalWidget())) {
                dialog->setType(ActivityType::Meeting);
                dialog->acceptButton()->click();
            }
        });
        QTest::keyClick(view.list(), Qt::Key_C);
        const QList<Activity> activities = f->pipeline->leads().activities(u"L2"_s);
        QVERIFY(std::any_of(activities.cbegin(), activities.cend(),
                            [](const Activity &a) { return a.type == ActivityType::Meeting && a.actor == u"ana"; }));
    }

    void enterOpensTheLead()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        TriageView view(actions);
        QSignalSpy open(&view, &TriageView::openLead);
        QTest::keyClick(view.list(), Qt::Key_J);
        QTest::keyClick(view.list(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"L1"_s);
    }

    void emptyQueueSaysSo()
    {
        LeadActions actions(*f->pipeline, u"mia"_s);
        TriageView view(actions);
        view.show();
        QCOMPARE(view.model()->rowCount(), 0);
        QWidget *empty = view.findChild<QWidget *>(u"emptyState"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!view.list()->isVisible());
        bool said = false;
        for (QLabel *label : empty->findChildren<QLabel *>())
            said = said || label->text() == u"No leads waiting for you — nice work."_s;
        QVERIFY(said);
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
