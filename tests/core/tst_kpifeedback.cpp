// The dashboard's and the feedback view's core: chart details, rejection feedback,
// the two-sided contract, read marks and commitments, on a replayed scenario.

#include "io/demogenerator.h"
#include "kpi/commitments.h"
#include "kpi/feedbackreport.h"
#include "kpi/kpidetail.h"
#include "kpi/kpiengine.h"
#include "kpi/statistics.h"
#include "kpiscenario.h"
#include "storage/feedbackstore.h"
#include "storage/kpisource.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kUtc = QTimeZone::utc();

KpiPeriod week(int isoWeek)
{
    return isoWeekPeriod(2026, isoWeek, kUtc, test::kKpiScenarioEnd);
}

QMap<QString, int> counts(const QList<FeedbackGroup> &groups)
{
    QMap<QString, int> m;
    for (const FeedbackGroup &g : groups)
        m.insert(g.key, g.count);
    return m;
}

} // namespace

class TestKpiFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::KpiFixture>();
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_input = loadKpiInput(*m_fixture->db, test::kKpiScenarioEnd);
    }

    void isoWeeks()
    {
        const KpiPeriod w2 = week(2);
        QCOMPARE(w2.from, 1767571200000); // Monday 5 January 2026, 00:00 UTC
        QCOMPARE(w2.to - w2.from, 7 * kMsPerDay);
        const QList<KpiPeriod> weeks = weeksEnding(test::kKpiScenarioEnd, 3, kUtc, test::kKpiScenarioEnd);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).from, w2.from);
        QCOMPARE(weeks.at(2).from, isoWeekPeriod(2026, 4, kUtc, 0).from); // 19 January is in week 4
        const KpiPeriod january = monthContaining(test::kKpiScenarioEnd, kUtc, 0);
        QCOMPARE(january.from, 1767225600000); // 1 January 2026
        QCOMPARE(january.to, 1769904000000);   // 1 February 2026
    }

    void feedbackCountsEqualTheKpiBreakdowns_data()
    {
        QTest::addColumn<int>("isoWeek");
        QTest::addColumn<int>("total");
        QTest::addRow("week 2 has three rejections and a loss") << 2 << 4;
        QTest::addRow("week 3 has one rejection") << 3 << 1;
        QTest::addRow("week 4 has none yet") << 4 << 0;
    }
    void feedbackCountsEqualTheKpiBreakdowns()
    {
        QFETCH(int, isoWeek);
        QFETCH(int, total);
        const KpiPeriod period = week(isoWeek);
        const KpiReport kpis = computeKpis(m_input, period);
        const FeedbackReport feedback = computeFeedback(m_input, period);
        QCOMPARE(feedback.total(), total);
        QCOMPARE(counts(feedback.byReason), kpis.rejectionsByReason);
        QCOMPARE(counts(feedback.byCampaign), kpis.rejectionsByCampaign);
        QCOMPARE(counts(feedback.bySource), kpis.rejectionsBySource);
        QCOMPARE(feedback.handoffs, kpis.handoffs);
    }

    void feedbackItemsAreNewestFirstWithTheirStory()
    {
        const FeedbackReport f = computeFeedback(m_input, week(2));
        QCOMPARE(f.items.size(), 4);
        const QStringList kinds{f.items[0].kind, f.items[1].kind, f.items[2].kind, f.items[3].kind};
        QCOMPARE(kinds, (QStringList{u"lost"_s, u"disqualify"_s, u"reject"_s, u"reject"_s}));
        const FeedbackItem &lost = f.items.constFirst();
        QCOMPARE(lost.leadId, u"L5"_s);
        QCOMPARE(lost.reason, u"bad_timing"_s);
        QCOMPARE(lost.comment, u"Maybe in Q3"_s);
        QCOMPARE(lost.campaign, u"Spring"_s);
        QCOMPARE(lost.source, u"linkedin"_s);
        QCOMPARE(f.items.constLast().rep, u"ben"_s); // L2 was Ben's when Sofia rejected it
        // Pareto order: most first; the share of a campaign is of its own hand-offs.
        QCOMPARE(f.byCampaign.constFirst().key, u"Spring"_s); // L2 and L5
        QCOMPARE(f.byCampaign.constFirst().count, 2);
        QCOMPARE(f.byCampaign.constFirst().handoffs, 2);
        QCOMPARE(f.byCampaign.constFirst().share(), std::optional(1.0));
    }

    void weeklyTrendCountsEachKind()
    {
        const QList<FeedbackWeek> weeks = feedbackByWeek(m_input, {week(2), week(3)});
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0].rejected, 2);
        QCOMPARE(weeks[0].disqualified, 1);
        QCOMPARE(weeks[0].lost, 1);
        QCOMPARE(weeks[1].rejected, 1);
        QCOMPARE(weeks[1].leads, QStringList{u"L7"_s});
    }

    void contractHasBothSides()
    {
        PipelineConfig config = m_fixture->pipeline->config();
        config.marketingMonthlySals = 20;
        const KpiPeriod january = monthContaining(test::kKpiScenarioEnd, kUtc, test::kKpiScenarioEnd);
        const ContractReport c = computeContract(m_input, january, config);
        QCOMPARE(c.handoffs, 10);
        QCOMPARE(c.creditedBack, 1); // L2, not our ideal customer
        QCOMPARE(c.delivered(), 9);
        QCOMPARE(c.creditedLeads, QStringList{u"L2"_s});
        QCOMPARE(c.decidedInTime, 8);
        QCOMPARE(c.decidedLate, 2); // L8 decided late, L9 still pending past its deadline
        QCOMPARE(c.lateDecisionLeads, (QStringList{u"L8"_s, u"L9"_s}));
        QCOMPARE(c.contactedInTime, 3); // L4, L5, L10; rejected L2, L3 and L7 need no contact
        QCOMPARE(c.contactedLate, 4);   // L1, L6 late; L8, L9 never contacted
        QVERIFY(c.expectedByAsof() > 0 && c.expectedByAsof() < 20);
        // Sales' decision side is the SLA compliance KPI over the same hand-offs.
        QCOMPARE(c.decisionRate(), computeKpis(m_input, january).slaCompliance);
    }

    void detailsMatchTheKpis_data()
    {
        QTest::addColumn<int>("isoWeek");
        QTest::addRow("week 2") << 2;
        QTest::addRow("week 3") << 3;
    }
    void detailsMatchTheKpis()
    {
        QFETCH(int, isoWeek);
        const KpiPeriod period = week(isoWeek);
        const KpiReport kpis = computeKpis(m_input, period);
        const QList<FunnelStep> funnel = periodFunnel(m_input, period);
        QCOMPARE(funnel.size(), funnelStepIds().size());
        QCOMPARE(funnel.at(0).leads.size(), kpis.leadsCreated);
        QCOMPARE(funnel.at(1).leads.size(), kpis.mqls);
        QCOMPARE(funnel.at(6).leads.size(), kpis.wins);
        const ResponseTimes times = responseTimes(m_input, period);
        QCOMPARE(median(sampleValues(times.reviewHours)), kpis.medianReviewHours);
        QCOMPARE(median(sampleValues(times.firstResponseMinutes)), kpis.medianFirstResponseMinutes);
        QCOMPARE(percentile(sampleValues(times.firstResponseMinutes), 0.95), kpis.p95FirstResponseMinutes);
        QCOMPARE(median(sampleValues(times.firstResponseMinutes, true)), kpis.medianFirstResponseMinutesUrgent);
        QCOMPARE(median(sampleValues(times.firstResponseMinutes, false)), kpis.medianFirstResponseMinutesNormal);
        // The trimmed input computes the same report, and so does the one read trimmed.
        QCOMPARE(computeKpis(trimmedForKpis(m_input), period).toJson(), kpis.toJson());
        QCOMPARE(computeKpis(FeedbackStore(*m_fixture->db).trimmedKpiInput(test::kKpiScenarioEnd), period).toJson(),
                 kpis.toJson());
        // The trend's slice computes the trend's numbers.
        const KpiReport trend = computeKpis(trendSlice(m_input), period);
        QCOMPARE(trend.mqls, kpis.mqls);
        QCOMPARE(trend.handoffs, kpis.handoffs);
        QCOMPARE(trend.accepted, kpis.accepted);
        QCOMPARE(trend.rejected, kpis.rejected);
        QCOMPARE(trend.acceptanceRate, kpis.acceptanceRate);
        QCOMPARE(trend.slaCompliance, kpis.slaCompliance);
        QCOMPARE(trend.slaFailedLeads, kpis.slaFailedLeads);
    }

    void stageAgingBucketsTheOpenLeads()
    {
        const QList<StageAging> aging = stageAging(m_input, test::kKpiScenarioEnd);
        QCOMPARE(aging.size(), 6); // every stage but won and lost
        int open = 0;
        for (const StageAging &a : aging)
            open += a.total();
        QCOMPARE(open, 9); // ten leads, L5 lost
        const auto sal =
            std::find_if(aging.cbegin(), aging.cend(), [](const StageAging &a) { return a.stage == Stage::Sal; });
        QVERIFY(sal != aging.cend());
        // L1 has been a SAL since 5 January (two weeks); L8, L9 and L10 since 12 January,
        // just under 7 days before the clock's end: 1–7 days, oldest first.
        QCOMPARE(sal->buckets[2], QStringList{u"L1"_s});
        QCOMPARE(sal->buckets[1], (QStringList{u"L8"_s, u"L9"_s, u"L10"_s}));
    }

    void readMarksRoundTrip()
    {
        const FeedbackReport f = computeFeedback(m_input, week(2));
        const qint64 event = f.items.constFirst().eventId;
        FeedbackStore store(*m_fixture->db);
        const User lea = *m_fixture->pipeline->user(u"lea"_s);
        const User ana = *m_fixture->pipeline->user(u"ana"_s);
        QVERIFY(store.reads().isEmpty());
        QVERIFY2(!store.setRead(event, ana, true, test::kKpiScenarioEnd).ok(),
                 "a sales rep may not mark feedback read");
        QVERIFY(store.setRead(event, lea, true, test::kKpiScenarioEnd).ok());
        QVERIFY(store.setRead(event, lea, true, test::kKpiScenarioEnd + 1).ok()); // twice is once
        QHash<qint64, FeedbackRead> reads = store.reads();
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.value(event).by, u"lea"_s);
        QCOMPARE(reads.value(event).at, test::kKpiScenarioEnd);
        QVERIFY(!store.setRead(1, lea, true, 0).ok()); // event 1 is not feedback
        QVERIFY(store.setRead(event, lea, false, 0).ok());
        QVERIFY(store.reads().isEmpty());
    }

    void readMarksPersistInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kpi.sqlite"_s);
        qint64 event = 0;
        {
            test::KpiFixture fixture;
            const QString error = fixture.setUp(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            event =
                computeFeedback(loadKpiInput(*fixture.db, test::kKpiScenarioEnd), week(3)).items.constFirst().eventId;
            QVERIFY(FeedbackStore(*fixture.db).setRead(event, *fixture.pipeline->user(u"marc"_s), true, 42).ok());
        }
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->schemaVersion(), Database::latestSchemaVersion());
        const QHash<qint64, FeedbackRead> reads = FeedbackStore(*reopened.value()).reads();
        QCOMPARE(reads.value(event).by, u"marc"_s);
        QCOMPARE(reads.value(event).at, 42);
    }

    void commitmentsNeedAManager_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("a sales rep may not") << u"ana"_s << false;
        QTest::addRow("a marketer may not") << u"lea"_s << false;
        QTest::addRow("the sales manager may") << u"sofia"_s << true;
        QTest::addRow("the marketing manager may") << u"marc"_s << true;
    }
    void commitmentsNeedAManager()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        const Commitments wanted{120, 36, 12};
        const Status s = saveCommitments(*m_fixture->pipeline, user, wanted);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QVERIFY(!s.error().isEmpty());
            QCOMPARE(m_fixture->pipeline->catalog().config().marketingMonthlySals, 0);
            return;
        }
        QCOMPARE(m_fixture->pipeline->config().marketingMonthlySals, 120);
        const PipelineConfig stored = m_fixture->pipeline->catalog().config();
        QCOMPARE(stored.marketingMonthlySals, 120);
        QCOMPARE(stored.reviewSlaHours, 36.0);
        QCOMPARE(stored.responseSlaHours, 12.0);
        QVERIFY(!saveCommitments(*m_fixture->pipeline, user, Commitments{-1, 36, 12}).ok());
        QVERIFY(!saveCommitments(*m_fixture->pipeline, user, Commitments{10, 0, 12}).ok());
    }

    // On a demo: the trimmed read and the trend's slice give the KPIs' numbers, and the
    // event log's view of where each lead is equals the leads table.
    void aDemoReadsTheSameTrimmedAndSliced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        DemoOptions options;
        options.leads = 300;
        options.end = 1795392000000; // 2026-11-23T00:00:00Z
        QVERIFY(generateDemo(path, options).ok());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const KpiInput input = loadKpiInput(*db.value(), options.end);
        // Reading only what the KPIs need gives the same input as trimming after reading all.
        const KpiInput trimmed = trimmedForKpis(input);
        const KpiInput read = FeedbackStore(*db.value()).trimmedKpiInput(options.end);
        QCOMPARE(read.events.size(), trimmed.events.size());
        const KpiPeriod october{1790812800000, 1793491200000, options.end};
        QCOMPARE(computeKpis(read, october).toJson(), computeKpis(input, october).toJson());
        for (const KpiPeriod &w : weeksEnding(options.end - 1, 26, kUtc, options.end)) {
            const KpiReport whole = computeKpis(input, w);
            const KpiReport slice = computeKpis(trendSlice(read), w);
            QCOMPARE(slice.mqls, whole.mqls);
            QCOMPARE(slice.handoffs, whole.handoffs);
            QCOMPARE(slice.acceptanceRate, whole.acceptanceRate);
            QCOMPARE(slice.slaCompliance, whole.slaCompliance);
        }
        QMap<QString, int> fromLog;
        for (const StageAging &a : stageAging(input, options.end))
            fromLog.insert(stageId(a.stage), a.total());
        QMap<QString, int> fromTable;
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec(u"SELECT stage, count(*) FROM leads WHERE stage NOT IN ('won', 'lost') GROUP BY stage"_s));
            while (q.next())
                fromTable.insert(q.value(0).toString(), q.value(1).toInt());
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        for (auto it = fromLog.begin(); it != fromLog.end();) // the log lists empty stages too
            it = it.value() == 0 ? fromLog.erase(it) : std::next(it);
        QCOMPARE(fromLog, fromTable);
    }

private:
    std::unique_ptr<test::KpiFixture> m_fixture;
    KpiInput m_input;
};

QTEST_GUILESS_MAIN(TestKpiFeedback)
#include "tst_kpifeedback.moc"
