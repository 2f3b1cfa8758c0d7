// queryKpis (the KPI indexes of migration 0005) against the reference: computeKpis over the
// whole log as loadKpiInput reads it. Every number and every drill-down list must be equal.

#include "io/demogenerator.h"
#include "kpi/kpiengine.h"
#include "kpiscenario.h"
#include "storage/eventlog.h"
#include "storage/kpisource.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::KpiPeriod)

namespace {

constexpr Timestamp kDemoEnd = 1790812800000; // 2026-10-01T00:00:00Z
constexpr Timestamp kJuly = 1782864000000;    // 2026-07-01T00:00:00Z
constexpr Timestamp kHour = kMsPerHour;
constexpr Timestamp kDay = kMsPerDay;
constexpr Timestamp kEnd = test::kKpiScenarioEnd;
constexpr Timestamp kWeek2 = 1767571200000; // 2026-01-05T00:00:00Z, the scenario's first Monday

QByteArray text(const KpiReport &r)
{
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

// Fails the calling test (QCOMPARE returns from here only: callers check currentTestFailed).
void compareWithReference(Database &db, const KpiPeriod &period)
{
    const KpiReport reference = computeKpis(loadKpiInput(db, period.asof), period);
    const KpiReport fast = queryKpis(db, period);
    QCOMPARE(text(fast), text(reference));
    QCOMPARE(fast.wonLeads, reference.wonLeads);
    QCOMPARE(fast.slaFailedLeads, reference.slaFailedLeads);
    QCOMPARE(fast.openOpportunityLeads, reference.openOpportunityLeads);
}

std::optional<Event> lastOf(Database &db, const QString &lead, EventKind kind)
{
    const QList<Event> events = EventLog(db).forLead(lead);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == kind)
            return *it;
    }
    return std::nullopt;
}

} // namespace

class TestKpiQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.leads = 400;
        options.end = kDemoEnd;
        QVERIFY(generateDemo(m_dir.filePath(u"demo.sqlite"_s), options).ok());
        auto db = Database::open(m_dir.filePath(u"demo.sqlite"_s));
        QVERIFY(db.ok());
        m_demo = std::move(db.value());
    }

    // On a generated pipeline: quarters, months and weeks, judged at their end, later, or
    // part-way through, give the reference's numbers.
    void aDemoGivesTheReferenceNumbers_data()
    {
        QTest::addColumn<KpiPeriod>("period");
        QTest::newRow("the quarter, at its end") << KpiPeriod{kJuly, kDemoEnd, kDemoEnd};
        QTest::newRow("the quarter, half-way") << KpiPeriod{kJuly, kDemoEnd, kJuly + 45 * kDay};
        QTest::newRow("the quarter before, now") << KpiPeriod{kJuly - 91 * kDay, kJuly, kDemoEnd};
        QTest::newRow("everything") << KpiPeriod{0, kDemoEnd + kDay, kDemoEnd};
        QTest::newRow("before the log") << KpiPeriod{0, kJuly - 200 * kDay, kDemoEnd};
        QTest::newRow("as of before the period") << KpiPeriod{kJuly, kDemoEnd, kJuly - kDay};
        for (int i = 0; i < 26; ++i) {
            const Timestamp from = kDemoEnd - (i + 1) * 7 * kDay;
            QTest::addRow("week %d before the end", i + 1) << KpiPeriod{from, from + 7 * kDay, kDemoEnd};
            QTest::addRow("week %d before the end, at its end", i + 1)
                << KpiPeriod{from, from + 7 * kDay, from + 7 * kDay};
        }
    }
    void aDemoGivesTheReferenceNumbers()
    {
        QFETCH(KpiPeriod, period);
        compareWithReference(*m_demo, period);
    }

    // The comparison is not vacuous: the quarter has every kind of fact the KPIs read.
    void theDemoQuarterHasEveryFact()
    {
        const KpiReport r = queryKpis(*m_demo, KpiPeriod{kJuly, kDemoEnd, kDemoEnd});
        QVERIFY(r.leadsCreated > 0 && r.mqls > 0 && r.handoffs > 0 && r.accepted > 0 && r.rejected > 0);
        QVERIFY(r.wins > 0 && r.losses > 0 && r.openOpportunities > 0 && r.spend > 0);
        QVERIFY(r.medianReviewHours && r.medianFirstResponseMinutesUrgent && r.medianFirstResponseMinutesNormal);
        QVERIFY(r.mqlToSqlRate && r.sqlToOpportunityRate && r.contentAssistedCloseRate && r.slaCompliance);
        QVERIFY(!r.slaFailedLeads.isEmpty() && !r.rejectionsByReason.isEmpty());
    }

    // Undone events are ignored as of the undo; undoing the undo brings the event back.
    // A first contact that does not carry its hand-off's time takes the hand-off's.
    void undosAndFallbacksGiveTheReferenceNumbers()
    {
        test::KpiFixture fixture;
        QCOMPARE(fixture.setUp(), QString());
        Database &db = *fixture.db;
        EventLog log(db);
        const auto append = [&](const QString &lead, EventKind kind, Timestamp at, const QJsonObject &payload) {
            Result<qint64> id = log.append(Event{0, lead, kind, at, u"sofia"_s, payload});
            return id ? id.value() : qint64(-1);
        };
        const std::optional<Event> reject = lastOf(db, u"L3"_s, EventKind::Rejected);
        const std::optional<Event> accept = lastOf(db, u"L8"_s, EventKind::Accepted);
        const std::optional<Event> opportunity = lastOf(db, u"L5"_s, EventKind::StageChanged);
        const std::optional<Event> handoff = lastOf(db, u"L9"_s, EventKind::HandedOff);
        QVERIFY(reject && accept && opportunity && handoff);
        const qint64 undoReject = append(u"L3"_s, EventKind::Undo, kEnd + 1 * kHour, {{u"undoes"_s, reject->id}});
        QVERIFY(append(u"L8"_s, EventKind::Undo, kEnd + 2 * kHour, {{u"undoes"_s, accept->id}}) > 0);
        QVERIFY(append(u"L3"_s, EventKind::Undo, kEnd + 3 * kHour, {{u"undoes"_s, undoReject}}) > 0);
        QVERIFY(append(u"L5"_s, EventKind::Undo, kEnd + 4 * kHour, {{u"undoes"_s, opportunity->id}}) > 0);
        QVERIFY(append(u"L9"_s, EventKind::FirstContact, kEnd + 5 * kHour,
                       {{u"handoff"_s, handoff->payload.value(u"handoff")}, {u"urgent"_s, true}})
                > 0);

        const KpiPeriod weeks{kWeek2, kWeek2 + 14 * kDay, kEnd};
        const KpiPeriod withContact{kWeek2, kEnd + kDay, kEnd + 6 * kHour};
        // The undos change the numbers, so each comparison below checks their handling.
        QVERIFY(queryKpis(db, weeks).rejected != queryKpis(db, {weeks.from, weeks.to, kEnd + kHour}).rejected);
        QVERIFY(
            queryKpis(db, withContact).medianFirstResponseMinutesUrgent
            != queryKpis(db, {withContact.from, withContact.to, kEnd + 4 * kHour}).medianFirstResponseMinutesUrgent);
        for (Timestamp asof : {kEnd, kEnd + kHour, kEnd + 2 * kHour, kEnd + 3 * kHour, kEnd + 4 * kHour, kEnd + kDay}) {
            for (const KpiPeriod &p :
                 {KpiPeriod{kWeek2, kWeek2 + 7 * kDay, asof}, KpiPeriod{kWeek2 + 7 * kDay, kWeek2 + 14 * kDay, asof},
                  KpiPeriod{kWeek2, asof + 1, asof}}) {
                compareWithReference(db, p);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        compareWithReference(db, withContact);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
};

QTEST_GUILESS_MAIN(TestKpiQuery)
#include "tst_kpiquery.moc"
