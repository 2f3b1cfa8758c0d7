// CsvReader and CsvWriter: encodings, delimiters, quoting, line ends, blank lines,
// structural errors, and writing what reads back unchanged.
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::CsvEncoding)

namespace {

QByteArray dataFile(const QString &name)
{
    QFile f(QStringLiteral(BATON_TEST_DATA "/csv/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

QList<QStringList> fieldsOf(const CsvDocument &doc)
{
    QList<QStringList> rows;
    for (const CsvRecord &r : doc.records)
        rows << r.fields;
    return rows;
}

QList<int> rowsOf(const CsvDocument &doc)
{
    QList<int> rows;
    for (const CsvRecord &r : doc.records)
        rows << r.row;
    return rows;
}

QStringList issueTexts(const CsvDocument &doc)
{
    QStringList texts;
    for (const CsvIssue &i : doc.issues)
        texts << u"%1:%2 %3"_s.arg(i.row).arg(i.column).arg(i.message);
    return texts;
}

const QList<QStringList> kAccentedRows = {
    {u"first_name"_s, u"last_name"_s, u"company"_s, u"email"_s},
    {u"René"_s, u"Müller"_s, u"Café Crème"_s, u"rene@cafe.fr"_s},
    {u"Zoë"_s, u"O’Brien"_s, u"Société Générale"_s, u"zoe@sg.fr"_s},
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingsDelimitersAndLineEnds_data();
    void encodingsDelimitersAndLineEnds();
    void windows1252Table();
    void quotedFields();
    void blankLinesAreSkippedButCounted();
    void inlineCases_data();
    void inlineCases();
    void structuralErrors_data();
    void structuralErrors();
    void delimiterDetection_data();
    void delimiterDetection();
    void writerQuotesOnlyWhatNeedsIt_data();
    void writerQuotesOnlyWhatNeedsIt();
    void writerStartsWithBomWhenAsked();
    void writtenRecordsReadBackUnchanged_data();
    void writtenRecordsReadBackUnchanged();
    void randomInputsNeverBreakTheRoundTrip();
};

void TestCsvReader::encodingsDelimitersAndLineEnds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");

    QTest::addRow("UTF-8, comma, LF") << u"utf8_comma_lf.csv"_s << CsvEncoding::Utf8 << QChar(u',');
    QTest::addRow("UTF-8 with BOM, semicolon, CRLF")
        << u"utf8bom_semicolon_crlf.csv"_s << CsvEncoding::Utf8WithBom << QChar(u';');
    QTest::addRow("Windows-1252 (invalid UTF-8), semicolon, CRLF")
        << u"windows1252_semicolon.csv"_s << CsvEncoding::Windows1252 << QChar(u';');
    QTest::addRow("UTF-16LE with BOM (Excel Unicode text), tab, CRLF")
        << u"utf16le_tab.csv"_s << CsvEncoding::Utf16LittleEndian << QChar(u'\t');
    QTest::addRow("UTF-8, tab, LF") << u"tab_lf.csv"_s << CsvEncoding::Utf8 << QChar(u'\t');
    QTest::addRow("UTF-8, comma, CR only (classic Mac)") << u"cr_only.csv"_s << CsvEncoding::Utf8 << QChar(u',');
}

void TestCsvReader::encodingsDelimitersAndLineEnds()
{
    QFETCH(QString, file);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QChar, delimiter);

    const CsvDocument doc = CsvReader::parse(dataFile(file));
    QVERIFY2(doc.issues.isEmpty(), qPrintable(issueTexts(doc).join(u'\n')));
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(doc.delimiter, delimiter);
    QCOMPARE(fieldsOf(doc), kAccentedRows);
    QCOMPARE(rowsOf(doc), (QList<int>{1, 2, 3}));
}

void TestCsvReader::windows1252Table()
{
    const CsvDocument doc = CsvReader::parse(dataFile(u"windows1252_specials.csv"_s));
    QCOMPARE(doc.encoding, CsvEncoding::Windows1252);
    const QList<QStringList> expected = {
        {u"name"_s, u"note"_s},
        {u"Euro"_s, u"€ 100"_s},
        {u"Quotes"_s, u"“hi” ‘yo’"_s},
        {u"Dashes"_s, u"a–b—c"_s},
        {u"Oeuvre"_s, u"œuvre Ÿ™"_s},
        // The five bytes 1252 leaves undefined become the C1 controls of the same value.
        {u"Undefined"_s, u"\u0081\u008D\u008F\u0090\u009D"_s},
        {u"Latin1"_s, u"éèàÿ"_s},
    };
    QCOMPARE(fieldsOf(doc), expected);
}

void TestCsvReader::quotedFields()
{
    const CsvDocument doc = CsvReader::parse(dataFile(u"quoted_fields.csv"_s));
    QVERIFY2(doc.issues.isEmpty(), qPrintable(issueTexts(doc).join(u'\n')));
    const QList<QStringList> expected = {
        {u"first_name"_s, u"company"_s, u"note"_s},
        {u"Ada"_s, u"Engines, Inc."_s, u"She said \"hello\""_s},
        {u"Grace"_s, u"Cobol\nLabs"_s, u"line one\nline two"_s}, // CRLF inside a field is stored as LF
        {u"Alan"_s, u"Bletchley"_s, u"5\" screen"_s},            // spaces around quotes dropped; a bare quote kept
        {u"Empty"_s, QString(), QString()},
    };
    QCOMPARE(fieldsOf(doc), expected);
    // A record spanning three lines is one spreadsheet row; `line` says where it starts.
    QCOMPARE(rowsOf(doc), (QList<int>{1, 2, 3, 4, 5}));
    QList<int> lines;
    for (const CsvRecord &r : doc.records)
        lines << r.line;
    QCOMPARE(lines, (QList<int>{1, 2, 3, 6, 7}));
}

void TestCsvReader::blankLinesAreSkippedButCounted()
{
    const CsvDocument doc = CsvReader::parse(dataFile(u"blank_lines.csv"_s));
    QVERIFY(doc.issues.isEmpty());
    const QList<QStringList> expected = {
        {u"first_name"_s, u"email"_s},
        {u"Ada"_s, u"ada@analytical.io"_s},
        {u"Grace"_s, u"grace@cobol.dev"_s},
        {QString(), QString()}, // "," is two empty fields, not a blank line: the importer skips it
    };
    QCOMPARE(fieldsOf(doc), expected);
    QCOMPARE(rowsOf(doc), (QList<int>{2, 4, 7, 8}));
}

void TestCsvReader::inlineCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::addRow("an empty file has no records") << QByteArray() << QList<QStringList>{};
    QTest::addRow("a file of blank lines has no records") << QByteArray("\r\n\n  \n") << QList<QStringList>{};
    QTest::addRow("the last record needs no line end")
        << QByteArray("a,b\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::addRow("a trailing delimiter gives an empty last field")
        << QByteArray("a,b,\n") << QList<QStringList>{{u"a"_s, u"b"_s, QString()}};
    QTest::addRow("spaces in unquoted fields are kept")
        << QByteArray(" a , b \n") << QList<QStringList>{{u" a "_s, u" b "_s}};
    QTest::addRow("a quoted empty field alone is a record, not a blank line")
        << QByteArray("\"\"\n") << QList<QStringList>{{QString()}};
    QTest::addRow("a quoted field may hold a lone CR, stored as LF")
        << QByteArray("\"a\rb\",c\n") << QList<QStringList>{{u"a\nb"_s, u"c"_s}};
    QTest::addRow("doubled quotes at the edges of a quoted field")
        << QByteArray("\"\"\"x\"\"\"\n") << QList<QStringList>{{u"\"x\""_s}};
    QTest::addRow("a UTF-8 BOM is not part of the first header")
        << QByteArray("\xEF\xBB\xBFid\n1\n") << QList<QStringList>{{u"id"_s}, {u"1"_s}};
    QTest::addRow("a NUL byte is kept as a character")
        << QByteArray("a\0b,c\n", 6) << QList<QStringList>{{QString(u"a\0b"_s), u"c"_s}};
}

void TestCsvReader::inlineCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, expected);
    const CsvDocument doc = CsvReader::parse(bytes);
    QVERIFY2(doc.issues.isEmpty(), qPrintable(issueTexts(doc).join(u'\n')));
    QCOMPARE(fieldsOf(doc), expected);
}

