// The SLA countdown and the short texts of cards and headers, as plain functions.

#include "board/cardtext.h"
#include "board/countdown.h"

#include <QTest>

using namespace baton;

Q_DECLARE_METATYPE(baton::CountdownBand)

class TestCountdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countdown_data();
    void countdown();
    void age_data();
    void age();
    void amount_data();
    void amount();
};

namespace {
constexpr qint64 kAssigned = 1'000'000'000'000;
constexpr qint64 kSla = 48 * kMsPerHour;
constexpr qint64 kDeadline = kAssigned + kSla;
} // namespace

void TestCountdown::countdown_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CountdownBand>("band");

    QTest::addRow("just assigned, two full days left, reads in days")
        << kAssigned << QStringLiteral("2 d left") << CountdownBand::Normal;
    QTest::addRow("47.5 h left rounds down to 47 h")
        << kDeadline - 47 * kMsPerHour - 30 * kMsPerMinute << QStringLiteral("47 h left") << CountdownBand::Normal;
    QTest::addRow("11 h left with 11 h 59 min to go")
        << kDeadline - 12 * kMsPerHour + kMsPerMinute << QStringLiteral("11 h left") << CountdownBand::Warn;
    QTest::addRow("12 h left is exactly three quarters elapsed and turns amber")
        << kDeadline - 12 * kMsPerHour << QStringLiteral("12 h left") << CountdownBand::Warn;
    QTest::addRow("one millisecond before three quarters is still calm")
        << kDeadline - 12 * kMsPerHour - 1 << QStringLiteral("12 h left") << CountdownBand::Normal;
    QTest::addRow("45 min left") << kDeadline - 45 * kMsPerMinute << QStringLiteral("45 min left")
                                 << CountdownBand::Warn;
    QTest::addRow("the last seconds still read one minute")
        << kDeadline - 20'000 << QStringLiteral("1 min left") << CountdownBand::Warn;
    QTest::addRow("at the deadline it is due, not breached")
        << kDeadline << QStringLiteral("Due now") << CountdownBand::Warn;
    QTest::addRow("a millisecond late is breached")
        << kDeadline + 1 << QStringLiteral("Overdue 1 min") << CountdownBand::Breached;
    QTest::addRow("25 minutes late") << kDeadline + 25 * kMsPerMinute << QStringLiteral("Overdue 25 min")
                                     << CountdownBand::Breached;
    QTest::addRow("3 h 40 min late reads Overdue 3 h")
        << kDeadline + 3 * kMsPerHour + 40 * kMsPerMinute << QStringLiteral("Overdue 3 h") << CountdownBand::Breached;
    QTest::addRow("three days late reads in days")
        << kDeadline + 3 * kMsPerDay << QStringLiteral("Overdue 3 d") << CountdownBand::Breached;
}

void TestCountdown::countdown()
{
    QFETCH(qint64, now);
    const Countdown c = reviewCountdown(kDeadline, kAssigned, now);
    QTEST(c.text, "text");
    QTEST(c.band, "band");
}

void TestCountdown::age_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::addRow("a few seconds is 0 min") << qint64(5000) << QStringLiteral("0 min");
    QTest::addRow("59 minutes") << 59 * kMsPerMinute << QStringLiteral("59 min");
    QTest::addRow("an hour and a half is 1 h") << 90 * kMsPerMinute << QStringLiteral("1 h");
    QTest::addRow("three days") << 3 * kMsPerDay + 5 * kMsPerHour << QStringLiteral("3 d");
    QTest::addRow("thirteen days still in days") << 13 * kMsPerDay << QStringLiteral("13 d");
    QTest::addRow("six weeks") << 43 * kMsPerDay << QStringLiteral("6 w");
    QTest::addRow("a clock behind the data reads 0 min") << -kMsPerHour << QStringLiteral("0 min");
}

void TestCountdown::age()
{
    QFETCH(qint64, ms);
    QTEST(formatAge(ms), "text");
}

void TestCountdown::amount_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("text");
    QTest::addRow("under a thousand in full") << 950.0 << QStringLiteral("€950");
    QTest::addRow("thousands with one decimal under ten") << 9500.0 << QStringLiteral("€9.5k");
    QTest::addRow("a round thousand loses its .0") << 2000.0 << QStringLiteral("€2k");
    QTest::addRow("hundreds of thousands without decimals") << 412345.0 << QStringLiteral("€412k");
    QTest::addRow("just under a million rounds up to 1M") << 999600.0 << QStringLiteral("€1M");
    QTest::addRow("millions with one decimal") << 1260000.0 << QStringLiteral("€1.3M");
    QTest::addRow("zero") << 0.0 << QStringLiteral("€0");
}

void TestCountdown::amount()
{
    QFETCH(double, amount);
    QTEST(formatCompactAmount(amount), "text");
}

QTEST_APPLESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
