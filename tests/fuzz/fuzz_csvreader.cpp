// libFuzzer target for CsvReader. Besides not crashing, every input must keep one
// property: the records the reader makes of it, written by CsvWriter and read again,
// are the same records.
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvDocument first = CsvReader::parse(bytes);
    for (const CsvRecord &r : first.records) {
        if (r.row < 1 || r.line < r.row || r.fields.isEmpty())
            std::abort();
    }
    if (!first.issues.isEmpty())
        return 0;

    QByteArray written;
    for (const CsvRecord &r : first.records)
        written += CsvWriter::record(r.fields);
    const CsvDocument second = CsvReader::parse(written);
    if (!second.issues.isEmpty() || second.records.size() != first.records.size())
        std::abort();
    for (qsizetype i = 0; i < first.records.size(); ++i) {
        if (second.records.at(i).fields != first.records.at(i).fields)
            std::abort();
    }
    return 0;
}