void TestCsvReader::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<int>("records");

    QTest::addRow("a quote left open swallows the rest of the file and is reported where it opened")
        << dataFile(u"bad_unclosed_quote.csv"_s)
        << QStringList{u"2:3 a quoted field is not closed before the end of the file"_s} << 2;
    QTest::addRow("text after a closing quote is reported with its column")
        << dataFile(u"bad_text_after_quote.csv"_s)
        << QStringList{u"2:3 text after the closing quote of a quoted field (a quote inside a quoted field must be "
                       "doubled: \"\")"_s}
        << 2;
    QTest::addRow("a UTF-8 BOM followed by invalid UTF-8 is reported for the whole file")
        << dataFile(u"bad_bom_invalid_utf8.csv"_s)
        << QStringList{u"0:0 the file starts with a UTF-8 byte order mark but is not valid UTF-8"_s} << 2;
    QTest::addRow("a UTF-16 BOM followed by an odd number of bytes is reported")
        << QByteArray("\xFF\xFE"
                      "a\0,\0b\0\n",
                      9)
        << QStringList{u"0:0 the file starts with a UTF-16 byte order mark but is not valid UTF-16"_s} << 1;
    QTest::addRow("a UTF-16 text with an unpaired surrogate is reported")
        << QByteArray("\xFF\xFE"
                      "a\0\x00\xD8"
                      "b\0",
                      8)
        << QStringList{u"0:0 the file starts with a UTF-16 byte order mark but is not valid UTF-16"_s} << 1;
}

