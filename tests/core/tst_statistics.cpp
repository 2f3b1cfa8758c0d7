#include "kpi/statistics.h"

#include <QTest>

using namespace baton;

// An absent result is written as "no value" in the data rows; a present one is compared
// exactly (QCOMPARE on doubles is fuzzy enough for interpolated values).
class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("expected");
        QTest::addRow("an odd count takes the middle value") << QList<double>{3, 1, 2} << true << 2.0;
        QTest::addRow("an even count takes the mean of the two middle values")
            << QList<double>{4, 1, 3, 2} << true << 2.5;
        QTest::addRow("unsorted input is sorted first") << QList<double>{10, -5, 7} << true << 7.0;
        QTest::addRow("a single value is its own median") << QList<double>{42} << true << 42.0;
        QTest::addRow("no values have no median") << QList<double>{} << false << 0.0;
    }
    void median()
    {
        QFETCH(QList<double>, values);
        QFETCH(bool, hasValue);
        QFETCH(double, expected);
        const std::optional<double> result = baton::median(values);
        QCOMPARE(result.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*result, expected);
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("expected");
        const QList<double> oneToTen{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        QTest::addRow("the 95th of 1..10 interpolates at rank 8.55") << oneToTen << 0.95 << true << 9.55;
        QTest::addRow("the 50th of 1..10 is the median") << oneToTen << 0.5 << true << 5.5;
        QTest::addRow("the 0th is the smallest value") << oneToTen << 0.0 << true << 1.0;
        QTest::addRow("the 100th is the largest value") << oneToTen << 1.0 << true << 10.0;
        QTest::addRow("the 95th of two values lies 95 %% of the way") << QList<double>{20, 10} << 0.95 << true << 19.5;
        QTest::addRow("the 95th of one value is that value") << QList<double>{7} << 0.95 << true << 7.0;
        QTest::addRow("no values have no percentile") << QList<double>{} << 0.95 << false << 0.0;
        QTest::addRow("a fraction above 1 is refused") << oneToTen << 1.5 << false << 0.0;
        QTest::addRow("a negative fraction is refused") << oneToTen << -0.1 << false << 0.0;
    }
    void percentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(bool, hasValue);
        QFETCH(double, expected);
        const std::optional<double> result = baton::percentile(values, p);
        QCOMPARE(result.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*result, expected);
    }

    void mean_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("expected");
        QTest::addRow("the mean of 12 and 4.5 is 8.25") << QList<double>{12, 4.5} << true << 8.25;
        QTest::addRow("the mean of one value is that value") << QList<double>{3} << true << 3.0;
        QTest::addRow("no values have no mean") << QList<double>{} << false << 0.0;
    }
    void mean()
    {
        QFETCH(QList<double>, values);
        QFETCH(bool, hasValue);
        QFETCH(double, expected);
        const std::optional<double> result = baton::mean(values);
        QCOMPARE(result.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*result, expected);
    }

    void ratio_data()
    {
        QTest::addColumn<double>("num");
        QTest::addColumn<double>("den");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("expected");
        QTest::addRow("one of four is a quarter") << 1.0 << 4.0 << true << 0.25;
        QTest::addRow("none of five is zero, not null") << 0.0 << 5.0 << true << 0.0;
        QTest::addRow("an empty denominator is null, not zero") << 0.0 << 0.0 << false << 0.0;
        QTest::addRow("a numerator over an empty denominator is null") << 3.0 << 0.0 << false << 0.0;
    }
    void ratio()
    {
        QFETCH(double, num);
        QFETCH(double, den);
        QFETCH(bool, hasValue);
        QFETCH(double, expected);
        const std::optional<double> result = baton::ratio(num, den);
        QCOMPARE(result.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*result, expected);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
