#include "importsession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace baton {

namespace {

// Text has few control characters besides tab and line breaks; a spreadsheet
// (.xlsx is a zip file), an image or a PDF has many, and NUL bytes. Core decodes
// anything as Windows-1252, so this is told here, before planning garbage.
bool looksLikeText(const QString &text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return false;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            ++controls;
    }
    return controls * 100 <= sample; // at most 1 %
}

int headerRow(const CsvDocument &doc)
{
    return doc.records.isEmpty() ? 0 : doc.records.constFirst().row;
}

} // namespace

ImportSession::ImportSession(PipelineService &pipeline, ImportKind kind, QString by)
    : m_pipeline(pipeline), m_kind(kind), m_by(std::move(by))
{}

Status ImportSession::load(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return Error{tr("“%1” is a folder, not a CSV file.").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” cannot be read: %2").arg(name, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("“%1” cannot be read: %2").arg(name, file.errorString())};
    if (Status s = loadBytes(bytes, name); !s)
        return s;
    m_path = path;
    return {};
}

Status ImportSession::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return Error{tr("“%1” is empty. A CSV file needs a header row and at least one row of data.").arg(name)};
    CsvEncoding encoding = CsvEncoding::Utf8;
    if (!looksLikeText(CsvReader::decode(bytes, &encoding)))
        return Error{tr("“%1” is not a CSV file: it holds binary data. If it is a spreadsheet, save it as "
                        "“CSV (comma delimited)” or “CSV UTF-8” first.")
                         .arg(name)};

    const bool sameFile = m_loaded && name == m_name;
    m_bytes = bytes;
    m_name = name;
    m_document = CsvReader::parse(bytes);
    m_loaded = true;
    if (!sameFile) {
        m_edited = false;
        m_dateOrder.reset();
    }
    replan();
    return {};
}

Status ImportSession::reload()
{
    if (m_path.isEmpty())
        return Error{tr("There is no file to read again.")};
    const QStringList before = m_document.records.isEmpty() ? QStringList() : m_document.records.constFirst().fields;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” cannot be read: %2").arg(m_name, file.errorString())};
    if (Status s = loadBytes(file.readAll(), m_name); !s)
        return s;
    // Edits name columns by header: they hold while the header row is the same.
    const QStringList after = m_document.records.isEmpty() ? QStringList() : m_document.records.constFirst().fields;
    if (after != before && m_edited)
        resetMapping();
    return {};
}

int ImportSession::setTarget(int column, const QString &target)
{
    if (column < 0 || column >= m_targets.size() || m_targets.at(column) == target)
        return -1;
    int freed = -1;
    if (!target.isEmpty()) {
        for (int c = 0; c < m_targets.size(); ++c) {
            if (c != column && m_targets.at(c) == target) {
                m_targets[c].clear();
                freed = c;
            }
        }
    }
    m_targets[column] = target;
    m_edited = true;
    replan();
    return freed;
}

void ImportSession::setDateOrder(DateOrder order)
{
    if (m_plan.mapping.dateOrder() == order)
        return;
    m_dateOrder = order;
    m_edited = true;
    replan();
}

void ImportSession::setDuplicatePolicy(DuplicatePolicy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    replan();
}

void ImportSession::resetMapping()
{
    m_edited = false;
    m_dateOrder.reset();
    replan();
}

QByteArray ImportSession::mappingJson() const
{
    QJsonObject columns;
    const QStringList headers = m_document.records.isEmpty() ? QStringList() : m_document.records.constFirst().fields;
    for (int c = 0; c < headers.size() && c < m_targets.size(); ++c) {
        // A column without a header cannot be named in a mapping file.
        if (headers.at(c).trimmed().isEmpty())
            continue;
        columns.insert(headers.at(c), m_targets.at(c).isEmpty() ? QJsonValue() : QJsonValue(m_targets.at(c)));
    }
    QJsonObject root{{QStringLiteral("columns"), columns}};
    if (m_dateOrder)
        root.insert(QStringLiteral("date_order"),
                    *m_dateOrder == DateOrder::DayFirst ? QStringLiteral("day_first") : QStringLiteral("month_first"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void ImportSession::replan()
{
    ImportOptions options;
    options.kind = m_kind;
    options.by = m_by;
    options.duplicates = m_policy;
    if (m_edited)
        options.mappingJson = mappingJson();
    LeadImport importer(m_pipeline);
    m_plan = importer.plan(m_bytes, options);
    if (!m_edited) {
        m_detectedFamily = m_plan.mapping.family();
        m_targets.clear();
        for (int c = 0; c < m_plan.mapping.columnCount(); ++c)
            m_targets << m_plan.mapping.target(c);
    }
}

QList<ImportIssue> ImportSession::fileErrors() const
{
    QList<ImportIssue> found;
    const int header = headerRow(m_document);
    std::copy_if(m_plan.errors.cbegin(), m_plan.errors.cend(), std::back_inserter(found),
                 [header](const ImportIssue &i) { return i.row <= header; });
    return found;
}

QList<ImportIssue> ImportSession::rowErrors() const
{
    QList<ImportIssue> found;
    const int header = headerRow(m_document);
    std::copy_if(m_plan.errors.cbegin(), m_plan.errors.cend(), std::back_inserter(found),
                 [header](const ImportIssue &i) { return i.row > header; });
    return found;
}

} // namespace baton
