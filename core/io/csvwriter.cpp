#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace baton {

namespace {
struct CsvWriterTr
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

bool needsQuotes(const QString &value)
{
    if (value.isEmpty())
        return false;
    if (value.front().isSpace() || value.back().isSpace() || value.front() == QChar(0xFEFF))
        return true;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
        case u',':
        case u';':
        case u'\t':
        case u'\r':
        case u'\n': return true;
        default: break;
        }
    }
    return false;
}
} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool bom) : m_out(out), m_bomPending(bom) {}

QString CsvWriter::field(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QString line;
    // A record of one empty field would read back as a blank line, which readers skip.
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line.append(QLatin1Char(','));
            line.append(field(fields.at(i)));
        }
    }
    line.append(QStringLiteral("\r\n"));
    return line.toUtf8();
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_status)
        return;
    QByteArray bytes = record(fields);
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    if (m_out.write(bytes) != bytes.size())
        m_status = Error{CsvWriterTr::tr("Cannot write: %1").arg(m_out.errorString())};
}

} // namespace baton
