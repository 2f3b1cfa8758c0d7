#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace baton {

// Writes RFC 4180 CSV in UTF-8: comma-separated, CRLF after every record.
// A field is quoted when it holds a quote, a line break, any delimiter CsvReader
// might detect (comma, semicolon, tab), leading or trailing spaces, or starts
// with a byte order mark, so that CsvReader reads back exactly the same fields.
class CsvWriter
{
public:
    // `bom`: start the file with a UTF-8 byte order mark (what Excel needs to
    // recognise UTF-8); CsvReader reads both.
    explicit CsvWriter(QIODevice &out, bool bom = false);

    // Writes one record. Errors stick: after the first failed write, status() is
    // that error and further writes do nothing.
    void writeRecord(const QStringList &fields);
    Status status() const { return m_status; }

    static QByteArray record(const QStringList &fields); // with the final CRLF
    static QString field(const QString &value);          // quoted if it needs to be

private:
    QIODevice &m_out;
    bool m_bomPending;
    Status m_status;
};

} // namespace baton
