// The feedback view: its counts are computeFeedback's, the read mark round-trips
// through the database, filters narrow the comments, and only managers edit the contract.

#include "common/leadactions.h"
#include "common/theme.h"
#include "feedback/commentdelegate.h"
#include "feedback/commentmodel.h"
#include "feedback/commitmentsdialog.h"
#include "feedback/contractpanel.h"
#include "feedback/feedbackview.h"
#include "kpi/chartcard.h"
#include "kpi/feedbackreport.h"
#include "kpi/kpidetail.h"
#include "kpi/leadlistpopup.h"
#include "kpi/periodpicker.h"
#include "kpiscenario.h"
#include "storage/feedbackstore.h"
#include "storage/kpisource.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;
constexpr Timestamp kWeek2 = 1767571200000; // Monday 5 January 2026, 00:00 UTC

bool settle(FeedbackView &view, Timestamp from)
{
    return QTest::qWaitFor([&] { return view.snapshot() && view.snapshot()->request.choice.period.from == from; },
                           kWaitMs);
}

// A view of week 2 (three rejections and a loss, all with comments) as `user`.
struct Screen
{
    test::KpiFixture fixture;
    std::unique_ptr<LeadActions> actions;
    std::unique_ptr<FeedbackView> view;

    QString open(const QString &user, const QString &location = u":memory:"_s)
    {
        if (QString error = fixture.setUp(location); !error.isEmpty())
            return error;
        return reopen(user);
    }
    QString reopen(const QString &user)
    {
        view.reset();
        actions = std::make_unique<LeadActions>(*fixture.pipeline, user);
        view = std::make_unique<FeedbackView>(*actions);
        view->setTimeZone(QTimeZone::utc());
        view->resize(1440, 900);
        view->periodPicker()->setCustomRange(QDate(2026, 1, 5), QDate(2026, 1, 11));
        view->show();
        return settle(*view, kWeek2) ? QString() : u"the view never showed week 2"_s;
    }
};

} // namespace

