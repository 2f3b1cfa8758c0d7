// Stand-up mode offscreen: every slide renders at 1080p and 2160p on a demo pipeline and
// on an empty database, in the meeting's order; auto-advance follows a test clock; the
// keys move, pause and close.
#include "io/demogenerator.h"
#include "io/scenarioreplay.h"
#include "pipeline/pipelineservice.h"
#include "standup/slidepainter.h"
#include "standup/standupwindow.h"
#include "storage/database.h"
#include "storage/standupsource.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

// A Wednesday morning: last week is complete, this week has begun.
Timestamp demoNow()
{
    return *parseTime(u"2026-11-25T09:30:00Z"_s);
}

struct Pipeline
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<PipelineService> service;

    void open(const QString &location, Timestamp now)
    {
        auto opened = Database::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        db = std::move(opened.value());
        clock = std::make_unique<ManualClock>(now);
        service = std::make_unique<PipelineService>(*db, *clock);
        const Status s = service->initialize();
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
};

// How many colours an image uses, up to `enough`: a slide with text and panels has many.
int colourCount(const QImage &image, int enough = 16)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 3) {
            colours.insert(line[x]);
            if (colours.size() >= enough)
                return int(colours.size());
        }
    }
    return int(colours.size());
}

const char *const kTitles[] = {"Last week in numbers", "Hottest leads",        "Stuck deals",      "SLA breaches",
                               "Rejection feedback",   "KPIs against targets", "Wins to celebrate"};

} // namespace

