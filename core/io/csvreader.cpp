#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <utility>

namespace baton {

namespace {

struct CsvReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes 1252 leaves
// undefined (81, 8D, 8F, 90, 9D) map to the C1 controls of the same value, as
// browsers decode them.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr char16_t kQuote = u'"';

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

// Qt's UTF-16 decoder lets unpaired surrogates through; they are not text.
bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

QString decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError() && !hasLoneSurrogate(text);
    return text;
}

// Splits text into records; one instance per pass over the text.
class Parser
{
public:
    Parser(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads the next record, blank or not. Returns false at the end of the text.
    // `bareQuote` tells whether an unquoted field holds a quote.
    bool next(CsvRecord &record, bool &blank, QList<CsvIssue> *issues, bool *bareQuote = nullptr)
    {
        if (atEnd())
            return false;
        record.row = ++m_row;
        record.line = m_line;
        record.fields.clear();
        record.fields.reserve(m_widest);
        bool anyQuoted = false;
        if (bareQuote)
            *bareQuote = false;
        for (;;) {
            QString field;
            const bool quoted = readField(field, record.row, int(record.fields.size()) + 1, issues);
            anyQuoted = anyQuoted || quoted;
            if (bareQuote && !quoted && field.contains(QLatin1Char('"')))
                *bareQuote = true;
            record.fields.append(std::move(field));
            if (atEnd())
                break;
            const QChar c = m_text.at(m_pos);
            if (c == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            break;
        }
        blank = !anyQuoted && record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
        m_widest = std::max(m_widest, record.fields.size());
        return true;
    }

private:
    bool isLineBreak(QChar c) const { return c == u'\n' || c == u'\r'; }
    bool isPadding(QChar c) const { return (c == u' ' || c == u'\t') && c != m_delimiter; }

    void skipLineBreak()
    {
        if (atEnd())
            return;
        const QChar c = m_text.at(m_pos++);
        if (c == u'\r' && !atEnd() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    }

    // Reads one field and stops before the delimiter or line break that ends it.
    // Returns whether the field was quoted.
    bool readField(QString &field, int row, int column, QList<CsvIssue> *issues)
    {
        const qsizetype n = m_text.size();
        qsizetype start = m_pos;
        qsizetype look = m_pos;
        while (look < n && isPadding(m_text.at(look)))
            ++look;
        if (look >= n || m_text.at(look) != kQuote) {
            while (m_pos < n) {
                const QChar c = m_text.at(m_pos);
                if (c == m_delimiter || isLineBreak(c))
                    break;
                ++m_pos;
            }
            field = m_text.mid(start, m_pos - start).toString();
            return false;
        }

        m_pos = look + 1;
        for (;;) {
            if (m_pos >= n) {
                if (issues)
                    issues->append(
                        {row, column, CsvReaderTr::tr("a quoted field is not closed before the end of the file")});
                return true;
            }
            // Copy the run of ordinary characters in one go.
            start = m_pos;
            while (m_pos < n) {
                const QChar c = m_text.at(m_pos);
                if (c == kQuote || isLineBreak(c))
                    break;
                ++m_pos;
            }
            field.append(m_text.mid(start, m_pos - start));
            if (m_pos >= n)
                continue;
            const QChar c = m_text.at(m_pos);
            if (isLineBreak(c)) {
                skipLineBreak();
                field.append(QLatin1Char('\n'));
                continue;
            }
            // A quote: doubled means a literal quote, single closes the field.
            if (m_pos + 1 < n && m_text.at(m_pos + 1) == kQuote) {
                field.append(QLatin1Char('"'));
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }

        while (m_pos < n && isPadding(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos >= n || m_text.at(m_pos) == m_delimiter || isLineBreak(m_text.at(m_pos)))
            return true;
        if (issues) {
            issues->append(
                {row, column,
                 CsvReaderTr::tr("text after the closing quote of a quoted field (a quote inside a quoted field "
                                 "must be doubled: \"\")")});
        }
        // Keep the stray text so the rest of the row still lines up.
        start = m_pos;
        while (m_pos < n && m_text.at(m_pos) != m_delimiter && !isLineBreak(m_text.at(m_pos)))
            ++m_pos;
        field.append(m_text.mid(start, m_pos - start));
        return true;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_row = 0;
    int m_line = 1;
    qsizetype m_widest = 0; // most fields in a record so far: the next one likely has as many
};

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8WithBom: return QStringLiteral("UTF-8 (BOM)");
    case CsvEncoding::Utf16LittleEndian: return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BigEndian: return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    Q_UNREACHABLE();
    return QString();
}

QString CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, CsvEncoding *encoding, QString *issue)
{
    CsvEncoding found = CsvEncoding::Utf8;
    QString text;
    bool ok = true;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        found = CsvEncoding::Utf8WithBom;
        text = decodeStrict(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), &ok);
    } else if (startsWith(bytes, {0xFF, 0xFE})) {
        found = CsvEncoding::Utf16LittleEndian;
        text = decodeStrict(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2), &ok);
        ok = ok && bytes.size() % 2 == 0; // the decoder drops a lone last byte silently
    } else if (startsWith(bytes, {0xFE, 0xFF})) {
        found = CsvEncoding::Utf16BigEndian;
        text = decodeStrict(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2), &ok);
        ok = ok && bytes.size() % 2 == 0;
    } else {
        text = decodeStrict(QStringConverter::Utf8, bytes, &ok);
        if (!ok) {
            found = CsvEncoding::Windows1252;
            text = decodeWindows1252(bytes);
            ok = true;
        }
    }
    if (encoding)
        *encoding = found;
    if (issue) {
        *issue = ok ? QString()
                    : CsvReaderTr::tr("the file starts with a %1 byte order mark but is not valid %1")
                          .arg(found == CsvEncoding::Utf8WithBom ? QStringLiteral("UTF-8") : QStringLiteral("UTF-16"));
    }
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // The candidate that splits the first non-blank record into the most fields, among
    // those that read it cleanly: a wrong delimiter shows as a quote in the middle of an
    // unquoted field or as text after a closing quote.
    static const std::array candidates = {QChar(u','), QChar(u';'), QChar(u'\t')};
    QChar best = candidates.front();
    std::pair<bool, qsizetype> bestScore{false, 1};
    for (const QChar candidate : candidates) {
        Parser parser(text, candidate);
        CsvRecord record;
        QList<CsvIssue> issues;
        bool blank = true;
        bool bareQuote = false;
        while (blank && parser.next(record, blank, &issues, &bareQuote)) {}
        if (blank)
            continue;
        const std::pair<bool, qsizetype> score{issues.isEmpty() && !bareQuote, record.fields.size()};
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

CsvDocument CsvReader::parse(const QByteArray &bytes, std::optional<QChar> delimiter)
{
    CsvDocument doc;
    QString encodingIssue;
    const QString text = decode(bytes, &doc.encoding, &encodingIssue);
    if (!encodingIssue.isEmpty())
        doc.issues.append({0, 0, encodingIssue});
    doc.delimiter = delimiter.value_or(detectDelimiter(text));

    Parser parser(text, doc.delimiter);
    CsvRecord record;
    bool blank = false;
    while (parser.next(record, blank, &doc.issues)) {
        if (!blank)
            doc.records.append(std::move(record));
    }
    return doc;
}

} // namespace baton