class TestFeedbackView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme(Theme::Mode::Light).apply(*qApp);
    }

    void countsAreThoseOfComputeFeedback()
    {
        Screen screen;
        QVERIFY2(screen.open(u"marc"_s).isEmpty(), "set-up");
        const KpiPeriod period = isoWeekPeriod(2026, 2, QTimeZone::utc(), test::kKpiScenarioEnd);
        const FeedbackReport expected =
            computeFeedback(loadKpiInput(*screen.fixture.db, test::kKpiScenarioEnd), period);
        QCOMPARE(screen.view->snapshot()->report.total(), expected.total());
        QCOMPARE(screen.view->commentModel()->rowCount(), expected.total());
        QCOMPARE(screen.view->commentFilter()->rowCount(), 4); // every one has a comment
        QCOMPARE(screen.view->countsText(), u"comments: 4 · 0 read · 4 unread"_s);

        // The Pareto chart's bars are the reasons' counts, most first.
        ChartCard *reasons = screen.view->chartCard(FeedbackChart::Reasons);
        QVERIFY(!reasons->isEmpty());
        const auto *bars = qobject_cast<QAbstractBarSeries *>(reasons->chart()->series().constFirst());
        QVERIFY(bars);
        QBarSet *set = bars->barSets().constFirst();
        QCOMPARE(set->count(), expected.byReason.size());
        for (int i = 0; i < set->count(); ++i)
            QCOMPARE(int(set->at(i)), expected.byReason.at(i).count);
        for (FeedbackChart which : {FeedbackChart::Trend, FeedbackChart::Campaigns, FeedbackChart::Sources})
            QVERIFY(!screen.view->chartCard(which)->isEmpty());

        // Drilling a campaign lists the leads it lost: Spring had L2 and L5.
        const QList<FeedbackGroup> campaigns = chartGroups(FeedbackChart::Campaigns, *screen.view->snapshot());
        const int spring = int(std::find_if(campaigns.cbegin(), campaigns.cend(),
                                            [](const FeedbackGroup &g) { return g.key == u"Spring"; })
                               - campaigns.cbegin());
        screen.view->drill(FeedbackChart::Campaigns, u"campaign"_s, spring);
        QCOMPARE(screen.view->leadList()->shownLeads(), (QStringList{u"L5"_s, u"L2"_s}));
    }

    void theModelIsAWellBehavedModel()
    {
        Screen screen;
        QVERIFY(screen.open(u"marc"_s).isEmpty());
        QAbstractItemModelTester source(screen.view->commentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(screen.view->commentFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        screen.view->commentFilter()->setText(u"budget"_s);
        screen.view->commentFilter()->setText(QString());
    }

    void filtersNarrowTheComments_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("leads");
        QTest::addRow("by reason") << u"no_budget"_s << QString() << QStringList{u"L3"_s};
        QTest::addRow("by text in the comment") << QString() << u"browsing"_s << QStringList{u"L4"_s};
        QTest::addRow("by text in the lead's company") << QString() << u"finco"_s << QStringList{u"L5"_s};
        QTest::addRow("both, nothing left") << u"no_budget"_s << u"browsing"_s << QStringList{};
    }
    void filtersNarrowTheComments()
    {
        QFETCH(QString, reason);
        QFETCH(QString, text);
        QFETCH(QStringList, leads);
        Screen screen;
        QVERIFY(screen.open(u"marc"_s).isEmpty());
        auto *reasons = screen.view->findChild<QComboBox *>(u"reasonFilter"_s);
        QVERIFY(reasons);
        reasons->setCurrentIndex(std::max(0, reasons->findData(reason)));
        screen.view->findChild<QLineEdit *>(u"search"_s)->setText(text);
        QStringList shown;
        for (int i = 0; i < screen.view->commentFilter()->rowCount(); ++i)
            shown << screen.view->commentFilter()->index(i, 0).data(CommentModel::LeadIdRole).toString();
        QCOMPARE(shown, leads);
    }

    void theReadMarkRoundTrips()
    {
        QTemporaryDir dir;
        Screen screen;
        QVERIFY(screen.open(u"lea"_s, dir.filePath(u"feedback.sqlite"_s)).isEmpty());
        const QModelIndex first = screen.view->commentFilter()->index(0, 0);
        const qint64 event = first.data(CommentModel::EventIdRole).toLongLong();
        QVERIFY(screen.view->setRead(event, true));
        QVERIFY(first.data(CommentModel::ReadRole).toBool());
        QCOMPARE(screen.view->countsText(), u"comments: 4 · 1 read · 3 unread"_s);
        // Stored with who and when; a new view (after a restart) shows it read.
        const FeedbackRead read = FeedbackStore(*screen.fixture.db).reads().value(event);
        QCOMPARE(read.by, u"lea"_s);
        QCOMPARE(read.at, screen.fixture.clock.now());
        QVERIFY(screen.reopen(u"lea"_s).isEmpty());
        QCOMPARE(screen.view->countsText(), u"comments: 4 · 1 read · 3 unread"_s);
        screen.view->findChild<QCheckBox *>(u"unreadOnly"_s)->setChecked(true);
        QCOMPARE(screen.view->commentFilter()->rowCount(), 3);
        // Unmarking puts it back.
        QVERIFY(screen.view->setRead(event, false));
        QCOMPARE(screen.view->commentFilter()->rowCount(), 4);
    }

    void clickingMarkAsReadMarksIt()
    {
        Screen screen;
        QVERIFY(screen.open(u"marc"_s).isEmpty());
        QListView *list = screen.view->commentList();
        auto *delegate = screen.view->findChild<CommentDelegate *>();
        QVERIFY(delegate);
        QTest::qWait(50); // the list lays its rows out
        const QModelIndex index = list->model()->index(1, 0);
        const QModelIndex source = screen.view->commentFilter()->mapToSource(index);
        const QRect mark = delegate->markRect(list->visualRect(index), screen.view->commentModel()->row(source.row()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, mark.center());
        QVERIFY(index.data(CommentModel::ReadRole).toBool());
        QCOMPARE(FeedbackStore(*screen.fixture.db).reads().size(), 1);
        QCOMPARE(FeedbackStore(*screen.fixture.db).reads().cbegin()->by, u"marc"_s);
    }

    void salesMayNotMarkFeedbackRead()
    {
        Screen screen;
        QVERIFY(screen.open(u"ana"_s).isEmpty());
        const qint64 event = screen.view->commentFilter()->index(0, 0).data(CommentModel::EventIdRole).toLongLong();
        QVERIFY(!screen.view->setRead(event, true));
        QVERIFY(FeedbackStore(*screen.fixture.db).reads().isEmpty());
    }

    void theContractShowsBothSides()
    {
        Screen screen;
        QVERIFY(screen.open(u"marc"_s).isEmpty());
        const ContractReport &c = screen.view->snapshot()->contract;
        QCOMPARE(c.handoffs, 10);
        QCOMPARE(c.creditedBack, 1);
        QCOMPARE(screen.view->contractPanel()->marketingText(), u"No commitment set"_s);
        QCOMPARE(screen.view->contractPanel()->decidedText(), u"✗ Not kept"_s); // 8 of 10: 80 %
        QVERIFY(!screen.view->contractPanel()->contactedText().isEmpty());
    }

    void onlyManagersChangeTheCommitments_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("saved");
        QTest::addRow("the marketing manager") << u"marc"_s << true;
        QTest::addRow("a sales rep") << u"ana"_s << false;
    }
    void onlyManagersChangeTheCommitments()
    {
        QFETCH(QString, user);
        QFETCH(bool, saved);
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        CommitmentsDialog dialog(*fixture.pipeline, user);
        dialog.setCommitments({150, 36, 12});
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, saved);
        QCOMPARE(dialog.error().isEmpty(), saved);
        QCOMPARE(fixture.pipeline->config().marketingMonthlySals, saved ? 150 : 0);
    }

    void anEmptyDatabaseSaysWhyTheChartsAreEmpty()
    {
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db.ok());
        ManualClock clock(test::kKpiScenarioEnd);
        PipelineService pipeline(*db.value(), clock);
        QVERIFY(pipeline.initialize().ok());
        LeadActions actions(pipeline, QString());
        FeedbackView view(actions);
        view.show();
        QVERIFY(QTest::qWaitFor([&] { return view.snapshot() != nullptr; }, kWaitMs));
        for (FeedbackChart which :
             {FeedbackChart::Reasons, FeedbackChart::Trend, FeedbackChart::Campaigns, FeedbackChart::Sources}) {
            QVERIFY(view.chartCard(which)->isEmpty());
            QVERIFY(view.chartCard(which)->emptyText().size() > 40);
        }
        QCOMPARE(view.commentFilter()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFeedbackView)
#include "tst_feedbackview.moc"