void TestCsvReader::structuralErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, issues);
    QFETCH(int, records);
    const CsvDocument doc = CsvReader::parse(bytes);
    QCOMPARE(issueTexts(doc), issues);
    QCOMPARE(doc.records.size(), records);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");

    QTest::addRow("commas inside quotes do not count") << QByteArray("\"a,b,c\";d;e\n1;2;3\n") << QChar(u';');
    QTest::addRow("the first record decides, not the data") << QByteArray("a;b\n1,2,3,4,5\n") << QChar(u';');
    QTest::addRow("a tie goes to comma") << QByteArray("a,b;c\n") << QChar(u',');
    QTest::addRow("semicolon beats tab on a tie") << QByteArray("a;b\tc\n") << QChar(u';');
    QTest::addRow("one column means comma") << QByteArray("email\nx@y.z\n") << QChar(u',');
    QTest::addRow("leading blank lines are skipped") << QByteArray("\n\na\tb\n") << QChar(u'\t');
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::parse(bytes).delimiter, delimiter);
}

void TestCsvReader::writerQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");

    QTest::addRow("plain text stays bare") << u"Acme"_s << u"Acme"_s;
    QTest::addRow("an empty value stays bare") << QString() << QString();
    QTest::addRow("a comma is quoted") << u"Acme, Inc."_s << u"\"Acme, Inc.\""_s;
    QTest::addRow("a semicolon is quoted so detection stays on comma") << u"a;b"_s << u"\"a;b\""_s;
    QTest::addRow("a tab is quoted") << u"a\tb"_s << u"\"a\tb\""_s;
    QTest::addRow("a quote is doubled") << u"5\" screen"_s << u"\"5\"\" screen\""_s;
    QTest::addRow("a line break is quoted") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::addRow("leading spaces are quoted so they survive") << u"  a"_s << u"\"  a\""_s;
    QTest::addRow("accents need no quotes") << u"Société Générale"_s << u"Société Générale"_s;
}

void TestCsvReader::writerQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
}

void TestCsvReader::writerStartsWithBomWhenAsked()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, true);
    writer.writeRecord({u"id"_s, u"é"_s});
    writer.writeRecord({u"1"_s, u"2"_s});
    QVERIFY(writer.status().ok());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFid,\xC3\xA9\r\n1,2\r\n"));
    const CsvDocument doc = CsvReader::parse(buffer.data());
    QCOMPARE(doc.encoding, CsvEncoding::Utf8WithBom);
    QCOMPARE(fieldsOf(doc), (QList<QStringList>{{u"id"_s, u"é"_s}, {u"1"_s, u"2"_s}}));
}

void TestCsvReader::writtenRecordsReadBackUnchanged_data()
{
    QTest::addColumn<QList<QStringList>>("records");

    QTest::addRow("accents and punctuation") << kAccentedRows;
    QTest::addRow("every character that needs quoting")
        << QList<QStringList>{{u"a,b"_s, u"c;d"_s, u"e\tf"_s, u"g\"h"_s, u"i\nj"_s, u" k "_s}};
    QTest::addRow("a single empty field") << QList<QStringList>{{u"h"_s}, {QString()}};
    QTest::addRow("a first field starting with a byte order mark") << QList<QStringList>{{u"\uFEFFid"_s, u"x"_s}};
    QTest::addRow("a header of one column holding a semicolon") << QList<QStringList>{{u"a;b"_s}, {u"1;2"_s}};
}

void TestCsvReader::writtenRecordsReadBackUnchanged()
{
    QFETCH(QList<QStringList>, records);
    QByteArray bytes;
    for (const QStringList &r : records)
        bytes += CsvWriter::record(r);
    const CsvDocument doc = CsvReader::parse(bytes);
    QVERIFY(doc.issues.isEmpty());
    QCOMPARE(doc.delimiter, QChar(u','));
    QCOMPARE(fieldsOf(doc), records);
}

void TestCsvReader::randomInputsNeverBreakTheRoundTrip()
{
    // The property the fuzz target checks, on a fixed sample: whatever the reader makes of
    // some bytes, writing it and reading it again gives the same fields.
    static const char alphabet[] = {'a', 'b', ',', ';', '\t', '"', '"', '\r', '\n', ' ', '\xC3', '\xA9', '\x80', '\0'};
    QRandomGenerator random(20260105);
    int roundTrips = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes;
        const int size = random.bounded(40);
        for (int k = 0; k < size; ++k)
            bytes.append(alphabet[random.bounded(int(sizeof alphabet))]);
        const CsvDocument first = CsvReader::parse(bytes);
        if (!first.issues.isEmpty())
            continue;
        QByteArray written;
        for (const CsvRecord &r : first.records)
            written += CsvWriter::record(r.fields);
        const CsvDocument second = CsvReader::parse(written);
        QVERIFY2(second.issues.isEmpty(), bytes.toHex().constData());
        QVERIFY2(fieldsOf(second) == fieldsOf(first), bytes.toHex().constData());
        ++roundTrips;
    }
    QVERIFY(roundTrips > 1000); // the sample must mostly be well-formed to prove anything
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
