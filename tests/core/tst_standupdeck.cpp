#include "io/demogenerator.h"
#include "io/scenarioreplay.h"
#include "kpi/kpiengine.h"
#include "kpi/standupdeck.h"
#include "standupdecklog.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/kpisource.h"
#include "storage/standupsource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;
using namespace standupdecktest;

class TestStandupDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeks_data()
    {
        QTest::addColumn<Timestamp>("asof");
        QTest::addColumn<Timestamp>("lastWeekFrom");
        QTest::addRow("on Wednesday, last week began the Monday nine days before") << ASOF << LW;
        QTest::addRow("at Monday 00:00 the week just ended is last week") << LW + days(7) << LW;
        QTest::addRow("a millisecond before Monday is still the week before") << LW + days(7) - 1 << T0;
        QTest::addRow("on Sunday night the week before is last week") << LW + days(7) - hours(1) << T0;
    }
    void weeks()
    {
        QFETCH(Timestamp, asof);
        QFETCH(Timestamp, lastWeekFrom);
        const KpiPeriod last = standupWeek(asof);
        QCOMPARE(last.from, lastWeekFrom);
        QCOMPARE(last.to, lastWeekFrom + days(7));
        QCOMPARE(last.asof, asof);
        QCOMPARE(standupWeek(asof, 2).to, lastWeekFrom);
    }

    void slideOrder()
    {
        const StandupDeck deck = Log().deck();
        QCOMPARE(deck.slides.size(), 7);
        // The weekly agenda: numbers, hot leads, stuck deals, breaches, feedback, targets, wins.
        for (qsizetype i = 0; i < deck.slides.size(); ++i)
            QCOMPARE(deck.slides.at(i).index(), std::size_t(i));
    }

    void emptyDatabase()
    {
        const StandupDeck deck = Log().deck();
        QVERIFY(slideOf<StandupWeekSlide>(deck).isEmpty());
        QCOMPARE(slideOf<StandupWeekSlide>(deck).figures.size(), 7);
        QVERIFY(slideOf<StandupHotSlide>(deck).isEmpty());
        QVERIFY(slideOf<StandupStuckSlide>(deck).isEmpty());
        QVERIFY(slideOf<StandupBreachSlide>(deck).isEmpty());
        QVERIFY(slideOf<StandupFeedbackSlide>(deck).isEmpty());
        QVERIFY(slideOf<StandupTargetSlide>(deck).isEmpty());
        QCOMPARE(slideOf<StandupTargetSlide>(deck).targets.size(), 5);
        QVERIFY(slideOf<StandupWinSlide>(deck).isEmpty());
        QVERIFY(!deck.marker.since);
    }

    void weekFigures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("lastWeek");
        QTest::addColumn<int>("weekBefore");
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addRow("5 leads created last week against 3") << u"leads_created"_s << 5 << 3 << true;
        QTest::addRow("2 MQLs against 1") << u"mqls"_s << 2 << 1 << true;
        QTest::addRow("2 hand-offs against 1") << u"handoffs"_s << 2 << 1 << true;
        QTest::addRow("1 accepted against 1") << u"accepted"_s << 1 << 1 << true;
        QTest::addRow("1 rejected against 0, and a rise is bad") << u"rejected"_s << 1 << 0 << false;
        QTest::addRow("1 SQL against 1") << u"sqls"_s << 1 << 1 << true;
        QTest::addRow("1 win against 0") << u"wins"_s << 1 << 0 << true;
    }
    void weekFigures()
    {
        QFETCH(QString, id);
        QFETCH(int, lastWeek);
        QFETCH(int, weekBefore);
        QFETCH(bool, higherIsBetter);
        const StandupWeekSlide slide = slideOf<StandupWeekSlide>(weeksLog().deck());
        const auto it = std::find_if(slide.figures.cbegin(), slide.figures.cend(),
                                     [&](const StandupWeekFigure &f) { return f.id == id; });
        QVERIFY(it != slide.figures.cend());
        QCOMPARE(it->lastWeek, lastWeek);
        QCOMPARE(it->weekBefore, weekBefore);
        QCOMPARE(it->higherIsBetter, higherIsBetter);
        QVERIFY(!slide.isEmpty());
        QCOMPARE(slide.lastWeek.from, LW);
        QCOMPARE(slide.weekBefore.from, T0);
    }

    void hotLeads()
    {
        Log log;
        log.lead(u"won"_s, T0, Stage::Won, 99);
        log.lead(u"nurture"_s, T0, Stage::Nurture, 95);
        log.lead(u"cold"_s, T0, Stage::New, 39); // below the MQL threshold
        for (int i = 0; i < 9; ++i)
            log.lead(u"h%1"_s.arg(i), T0, i % 2 ? Stage::Sal : Stage::Mql, 50 + i * 5, T0,
                     i % 2 ? u"bob"_s : QString());
        const StandupHotSlide slide = slideOf<StandupHotSlide>(log.deck());
        QCOMPARE(slide.total, 9);
        QCOMPARE(leadIds(slide.leads), (QStringList{u"h8"_s, u"h7"_s, u"h6"_s, u"h5"_s, u"h4"_s, u"h3"_s, u"h2"_s}));
        QCOMPARE(slide.leads.at(0).score, 90);
        QCOMPARE(slide.leads.at(0).ownerName, QString()); // marketing owns it
        QCOMPARE(slide.leads.at(1).ownerName, u"Bob Stone"_s);
    }

    void stuckDeals()
    {
        Log log;
        log.lead(u"mql"_s, T0, Stage::Mql, 60, T0 - days(90));
        log.lead(u"sal"_s, T0, Stage::Sal, 60, ASOF - days(3));
        log.lead(u"sql"_s, T0, Stage::Sql, 60, ASOF - days(40), u"ana"_s);
        log.lead(u"opp"_s, T0, Stage::Opportunity, 60, ASOF - days(12) - hours(12));
        for (int i = 0; i < 6; ++i)
            log.lead(u"s%1"_s.arg(i), T0, Stage::Sql, 60, ASOF - days(1));
        const StandupStuckSlide slide = slideOf<StandupStuckSlide>(log.deck());
        QCOMPARE(slide.total, 9);
        QCOMPARE(slide.deals.size(), 7);
        QCOMPARE(leadIds(slide.deals.mid(0, 3)), (QStringList{u"sql"_s, u"opp"_s, u"sal"_s}));
        QCOMPARE(slide.deals.at(0).daysInStage, 40.0);
        QCOMPARE(slide.deals.at(0).ownerName, u"Ana Ruiz"_s);
        QCOMPARE(slide.deals.at(1).daysInStage, 12.5);
    }

    void breaches_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<qint64>("lateMs");
        QTest::addColumn<QString>("rep");
        QTest::addRow("decided in time last week is no breach") << u"in_time"_s << false << false << 0LL << QString();
        QTest::addRow("decided at the deadline is in time") << u"at_deadline"_s << false << false << 0LL << QString();
        QTest::addRow("decided 5 h late last week") << u"late"_s << true << false << hours(5) << u"Ana Ruiz"_s;
        QTest::addRow("pending since a deadline three weeks ago")
            << u"old_pending"_s << true << true << ASOF - (T0 - days(5) + hours(48)) << u"Ana Ruiz"_s;
        QTest::addRow("pending within its deadline is not judged yet")
            << u"fresh"_s << false << false << 0LL << QString();
        QTest::addRow("escalated and still pending: the new rep holds it")
            << u"escalated"_s << true << true << ASOF - (LW + hours(48)) << u"Bob Stone"_s;
        QTest::addRow("decided late two weeks ago is old news") << u"old_late"_s << false << false << 0LL << QString();
        QTest::addRow("gone cold undecided after a deadline last week")
            << u"recycled"_s << true << false << hours(24) << u"Ana Ruiz"_s;
        QTest::addRow("an undone acceptance leaves it pending")
            << u"undone"_s << true << true << ASOF - (LW + days(1) + hours(48)) << u"Ana Ruiz"_s;
    }
    void breaches()
    {
        QFETCH(QString, story);
        QFETCH(bool, listed);
        QFETCH(bool, pending);
        QFETCH(qint64, lateMs);
        QFETCH(QString, rep);
        Log log;
        log.lead(story, T0 - days(10), Stage::Sal, 50);
        if (story == u"in_time") {
            log.accept(log.handOff(story, LW), LW + hours(47));
        } else if (story == u"at_deadline") {
            log.accept(log.handOff(story, LW), LW + hours(48));
        } else if (story == u"late") {
            log.reject(log.handOff(story, LW), LW + hours(53), u"no_need"_s);
        } else if (story == u"old_pending") {
            log.handOff(story, T0 - days(5));
        } else if (story == u"fresh") {
            log.handOff(story, ASOF - hours(47));
        } else if (story == u"escalated") {
            log.escalate(log.handOff(story, LW), LW + hours(96), u"bob"_s);
        } else if (story == u"old_late") {
            log.accept(log.handOff(story, T0 - days(2)), T0 + days(2));
        } else if (story == u"recycled") {
            log.recycle(log.handOff(story, LW), LW + hours(72));
        } else if (story == u"undone") {
            const Log::Handoff h = log.handOff(story, LW + days(1));
            log.undo(story, LW + days(1) + hours(2), log.accept(h, LW + days(1) + hours(1)));
        }
        const StandupBreachSlide slide = slideOf<StandupBreachSlide>(log.deck());
        QCOMPARE(slide.breaches.size(), listed ? 1 : 0);
        QCOMPARE(slide.total, listed ? 1 : 0);
        if (!listed)
            return;
        const StandupBreach &b = slide.breaches.first();
        QCOMPARE(b.leadId, story);
        QCOMPARE(b.name, u"Lead "_s + story);
        QCOMPARE(b.pending, pending);
        QCOMPARE(b.lateMs, lateMs);
        QCOMPARE(b.repName, rep);
        QCOMPARE(slide.pendingCount, pending ? 1 : 0);
    }

    void breachesPendingFirstAndAtMostSeven()
    {
        Log log;
        for (int i = 0; i < 8; ++i) { // decided late last week, 1 to 8 hours late
            const QString id = u"late%1"_s.arg(i);
            log.lead(id, T0);
            log.accept(log.handOff(id, LW), LW + hours(49 + i));
        }
        log.lead(u"waiting"_s, T0);
        log.handOff(u"waiting"_s, ASOF - hours(49));
        const StandupBreachSlide slide = slideOf<StandupBreachSlide>(log.deck());
        QCOMPARE(slide.total, 9);
        QCOMPARE(slide.lastWeekCount, 8);
        QCOMPARE(slide.pendingCount, 1);
        QCOMPARE(slide.breaches.size(), 7);
        QCOMPARE(slide.breaches.at(0).leadId, u"waiting"_s);
        QCOMPARE(slide.breaches.at(1).leadId, u"late7"_s); // the latest first
    }

    void feedback()
    {
        Log log;
        const char *reasons[] = {"no_need", "no_need", "no_need", "no_budget", "no_budget", "not_icp", "bad_timing"};
        for (int i = 0; i < 7; ++i) {
            const QString id = u"r%1"_s.arg(i);
            log.lead(id, T0);
            const QString comment = i % 2 ? u"  comment   %1 "_s.arg(i) : QString();
            log.reject(log.handOff(id, LW + hours(i)), LW + hours(i) + hours(1), QString::fromLatin1(reasons[i]),
                       comment);
        }
        log.lead(u"lost"_s, T0);
        log.lost(u"lost"_s, LW + days(3), u"no_budget"_s, u"Went with a cheaper tool"_s);
        log.lead(u"old"_s, T0);
        log.lost(u"old"_s, T0 + days(1), u"no_need"_s, u"Last week's news"_s); // the week before
        const StandupDeck deck = log.deck();
        const StandupFeedbackSlide slide = slideOf<StandupFeedbackSlide>(deck);
        const KpiReport report = computeKpis(log.input, standupWeek(ASOF));
        QCOMPARE(slide.total, 8);
        QCOMPARE(slide.total, int(report.value(u"rejections_by_reason"_s).value_or(-1)));
        QCOMPARE(slide.reasons.size(), 3);
        QCOMPARE(slide.reasons.at(0).label, u"No budget"_s); // 3, ties by label
        QCOMPARE(slide.reasons.at(0).count, 3);
        QCOMPARE(slide.reasons.at(1).reasonId, u"no_need"_s);
        QCOMPARE(slide.reasons.at(1).count, 3);
        QCOMPARE(slide.reasons.at(2).label, u"Bad timing"_s);
        QCOMPARE(slide.otherReasons, 1);
        QCOMPARE(slide.comments.size(), 4);
        QCOMPARE(slide.comments.at(0).comment, u"Went with a cheaper tool"_s); // newest first
        QCOMPARE(slide.comments.at(1).comment, u"comment 5"_s);                // simplified
        QCOMPARE(slide.comments.at(1).reasonLabel, u"Not our ideal customer"_s);
        QCOMPARE(slide.comments.at(1).repName, u"Ana Ruiz"_s);
    }

    void targetStatus_data()
    {
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("min");
        QTest::addColumn<std::optional<double>>("max");
        QTest::addColumn<int>("status");
        const std::optional<double> none;
        QTest::addRow("no value is no data") << none << std::optional(0.95) << none << int(TargetStatus::NoData);
        QTest::addRow("95 %% meets at least 95 %%")
            << std::optional(0.95) << std::optional(0.95) << none << int(TargetStatus::OnTarget);
        QTest::addRow("94.9 %% is below 95 %%")
            << std::optional(0.949) << std::optional(0.95) << none << int(TargetStatus::Below);
        QTest::addRow("47.9 h is under 48 h")
            << std::optional(47.9) << none << std::optional(48.0) << int(TargetStatus::OnTarget);
        QTest::addRow("48 h is not under 48 h")
            << std::optional(48.0) << none << std::optional(48.0) << int(TargetStatus::Above);
        QTest::addRow("35 %% is inside 25-35 %%")
            << std::optional(0.35) << std::optional(0.25) << std::optional(0.35) << int(TargetStatus::OnTarget);
        QTest::addRow("36 %% is above 25-35 %%")
            << std::optional(0.36) << std::optional(0.25) << std::optional(0.35) << int(TargetStatus::Above);
        QTest::addRow("20 %% is below 25-35 %%")
            << std::optional(0.20) << std::optional(0.25) << std::optional(0.35) << int(TargetStatus::Below);
    }
    void targetStatus()
    {
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, min);
        QFETCH(std::optional<double>, max);
        QFETCH(int, status);
        QCOMPARE(int(baton::targetStatus(value, min, max)), status);
    }

    void targetsFollowTheConfiguration()
    {
        Log log = weeksLog();
        log.source.config.reviewSlaHours = 24;
        const StandupTargetSlide slide = slideOf<StandupTargetSlide>(log.deck());
        QCOMPARE(slide.targets.size(), 5);
        QCOMPARE(slide.targets.at(0).kpiId, u"sla_compliance"_s);
        QCOMPARE(slide.targets.at(1).kpiId, u"median_review_hours"_s);
        QCOMPARE(slide.targets.at(1).max, std::optional(24.0));
        QCOMPARE(slide.targets.at(2).kpiId, u"median_first_response_minutes_urgent"_s);
        QCOMPARE(slide.targets.at(3).kpiId, u"mql_to_sql_rate"_s);
        QCOMPARE(slide.targets.at(4).kpiId, u"sql_to_opportunity_rate"_s);
        // Last week: A0 rejected after 3 h, A1 accepted after 22 h; both in time.
        QCOMPARE(slide.targets.at(0).value, std::optional(1.0));
        QCOMPARE(slide.targets.at(0).status, TargetStatus::OnTarget);
        QCOMPARE(slide.targets.at(1).value, std::optional(12.5));
        QCOMPARE(slide.targets.at(2).status, TargetStatus::NoData);
        // Conversions over the last four weeks: B0, A0 and A1 crossed; B0 and A1 reached SQL,
        // neither reached Opportunity.
        QCOMPARE(slide.lastWeeks.from, LW - days(21));
        QCOMPARE(slide.targets.at(3).period.from, LW - days(21));
        QCOMPARE(slide.targets.at(0).period.from, LW);
        QCOMPARE(slide.targets.at(3).value, std::optional(2.0 / 3.0));
        QCOMPARE(slide.targets.at(3).status, TargetStatus::Above);
        QCOMPARE(slide.targets.at(4).value, std::optional(0.0));
        QCOMPARE(slide.targets.at(4).status, TargetStatus::Below);
        QCOMPARE(slide.onTarget(), 2);
    }

    void wins()
    {
        Log log;
        for (int i = 0; i < 9; ++i) {
            const QString id = u"w%1"_s.arg(i);
            log.lead(id, T0, Stage::Won, 80, T0, u"bob"_s);
            log.won(id, LW + hours(i), 1000.0 * (i + 1), i == 8 ? u"system"_s : u"ana"_s);
        }
        log.lead(u"early"_s, T0);
        log.won(u"early"_s, T0 + days(1), 99999); // the week before
        const StandupWinSlide slide = slideOf<StandupWinSlide>(log.deck());
        QCOMPARE(slide.total, 9);
        QCOMPARE(slide.revenue, 45000.0);
        QCOMPARE(slide.wins.size(), 7);
        QCOMPARE(slide.wins.at(0).leadId, u"w8"_s);
        QCOMPARE(slide.wins.at(0).amount, 9000.0);
        QCOMPARE(slide.wins.at(0).repName, u"Bob Stone"_s); // the system marked it won: its owner
        QCOMPARE(slide.wins.at(1).repName, u"Ana Ruiz"_s);
        QCOMPARE(slide.wins.at(0).company, u"Co w8"_s);
    }

    void marker_data()
    {
        QTest::addColumn<std::optional<Timestamp>>("since");
        QTest::addColumn<int>("handoffs");
        QTest::addColumn<int>("decisions");
        QTest::addColumn<int>("wins");
        QTest::addRow("first stand-up counts nothing") << std::optional<Timestamp>() << 0 << 0 << 0;
        QTest::addRow("since before the log counts everything") << std::optional(T0 - days(1)) << 3 << 3 << 1;
        QTest::addRow("since last Monday counts last week on") << std::optional(LW) << 2 << 2 << 1;
        QTest::addRow("since a moment ago counts nothing") << std::optional(ASOF - 1) << 0 << 0 << 0;
    }
    void marker()
    {
        QFETCH(std::optional<Timestamp>, since);
        QFETCH(int, handoffs);
        QFETCH(int, decisions);
        QFETCH(int, wins);
        const StandupMarker m = weeksLog().deck(since).marker;
        QCOMPARE(m.since, since);
        QCOMPARE(m.handoffs, handoffs);
        QCOMPARE(m.decisions, decisions);
        QCOMPARE(m.wins, wins);
        QCOMPARE(m.breaches, 0);
    }

    void markerCountsBreaches()
    {
        Log log;
        log.lead(u"a"_s, T0);
        log.handOff(u"a"_s, LW); // deadline LW + 48 h, never decided
        log.lead(u"b"_s, T0);
        log.accept(log.handOff(u"b"_s, LW + days(3)), LW + days(6)); // 24 h late
        QCOMPARE(log.deck(LW).marker.breaches, 2);
        QCOMPARE(log.deck(LW + days(3)).marker.breaches, 1);
    }

    void standupRun_data()
    {
        QTest::addColumn<std::optional<Timestamp>>("lastRun");
        QTest::addColumn<std::optional<Timestamp>>("lastBase");
        QTest::addColumn<std::optional<Timestamp>>("markerSince");
        const std::optional<Timestamp> none;
        QTest::addRow("the first run has no marker") << none << none << none;
        QTest::addRow("a week later counts from the last run")
            << std::optional(ASOF - days(7)) << std::optional(ASOF - days(14)) << std::optional(ASOF - days(7));
        QTest::addRow("a restart during the meeting keeps its base")
            << std::optional(ASOF - hours(1)) << std::optional(ASOF - days(7)) << std::optional(ASOF - days(7));
        QTest::addRow("a restart of the first meeting still has no marker")
            << std::optional(ASOF - hours(1)) << none << none;
    }
    void standupRun()
    {
        QFETCH(std::optional<Timestamp>, lastRun);
        QFETCH(std::optional<Timestamp>, lastBase);
        QFETCH(std::optional<Timestamp>, markerSince);
        const StandupRun run = baton::standupRun(lastRun, lastBase, ASOF);
        QCOMPARE(run.markerSince, markerSince);
        QCOMPARE(run.storedBase, markerSince);
    }

    // The stand-up's lighter load leaves out only events no slide reads: the deck is the
    // one the full KPI input gives, on a demo pipeline with every kind of event.
    void storageLoadsWhatTheDeckNeeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        const Timestamp now = *parseTime(u"2026-11-25T09:30:00Z"_s);
        DemoOptions options;
        options.leads = 200;
        options.end = now;
        QVERIFY(generateDemo(path, options).ok());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const StandupSource source = loadStandupSource(*db.value());
        QCOMPARE(source.leads.size(), 200);
        QVERIFY(!source.userNames.isEmpty());
        QCOMPARE(source.reasonLabels.value(u"no_budget"_s), u"No budget"_s);
        const std::optional<Timestamp> since = now - 7 * kMsPerDay;
        const StandupDeck light = buildStandupDeck(loadStandupInput(*db.value(), now), source, now, since);
        const StandupDeck full = buildStandupDeck(loadKpiInput(*db.value(), now), source, now, since);
        QCOMPARE(describe(light), describe(full));
        QVERIFY(!slideOf<StandupHotSlide>(light).isEmpty());
        QVERIFY(light.marker.handoffs > 0);
    }

    void storageRecordsEachRun()
    {
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db.ok());
        Status saved;
        QCOMPARE(recordStandupRun(*db.value(), ASOF - days(7), &saved).markerSince, std::nullopt);
        QVERIFY(saved.ok());
        QCOMPARE(standupMarkerSince(*db.value(), ASOF), std::optional(ASOF - days(7)));
        QCOMPARE(recordStandupRun(*db.value(), ASOF).markerSince, std::optional(ASOF - days(7)));
        // Restarted an hour into the meeting: still last week's.
        QCOMPARE(recordStandupRun(*db.value(), ASOF + hours(1)).markerSince, std::optional(ASOF - days(7)));
        QCOMPARE(CatalogStore(*db.value()).setting(kLastStandupKey), QString::number(ASOF + hours(1)));
    }
};

QTEST_GUILESS_MAIN(TestStandupDeck)
#include "tst_standupdeck.moc"
