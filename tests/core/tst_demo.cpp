// The demo generator: same seed, same pipeline; a consistent log.
#include "io/demogenerator.h"
#include "kpi/kpiengine.h"
#include "storage/consistency.h"
#include "storage/database.h"
#include "storage/kpisource.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;

namespace {
constexpr Timestamp kEnd = 1795392000000; // 2026-11-23T00:00:00Z

QByteArray kpiJson(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return {};
    const KpiReport r = computeKpis(loadKpiInput(*db.value(), kEnd), KpiPeriod{kEnd - 90 * kMsPerDay, kEnd, kEnd});
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSamePipeline();
    void refusesAnExistingFile();
};

void TestDemo::sameSeedSamePipeline()
{
    QTemporaryDir dir;
    DemoOptions options;
    options.leads = 150;
    options.seed = 7;
    options.end = kEnd;
    options.activitiesPerLead = 8;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    QVERIFY(generateDemo(a, options).ok());
    QVERIFY(generateDemo(b, options).ok());
    options.seed = 8;
    QVERIFY(generateDemo(c, options).ok());
    const QByteArray ka = kpiJson(a);
    QVERIFY(ka.contains("\"leads_created\""));
    QCOMPARE(kpiJson(b), ka);
    QVERIFY(kpiJson(c) != ka);

    auto db = Database::open(a);
    QVERIFY(db.ok());
    QCOMPARE(checkConsistency(*db.value()), QStringList());
    QVERIFY(db.value()->check(true).ok());
}

void TestDemo::refusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    DemoOptions options;
    options.leads = 5;
    options.end = kEnd;
    QVERIFY(generateDemo(path, options).ok());
    const Status again = generateDemo(path, options);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already exists")), qPrintable(again.error()));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
