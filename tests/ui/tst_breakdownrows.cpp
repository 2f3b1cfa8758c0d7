// The texts of the score breakdown rows, their chips and the threshold line.
#include "lead/breakdownrows.h"
#include "lead/leadformat.h"
#include "io/scenarioreplay.h"

#include <QtTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {
Timestamp at(const char *iso)
{
    return *parseTime(QString::fromLatin1(iso));
}

ScoreBreakdown sample()
{
    ScoreBreakdown b;
    b.modelVersion = 1;
    auto rule = [&b](const char *id, const char *label, int points, bool fired, const char *evidence,
                     std::optional<Timestamp> when = std::nullopt) {
        RuleResult r;
        r.ruleId = QString::fromUtf8(id);
        r.label = QString::fromUtf8(label);
        r.points = points;
        r.fired = fired;
        r.evidence = QString::fromUtf8(evidence);
        r.evidenceAt = when;
        if (fired)
            b.total += points;
        b.rules << r;
    };
    rule("senior_title", "Senior title", 20, true, "Title “CTO”");
    rule("personal_email", "Personal email", -10, false, "");
    rule("pricing_page", "Visited pricing page", 20, true, "Visited https://x.example/pricing — 2026-11-20 14:02",
         at("2026-11-20T14:02:00Z"));
    rule("webinar", "Attended webinar", 10, false, "");
    rule("email_engaged", "Engaged with e-mail", 10, true,
         "E-mail opened “Launch” — 2026-11-19 23:30 (3 in the last 7 days)", at("2026-11-19T23:30:00Z"));
    rule("inactive", "Inactive", -15, true, "No activity since 2026-10-01 09:00", at("2026-10-01T09:00:00Z"));
    return b;
}
} // namespace

class TestBreakdownRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rows_data()
    {
        QTest::addColumn<int>("zoneOffset"); // seconds ahead of UTC
        QTest::addColumn<qint64>("reference");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("points");
        QTest::addColumn<bool>("fired");

        const qint64 nov = at("2026-11-21T00:00:00Z");
        QTest::addRow("a fired attribute rule keeps its evidence and comes first")
            << 0 << nov << 0 << u"Senior title"_s << u"Title “CTO”"_s << u"+20"_s << true;
        QTest::addRow("an activity's time is shown in UTC for a UTC user")
            << 0 << nov << 1 << u"Visited pricing page"_s << u"Visited https://x.example/pricing — 20 Nov 14:02"_s
            << u"+20"_s << true;
        QTest::addRow("an activity's time is shown in the user's time zone")
            << 3600 << nov << 1 << u"Visited pricing page"_s << u"Visited https://x.example/pricing — 20 Nov 15:02"_s
            << u"+20"_s << true;
        QTest::addRow("a time zone can move the evidence to the next day")
            << 3600 << nov << 2 << u"Engaged with e-mail"_s
            << u"E-mail opened “Launch” — 20 Nov 00:30 (3 in the last 7 days)"_s << u"+10"_s << true;
        QTest::addRow("evidence from another year shows the year")
            << 0 << at("2027-02-01T00:00:00Z") << 1 << u"Visited pricing page"_s
            << u"Visited https://x.example/pricing — 20 Nov 2026 14:02"_s << u"+20"_s << true;
        QTest::addRow("a fired negative rule has a true minus sign")
            << 0 << nov << 3 << u"Inactive"_s << u"No activity since 1 Oct 09:00"_s << u"\u221215"_s << true;
        QTest::addRow("rules that did not fire follow, with their would-be points")
            << 0 << nov << 4 << u"Personal email"_s << QString() << u"\u221210"_s << false;
        QTest::addRow("unfired rules keep model order")
            << 0 << nov << 5 << u"Attended webinar"_s << QString() << u"+10"_s << false;
    }

    void rows()
    {
        QFETCH(int, zoneOffset);
        QFETCH(qint64, reference);
        QFETCH(int, row);
        const QList<BreakdownRow> rows = breakdownRows(sample(), QTimeZone(zoneOffset), reference);
        QCOMPARE(rows.size(), 6);
        const BreakdownRow &r = rows.at(row);
        QTEST(r.label, "label");
        QTEST(r.evidence, "evidence");
        QTEST(r.pointsText, "points");
        QTEST(r.fired, "fired");
    }

    void everyRuleIsListedOnce()
    {
        const ScoreBreakdown b = sample();
        const QList<BreakdownRow> rows = breakdownRows(b, QTimeZone::utc());
        QStringList ids;
        for (const BreakdownRow &r : rows)
            ids << r.ruleId;
        QStringList expected;
        for (const RuleResult &r : b.rules)
            expected << r.ruleId;
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
    }

    void chipText_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("chip");
        QTest::addRow("a positive rule") << 0 << u"Senior title +20"_s;
        QTest::addRow("a negative rule") << 3 << u"Inactive \u221215"_s;
    }

    void chipText()
    {
        QFETCH(int, row);
        QTEST(baton::chipText(breakdownRows(sample(), QTimeZone::utc()).at(row)), "chip");
    }

    void thresholdText_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("text");
        QTest::addRow("below MQL counts to MQL") << 28 << u"12 points to MQL"_s;
        QTest::addRow("a negative score counts to MQL") << -5 << u"45 points to MQL"_s;
        QTest::addRow("exactly MQL counts to SQL-ready") << 40 << u"30 points to SQL-ready"_s;
        QTest::addRow("between counts to SQL-ready") << 58 << u"12 points to SQL-ready"_s;
        QTest::addRow("one point short is singular") << 69 << u"1 point to SQL-ready"_s;
        QTest::addRow("at SQL-ready says so") << 70 << u"Sales-ready"_s;
        QTest::addRow("above SQL-ready says so") << 115 << u"Sales-ready"_s;
    }

    void thresholdText()
    {
        QFETCH(int, total);
        QTEST(baton::thresholdText(total, 40, 70), "text");
    }
};

QTEST_GUILESS_MAIN(TestBreakdownRows)
#include "tst_breakdownrows.moc"
