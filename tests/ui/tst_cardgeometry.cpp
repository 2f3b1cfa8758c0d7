// The card's layout as numbers: no window, no fonts.

#include "board/cardgeometry.h"

#include <QTest>

using namespace baton;

class TestCardGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedParts_data();
    void fixedParts();
    void bottomLine_data();
    void bottomLine();
    void itemAroundCard();
};

namespace {
CardParts parts(bool owner, int age, int ageCompact, bool urgent, int countdown)
{
    CardParts p;
    p.hasOwner = owner;
    p.ageWidth = age;
    p.ageCompactWidth = ageCompact;
    p.urgent = urgent;
    p.urgentWidth = 60;
    p.urgentCompactWidth = 14;
    p.countdown = countdown > 0;
    p.countdownWidth = countdown;
    return p;
}
} // namespace

void TestCardGeometry::fixedParts_data()
{
    QTest::addColumn<QRect>("card");
    QTest::addColumn<QRect>("name");
    QTest::addColumn<QRect>("pill");
    QTest::addColumn<QRect>("meta");

    QTest::addRow("a 256 x 84 card at the origin puts the pill at the top right")
        << QRect(0, 0, 256, 84) << QRect(12, 12, 256 - 12 - 12 - 32 - 8, 18) << QRect(256 - 12 - 32, 12, 32, 18)
        << QRect(12, 32, 232, 16);
    QTest::addRow("a card further down the list moves with its rect")
        << QRect(8, 96, 256, 84) << QRect(20, 108, 192, 18) << QRect(8 + 256 - 12 - 32, 108, 32, 18)
        << QRect(20, 128, 232, 16);
    QTest::addRow("a wider card gives the name the extra room")
        << QRect(0, 0, 320, 84) << QRect(12, 12, 256, 18) << QRect(276, 12, 32, 18) << QRect(12, 32, 296, 16);
    QTest::addRow("a card too narrow for a name keeps the pill and an empty name")
        << QRect(0, 0, 60, 84) << QRect(12, 12, 0, 18) << QRect(16, 12, 32, 18) << QRect(12, 32, 36, 16);
}

void TestCardGeometry::fixedParts()
{
    QFETCH(QRect, card);
    QFETCH(QRect, name);
    QFETCH(QRect, pill);
    QFETCH(QRect, meta);
    const CardGeometry g = layoutCard(card, parts(true, 70, 24, false, 0));
    QCOMPARE(g.card, card);
    QCOMPARE(g.name, name);
    QCOMPARE(g.pill, pill);
    QCOMPARE(g.meta, meta);
    QVERIFY(card.contains(g.pill));
}

void TestCardGeometry::bottomLine_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<int>("countdown");
    QTest::addColumn<QRect>("initials");
    QTest::addColumn<QRect>("age");
    QTest::addColumn<QRect>("urgentRect");
    QTest::addColumn<QRect>("countdownRect");
    QTest::addColumn<bool>("compactAge");
    QTest::addColumn<bool>("compactUrgent");

    // Bottom line: y = 84 - 12 - 20 = 52; content from x 12 to 244.
    QTest::addRow("owner and age alone start at the padding")
        << 256 << true << false << 0 << QRect(12, 52, 20, 20) << QRect(40, 52, 70, 20) << QRect() << QRect() << false
        << false;
    QTest::addRow("without an owner the age takes the owner's place")
        << 256 << false << false << 0 << QRect() << QRect(12, 52, 70, 20) << QRect() << QRect() << false << false;
    QTest::addRow("urgent and a countdown fit beside the age on a full card")
        << 256 << true << true << 50 << QRect(12, 52, 20, 20) << QRect(40, 52, 70, 20) << QRect(118, 52, 60, 20)
        << QRect(194, 52, 50, 20) << false << false;
    QTest::addRow("a wide countdown makes urgent drop its word first")
        << 256 << true << true << 90 << QRect(12, 52, 20, 20) << QRect(40, 52, 70, 20) << QRect(118, 52, 14, 20)
        << QRect(154, 52, 90, 20) << false << true;
    QTest::addRow("a narrow card also shortens the age to its number")
        << 220 << true << true << 90 << QRect(12, 52, 20, 20) << QRect(40, 52, 24, 20) << QRect(72, 52, 14, 20)
        << QRect(118, 52, 90, 20) << true << true;
    QTest::addRow("a countdown keeps the right end even when nothing else fits")
        << 150 << true << false << 90 << QRect(12, 52, 20, 20) << QRect(40, 52, 0, 20) << QRect()
        << QRect(48, 52, 90, 20) << true << false;
}

void TestCardGeometry::bottomLine()
{
    QFETCH(int, width);
    QFETCH(bool, owner);
    QFETCH(bool, urgent);
    QFETCH(int, countdown);
    const CardGeometry g = layoutCard(QRect(0, 0, width, 84), parts(owner, 70, 24, urgent, countdown));
    QTEST(g.initials, "initials");
    QTEST(g.age, "age");
    QTEST(g.urgent, "urgentRect");
    QTEST(g.countdown, "countdownRect");
    QTEST(g.compactAge, "compactAge");
    QTEST(g.compactUrgent, "compactUrgent");
    // Nothing on the bottom line overlaps, and nothing leaves the card.
    const QRect card(0, 0, width, 84);
    for (const QRect &r : {g.initials, g.age, g.urgent, g.countdown}) {
        if (!r.isEmpty())
            QVERIFY2(card.contains(r),
                     qPrintable(QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    }
    if (!g.urgent.isEmpty() && !g.countdown.isEmpty())
        QVERIFY(g.urgent.right() < g.countdown.left());
    if (!g.age.isEmpty() && !g.urgent.isEmpty())
        QVERIFY(g.age.right() < g.urgent.left());
}

void TestCardGeometry::itemAroundCard()
{
    const QSize item = itemSize(272);
    QCOMPARE(item, QSize(272, 84 + card::kSpacing));
    const QRect inner = cardRectInItem(QRect(QPoint(0, 0), item));
    QCOMPARE(inner, QRect(8, 4, 256, 84));
}

QTEST_APPLESS_MAIN(TestCardGeometry)
#include "tst_cardgeometry.moc"
