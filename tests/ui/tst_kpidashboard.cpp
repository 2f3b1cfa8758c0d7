// The KPI dashboard shows computeKpis' numbers, renders every chart on a demo, says
// why a chart is empty on an empty database, and lists the leads behind a bar.

#include "common/theme.h"
#include "io/demogenerator.h"
#include "kpi/chartcard.h"
#include "kpi/chartexport.h"
#include "kpi/kpidashboard.h"
#include "kpi/kpidetail.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"
#include "kpi/kpitile.h"
#include "kpi/leadlistpopup.h"
#include "kpi/periodpicker.h"
#include "kpiscenario.h"
#include "storage/kpisource.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;
constexpr Timestamp kDemoEnd = 1795392000000; // 2026-11-23T00:00:00Z

// Waits until the dashboard shows a complete snapshot of the period starting at `from`.
bool settle(KpiDashboard &dashboard, Timestamp from)
{
    return QTest::qWaitFor(
        [&] {
            const auto s = dashboard.snapshot();
            return s && s->complete && s->request.choice.period.from == from;
        },
        kWaitMs);
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// How many different colours a picture has: a blank chart has one or two.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    }
    return int(seen.size());
}

const QList<DashboardChart> kCharts = {DashboardChart::Funnel, DashboardChart::Trend, DashboardChart::Response,
                                       DashboardChart::Revenue, DashboardChart::Aging};

} // namespace

class TestKpiDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme(Theme::Mode::Light).apply(*qApp);
    }

    void tilesShowTheNumbersOfComputeKpis_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addRow("week 2, all decided") << day("2026-01-05") << day("2026-01-11");
        QTest::addRow("week 3, with a pending SAL past its deadline") << day("2026-01-12") << day("2026-01-18");
        QTest::addRow("January so far") << day("2026-01-01") << day("2026-01-19");
    }
    void tilesShowTheNumbersOfComputeKpis()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        test::KpiFixture fixture;
        const QString error = fixture.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KpiDashboard dashboard(*fixture.pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.resize(1440, 900);
        dashboard.periodPicker()->setCustomRange(from, to);
        dashboard.show();
        const PeriodChoice choice = periodFor(PeriodPreset::Custom, fixture.clock.now(), QTimeZone::utc(), from, to);
        QVERIFY(settle(dashboard, choice.period.from));

        const KpiInput input = loadKpiInput(*fixture.db, fixture.clock.now());
        const KpiReport expected = computeKpis(input, choice.period);
        const KpiReport previous = computeKpis(input, choice.previous);
        for (const KpiInfo &info : dashboardKpis()) {
            const KpiTile *tile = dashboard.tile(info.id);
            QVERIFY2(tile, qPrintable(info.id));
            QCOMPARE(tile->value(), expected.value(info.id));
            QCOMPARE(tile->valueText(), formatKpi(info.id, expected.value(info.id)));
            QCOMPARE(tile->changeText(), describeChange(info, expected.value(info.id), previous.value(info.id)).text);
        }
        QCOMPARE(dashboard.snapshot()->current.toJson(), expected.toJson());
    }

    void changesSayWhichWayAndWhetherBetter()
    {
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        KpiDashboard dashboard(*fixture.pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.periodPicker()->setCustomRange(day("2026-01-12"), day("2026-01-18"));
        dashboard.show();
        QVERIFY(settle(dashboard, 1768176000000));
        // Week 3 against week 2: 4 hand-offs after 6, fewer rejections (1 after 3 with the loss).
        QCOMPARE(dashboard.tile(u"handoffs"_s)->changeText(), u"▼ −33 % · worse"_s);
        QVERIFY(dashboard.tile(u"rejections_by_reason"_s)->changeText().endsWith(u"better"_s));
        // SLA compliance of week 3: L8 late and L9 overdue, L7 and L10 in time: 50 %, off target.
        QCOMPARE(dashboard.tile(u"sla_compliance"_s)->valueText(), formatPercent(0.5));
        QCOMPARE(dashboard.tile(u"sla_compliance"_s)->targetState(), TargetState::Outside);
        QVERIFY(dashboard.tile(u"sla_compliance"_s)->targetText().contains(u"Off target"_s));
    }

    void drillingABarListsItsLeadsAndOpensOne()
    {
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        KpiDashboard dashboard(*fixture.pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.periodPicker()->setCustomRange(day("2026-01-05"), day("2026-01-11"));
        dashboard.show();
        QVERIFY(settle(dashboard, 1767571200000));
        const auto snapshot = dashboard.snapshot();
        QCOMPARE(snapshot->funnel.at(2).id, u"sal"_s);
        dashboard.drill(DashboardChart::Funnel, u"funnel"_s, 2);
        LeadListPopup *popup = dashboard.leadList();
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->shownLeads(), (QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s}));
        QSignalSpy opened(&dashboard, &KpiDashboard::openLead);
        auto *list = popup->findChild<QListWidget *>();
        QVERIFY(list);
        const QRect first = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), u"L1"_s);
        QVERIFY(!popup->isVisible());

        // A point of the trend: the hand-offs of week 2 are the same six leads.
        const QList<KpiPeriod> weeks =
            trendWeeks(snapshot->request.choice.period, snapshot->request.weeks, QTimeZone::utc());
        const int week2 =
            int(std::find_if(weeks.cbegin(), weeks.cend(), [](const KpiPeriod &w) { return w.from == 1767571200000; })
                - weeks.cbegin());
        QVERIFY(week2 < weeks.size());
        dashboard.drill(DashboardChart::Trend, u"trend:handoffs"_s, week2);
        QCOMPARE(popup->shownLeads().size(), 6);
        dashboard.drill(DashboardChart::Trend, u"trend:sla"_s, week2);
        QVERIFY(popup->shownLeads().isEmpty()); // every week-2 hand-off was decided in time
    }

    void everyChartRendersOnADemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        DemoOptions options;
        options.leads = 300;
        options.end = kDemoEnd;
        QVERIFY(generateDemo(path, options).ok());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        ManualClock clock(kDemoEnd);
        PipelineService pipeline(*db.value(), clock);
        QVERIFY(pipeline.initialize().ok());
        KpiDashboard dashboard(pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.resize(1440, 900);
        dashboard.periodPicker()->setPreset(PeriodPreset::LastMonth); // October: complete, busy
        dashboard.show();
        QVERIFY(settle(dashboard, 1790812800000)); // 1 October 2026
        QTest::qWait(50);                          // let the views lay out their new charts
        for (DashboardChart which : kCharts) {
            ChartCard *card = dashboard.chartCard(which);
            QVERIFY2(!card->isEmpty(), qPrintable(card->title() + u": "_s + card->emptyText()));
            QVERIFY(!card->chart()->series().isEmpty());
            const QImage image = renderWidget(card->view(), 1);
            QVERIFY2(colours(image) > 8, qPrintable(card->title()));
        }
        QCOMPARE(dashboard.snapshot()->weekly.size(), 26);
        // The worker read through its own connection and said how long it took.
        QVERIFY(dashboard.snapshot()->data.eventsRead > 1000);
    }

    void chartsExportAtTwiceTheirSize()
    {
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        KpiDashboard dashboard(*fixture.pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.resize(1200, 800);
        dashboard.periodPicker()->setCustomRange(day("2026-01-05"), day("2026-01-18"));
        dashboard.show();
        QVERIFY(settle(dashboard, 1767571200000));
        QChartView *view = dashboard.chartCard(DashboardChart::Funnel)->view();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"funnel.png"_s);
        QString error;
        QVERIFY2(saveWidgetPng(view, path, &error), qPrintable(error));
        const QImage saved(path);
        QCOMPARE(saved.size(), view->size() * 2);
    }

    void anEmptyDatabaseSaysWhyEveryChartIsEmpty()
    {
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db.ok());
        ManualClock clock(test::kKpiScenarioEnd);
        PipelineService pipeline(*db.value(), clock);
        QVERIFY(pipeline.initialize().ok());
        KpiDashboard dashboard(pipeline);
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.show();
        QVERIFY(QTest::qWaitFor([&] { return dashboard.snapshot() && dashboard.snapshot()->complete; }, kWaitMs));
        for (DashboardChart which : kCharts) {
            ChartCard *card = dashboard.chartCard(which);
            QVERIFY2(card->isEmpty(), qPrintable(card->title()));
            QVERIFY2(card->emptyText().size() > 40, qPrintable(card->emptyText())); // a why and a what to do
        }
        QCOMPARE(dashboard.tile(u"acceptance_rate"_s)->valueText(), formatKpi(u"acceptance_rate"_s, std::nullopt));
    }

    void periodsAreComparedWithTheSameLengthBefore()
    {
        const Timestamp wednesdayNoon = 1768392000000; // 2026-01-14T12:00:00Z
        const PeriodChoice week = periodFor(PeriodPreset::ThisWeek, wednesdayNoon, QTimeZone::utc());
        QCOMPARE(week.period.from, 1768176000000);                                         // Monday 12 January
        QCOMPARE(week.previous.to, week.period.from);                                      // right before it
        QCOMPARE(week.previous.to - week.previous.from, wednesdayNoon - week.period.from); // so far, both
        const PeriodChoice last = periodFor(PeriodPreset::LastWeek, wednesdayNoon, QTimeZone::utc());
        QCOMPARE(last.period.to, week.period.from);
        QCOMPARE(last.previous.to - last.previous.from, 7 * kMsPerDay);
        const PeriodChoice quarter = periodFor(PeriodPreset::ThisQuarter, wednesdayNoon, QTimeZone::utc());
        QCOMPARE(quarter.period.from, 1767225600000); // 1 January
    }
};

QTEST_MAIN(TestKpiDashboard)
#include "tst_kpidashboard.moc"