class TestStandup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        DemoOptions options;
        options.leads = 300;
        options.end = demoNow();
        const Status generated = generateDemo(path, options);
        QVERIFY2(generated.ok(), qPrintable(generated.error()));
        m_demo.open(path, demoNow());
        m_empty.open(u":memory:"_s, demoNow());
    }

    void slideOrder()
    {
        StandupWindow window(*m_demo.service, {});
        QCOMPARE(window.slideCount(), 7);
        for (int i = 0; i < 7; ++i) {
            const StandupSlide &slide = window.deck().slides.at(i);
            QCOMPARE(slide.index(), std::size_t(i));
            QCOMPARE(standup::slideTitle(slide), QString::fromUtf8(kTitles[i]));
        }
    }

    void demoHasLeadsAndDeals()
    {
        StandupWindow window(*m_demo.service, {});
        for (const int i : {0, 1, 2})
            QVERIFY2(!standup::slideEmptyState(window.deck().slides.at(i)), kTitles[i]);
        const auto &week = std::get<StandupWeekSlide>(window.deck().slides.at(0));
        QCOMPARE(week.lastWeek.from, *parseTime(u"2026-11-16T00:00:00Z"_s));
        QVERIFY(std::get<StandupHotSlide>(window.deck().slides.at(1)).leads.size() <= kStandupMaxItems);
    }

    void emptyDatabaseSaysSo_data()
    {
        QTest::addColumn<int>("slide");
        QTest::addColumn<QString>("title");
        QTest::addRow("numbers") << 0 << u"A quiet fortnight"_s;
        QTest::addRow("hot leads") << 1 << u"No hot leads right now"_s;
        QTest::addRow("stuck deals") << 2 << u"No stuck deals"_s;
        QTest::addRow("breaches") << 3 << u"No SLA breaches last week"_s;
        QTest::addRow("feedback") << 4 << u"No rejections last week"_s;
        QTest::addRow("wins") << 6 << u"No wins last week"_s;
    }
    void emptyDatabaseSaysSo()
    {
        QFETCH(int, slide);
        QFETCH(QString, title);
        StandupWindow window(*m_empty.service, {});
        const std::optional<standup::SlideEmptyState> empty = standup::slideEmptyState(window.deck().slides.at(slide));
        QVERIFY(empty);
        QCOMPARE(empty->title, title);
        QVERIFY(!empty->sentence.isEmpty());
        if (slide == 3)
            QCOMPARE(empty->mark, u"✓"_s);
    }

    void emptyTargetsStillListTheirKpis()
    {
        StandupWindow window(*m_empty.service, {});
        const auto &targets = std::get<StandupTargetSlide>(window.deck().slides.at(5));
        QCOMPARE(targets.targets.size(), 5);
        for (const StandupTarget &t : targets.targets)
            QCOMPARE(t.status, TargetStatus::NoData);
    }

    void renders_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("slide");
        for (const bool demo : {true, false}) {
            for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
                for (int i = 0; i < 7; ++i)
                    QTest::addRow("%s, %dp, slide %d", demo ? "demo" : "empty", size.height(), i + 1)
                        << demo << size << true << i;
            }
        }
        QTest::addRow("demo, light, 1080p, slide 1") << true << QSize(1920, 1080) << false << 0;
        QTest::addRow("empty, light, 1080p, slide 4") << false << QSize(1920, 1080) << false << 3;
    }
    void renders()
    {
        QFETCH(bool, demo);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(int, slide);
        StandupWindow window(*(demo ? m_demo : m_empty).service, {-1, 20, dark});
        window.resize(size);
        window.showSlide(slide);
        QCOMPARE(window.currentSlide(), slide);
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), size * window.devicePixelRatioF());
        // Text, panels and the progress line: never a blank, single-colour slide.
        QVERIFY2(colourCount(image) >= 16, "the slide is (nearly) blank");
        // The stage colour of UI.md behind everything in the dark theme.
        const QColor corner = image.pixelColor(image.width() - 2, image.height() / 2);
        QCOMPARE(corner, dark ? QColor(0x0B, 0x12, 0x20) : QColor(Qt::white));
        // Drawn on its own for an export, at that size, it is not blank either.
        const QImage exported = window.renderSlide(slide, size);
        QCOMPARE(exported.size(), size);
        QVERIFY(colourCount(exported) >= 16);
    }

    void autoAdvanceFollowsTheClock()
    {
        StandupWindow window(*m_demo.service, {-1, 20, true});
        ManualClock clock(1000);
        window.setTimingClock(clock);
        clock.advance(19'999);
        window.tick();
        QCOMPARE(window.currentSlide(), 0);
        QVERIFY(window.progress() > 0.99);
        clock.advance(1);
        window.tick();
        QCOMPARE(window.currentSlide(), 1);
        QCOMPARE(window.progress(), 0.0);

        window.setPaused(true);
        clock.advance(60'000);
        window.tick();
        QCOMPARE(window.currentSlide(), 1); // paused: stays
        window.setPaused(false);
        clock.advance(10'000);
        window.tick();
        QCOMPARE(window.currentSlide(), 1); // the pause did not count
        clock.advance(10'000);
        window.tick();
        QCOMPARE(window.currentSlide(), 2);

        window.showSlide(6);
        clock.advance(20'000);
        window.tick();
        QCOMPARE(window.currentSlide(), 0); // the deck cycles
    }

    void keys()
    {
        StandupWindow window(*m_demo.service, {});
        QSignalSpy closed(&window, &StandupWindow::closed);
        window.show();
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentSlide(), 1);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.currentSlide(), 2);
        QTest::keyClick(&window, Qt::Key_Left);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentSlide(), 0);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentSlide(), 6); // wraps around
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.isPaused());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.isPaused());
        QCOMPARE(closed.count(), 0);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!window.isVisible());
    }

    void startGoesFullScreenAndRecordsTheRun()
    {
        Pipeline p;
        p.open(u":memory:"_s, demoNow());
        CatalogStore catalog(*p.db);
        const Timestamp lastWeek = demoNow() - 7 * kMsPerDay;
        QVERIFY(catalog.setSetting(kLastStandupKey, QString::number(lastWeek)).ok());

        StandupWindow window(*p.service, {0, 20, true});
        window.start();
        QVERIFY(window.isFullScreen());
        QCOMPARE(window.cursor().shape(), Qt::BlankCursor);
        QCOMPARE(window.screen(), QGuiApplication::screens().at(0));
        QCOMPARE(window.deck().marker.since, std::optional(lastWeek));
        QCOMPARE(catalog.setting(kLastStandupKey), QString::number(demoNow()));
        window.close();

        // Restarted ten minutes later, in the same meeting: still counts from last week.
        p.clock->advance(10 * kMsPerMinute);
        StandupWindow again(*p.service, {});
        again.start();
        QCOMPARE(again.deck().marker.since, std::optional(lastWeek));
        again.close();
    }

    void refreshesWhenTheDatabaseChanges()
    {
        Pipeline p;
        p.open(u":memory:"_s, demoNow());
        StandupWindow window(*p.service, {});
        ManualClock timing(0);
        window.setTimingClock(timing);
        window.show();
        window.showSlide(3);
        QCOMPARE(std::get<StandupWeekSlide>(window.deck().slides.at(0)).figures.at(0).lastWeek, 0);

        // A lead created last week, as another user of the database would.
        User marc;
        marc.id = u"marc"_s;
        marc.name = u"Marc Petit"_s;
        marc.role = Role::MarketingManager;
        QVERIFY(p.service->saveUser(marc).ok());
        p.clock->set(demoNow() - 7 * kMsPerDay);
        LeadFields fields;
        fields.firstName = u"Anna"_s;
        fields.lastName = u"Schmidt"_s;
        fields.email = u"anna@globex.de"_s;
        QVERIFY(p.service->createLead(u"L1"_s, fields, u"marc"_s).ok());
        p.clock->set(demoNow());

        // The poll sees the change, but a deck is reloaded at most every 15 s.
        QTest::qWait(3500);
        QCOMPARE(std::get<StandupWeekSlide>(window.deck().slides.at(0)).figures.at(0).lastWeek, 0);
        timing.advance(15'000);
        QTRY_COMPARE_WITH_TIMEOUT(std::get<StandupWeekSlide>(window.deck().slides.at(0)).figures.at(0).lastWeek, 1,
                                  8000);
        QCOMPARE(window.currentSlide(), 3); // the slide on screen stays
    }

private:
    QTemporaryDir m_dir;
    Pipeline m_demo;
    Pipeline m_empty;
};

QTEST_MAIN(TestStandup)
#include "tst_standup.moc"
