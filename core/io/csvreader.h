#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

enum class CsvEncoding {
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian, // with its byte order mark ("Unicode text" from Excel)
    Utf16BigEndian,
    Windows1252, // chosen when the bytes are not valid UTF-8 and there is no byte order mark
};

QString csvEncodingName(CsvEncoding encoding); // "UTF-8", "Windows-1252", ...

// One record of the file. `row` is the row a spreadsheet shows it on (the first
// record is row 1; a record whose quoted fields span several lines is still one
// row; blank lines count as rows, since a spreadsheet shows them as empty rows).
// `line` is the physical line of the file where the record starts.
struct CsvRecord
{
    int row = 0;
    int line = 0;
    QStringList fields;
};

// A problem in the file's structure. `row` 0 means the whole file; `column` 0
// means the whole row. Columns count from 1.
struct CsvIssue
{
    int row = 0;
    int column = 0;
    QString message;
};

struct CsvDocument
{
    QList<CsvRecord> records; // blank lines left out
    QChar delimiter = QLatin1Char(',');
    CsvEncoding encoding = CsvEncoding::Utf8;
    QList<CsvIssue> issues; // empty when the file is well formed
};

// Reads RFC 4180 CSV as real programs write it.
//
// - Encoding: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one, valid UTF-8
//   is UTF-8 and anything else is Windows-1252 (the ANSI code page of Western Excel).
// - Delimiter: comma, semicolon or tab, whichever splits the first record into the most
//   fields without a stray quote (ties in that order; none at all means comma), unless one
//   is given.
// - Records end with CRLF, LF or CR. A line that is empty or only spaces is skipped.
// - Quoted fields may hold delimiters, doubled quotes and line breaks; a line break
//   inside a field is stored as LF whatever the file used.
// - Leniencies, as spreadsheets have them: a quote inside an unquoted field is kept as
//   text (5" screen); spaces around a quoted field are dropped.
// - Errors (reported in `issues`, parsing goes on): a quoted field still open at the end
//   of the file, and text after a closing quote ("a"b — usually an unescaped quote).
//   Rows of different lengths are the caller's business: it knows the header.
class CsvReader
{
public:
    static CsvDocument parse(const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt);

    // The text of `bytes` by the rules above; `issue` is set when a byte order mark
    // promises an encoding the bytes do not follow.
    static QString decode(const QByteArray &bytes, CsvEncoding *encoding, QString *issue = nullptr);
    static QString decodeWindows1252(const QByteArray &bytes);
    static QChar detectDelimiter(QStringView text);
};

} // namespace baton
