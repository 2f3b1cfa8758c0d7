// The weekly report: three pages with their headings in the PDF's text layer, the
// week's comments in it, a PNG of the three pages, and clear refusals.

#include "common/theme.h"
#include "io/demogenerator.h"
#include "kpi/weeklyreport.h"
#include "kpiscenario.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {

constexpr Timestamp kDemoEnd = 1795392000000; // 2026-11-23T00:00:00Z

// The PDF's pages as text (pdftotext separates them with form feeds), or the PDF's
// page objects counted in its bytes when pdftotext is not installed.
struct PdfText
{
    int pages = 0;
    QString text; // empty without pdftotext
};

PdfText readPdf(const QString &path)
{
    PdfText pdf;
#ifdef BATON_PDFTOTEXT
    QProcess p;
    p.start(QStringLiteral(BATON_PDFTOTEXT), {u"-layout"_s, path, u"-"_s});
    if (p.waitForFinished(30000) && p.exitCode() == 0) {
        pdf.text = QString::fromUtf8(p.readAllStandardOutput());
        // Fonts set "ff", "fi" and "fl" as ligatures; text extraction keeps them as one character.
        pdf.text.replace(QChar(0xFB00), u"ff"_s).replace(QChar(0xFB01), u"fi"_s).replace(QChar(0xFB02), u"fl"_s);
        pdf.pages = int(pdf.text.count(QLatin1Char('\f')));
        return pdf;
    }
#endif
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
        pdf.pages = int(QString::fromLatin1(file.readAll()).count(page));
    }
    return pdf;
}

} // namespace

class TestWeeklyReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme(Theme::Mode::Light).apply(*qApp);
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.leads = 300;
        options.end = kDemoEnd;
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        QVERIFY(generateDemo(m_demo, options).ok());
    }

    void thePdfHasThreePagesWithTheirHeadings()
    {
        auto db = Database::open(m_demo);
        QVERIFY(db.ok());
        ManualClock clock(kDemoEnd);
        PipelineService pipeline(*db.value(), clock);
        QVERIFY(pipeline.initialize().ok());
        const QString path = m_dir.filePath(u"week47.pdf"_s);
        const Status s = writeWeeklyReport(pipeline, 2026, 47, path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const PdfText pdf = readPdf(path);
        QCOMPARE(pdf.pages, 3);
        // scripts/setup-deps.sh installs poppler-utils: without pdftotext the text layer cannot be read.
        QVERIFY2(!pdf.text.isEmpty(), "no text layer read: is pdftotext (poppler-utils) installed?");
        for (const QString &heading :
             {u"Week 47 at a glance"_s, u"1. Last week vs the week before"_s, u"2. KPIs against their targets"_s,
              u"3. The hand-off contract"_s, u"4. Review and first response"_s,
              u"Trend, funnel, revenue and stage aging"_s, u"Weekly trend"_s, u"Funnel"_s, u"Stage aging"_s,
              u"Rejection feedback"_s, u"Why sales turns leads down"_s, u"Comments from sales, newest first"_s}) {
            QVERIFY2(pdf.text.contains(heading), qPrintable(heading));
        }
        // Readable without colour: changes and verdicts say it in words.
        QVERIFY(pdf.text.contains(u"better"_s) || pdf.text.contains(u"worse"_s));
        QVERIFY(pdf.text.contains(u"On target"_s) || pdf.text.contains(u"Off target"_s));
    }

    void theWeeksCommentsAreInTheReport()
    {
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        const QString path = m_dir.filePath(u"week2.pdf"_s);
        const Status s = writeWeeklyReport(*fixture.pipeline, 2026, 2, path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const PdfText pdf = readPdf(path);
        QCOMPARE(pdf.pages, 3);
        QVERIFY2(!pdf.text.isEmpty(), "no text layer read: is pdftotext (poppler-utils) installed?");
        for (const QString &comment :
             {u"Too small for us"_s, u"No budget this year"_s, u"Only browsing"_s, u"Maybe in Q3"_s})
            QVERIFY2(pdf.text.contains(comment), qPrintable(comment));
        QVERIFY(pdf.text.contains(u"Week 2 at a glance"_s));
        QVERIFY(pdf.text.contains(u"Week 1"_s)); // the week before
    }

    void aPngHasTheThreePagesOneUnderTheOther()
    {
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        const QString path = m_dir.filePath(u"week2.png"_s);
        QVERIFY(writeWeeklyReport(*fixture.pipeline, 2026, 2, path).ok());
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > 3 * image.width() * 0.7 * 0.9); // three landscape pages
    }

    void refusesWhatItCannotWrite_data()
    {
        QTest::addColumn<int>("week");
        QTest::addColumn<QString>("file");
        QTest::addRow("week 54 does not exist") << 54 << u"r.pdf"_s;
        QTest::addRow("week 0 does not exist") << 0 << u"r.pdf"_s;
        QTest::addRow("neither pdf nor png") << 3 << u"r.docx"_s;
    }
    void refusesWhatItCannotWrite()
    {
        QFETCH(int, week);
        QFETCH(QString, file);
        test::KpiFixture fixture;
        QVERIFY(fixture.setUp().isEmpty());
        const Status s = writeWeeklyReport(*fixture.pipeline, 2026, week, m_dir.filePath(file));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(file)));
    }

    void isoWeeksParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week");
        QTest::addRow("the usual form") << u"2026-W47"_s << 2026 << 47;
        QTest::addRow("without the dash, lower case") << u"2026w05"_s << 2026 << 5;
        QTest::addRow("2026 has 53 weeks") << u"2026-W53"_s << 2026 << 53;
        QTest::addRow("2027 has 52") << u"2027-W53"_s << 0 << 0;
        QTest::addRow("not a week") << u"47"_s << 0 << 0;
    }
    void isoWeeksParse()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, week);
        const auto parsed = parseIsoWeek(text);
        QCOMPARE(parsed.has_value(), year != 0);
        if (parsed)
            QCOMPARE(*parsed, std::pair(year, week));
        QCOMPARE(previousIsoWeek(kDemoEnd, QTimeZone::utc()), std::pair(2026, 47)); // Monday 23 Nov: week 47 is done
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestWeeklyReport)
#include "tst_weeklyreport.moc"
