#include "importpreviewmodel.h"

#include "importmappingmodel.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <numeric>

namespace baton {

namespace {

constexpr int kCellTint = 60;      // alpha of `bad` behind a cell with an error
constexpr int kRowTint = 36;       // behind the other cells of a row with an error
constexpr int kDuplicateTint = 40; // alpha of `warn` behind a duplicate row
constexpr int kIconSize = 14;

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

int ImportPreviewModel::problemCount(const RowProblems &problems)
{
    return int(std::accumulate(problems.cells.cbegin(), problems.cells.cend(), problems.row.size(),
                               [](qsizetype n, const QStringList &errors) { return n + errors.size(); }));
}

ImportPreviewModel::ImportPreviewModel(const Theme &theme, QObject *parent)
    : QAbstractTableModel(parent), m_theme(theme)
{}

void ImportPreviewModel::setPreview(const CsvDocument &document, const ImportPlan &plan)
{
    beginResetModel();
    m_headers = document.records.isEmpty() ? QStringList() : document.records.constFirst().fields;
    m_fields.clear();
    for (int c = 0; c < m_headers.size(); ++c)
        m_fields << (c < plan.mapping.columnCount() ? plan.mapping.target(c) : QString());
    m_problems.clear();
    const int headerRow = document.records.isEmpty() ? 0 : document.records.constFirst().row;
    for (const ImportIssue &issue : plan.errors) {
        if (issue.row <= headerRow)
            continue;
        RowProblems &p = m_problems[issue.row];
        if (const int c = issue.column.isEmpty() ? -1 : columnOf(issue.column); c >= 0)
            p.cells[c] << issue.message;
        else
            p.row << issue.message;
    }
    for (const ImportIssue &issue : plan.duplicates)
        m_problems[issue.row].duplicate = issue.message;

    m_rows.clear();
    m_problemRows = 0;
    int first = 0;
    for (qsizetype r = 1; r < document.records.size() && m_rows.size() < kMostRows; ++r) {
        const CsvRecord &record = document.records.at(r);
        if (isBlank(record))
            continue;
        const auto problems = m_problems.constFind(record.row);
        const bool hasProblem =
            problems != m_problems.cend() && (!problems->row.isEmpty() || !problems->cells.isEmpty());
        if (first < kFirstRows || hasProblem)
            m_rows << record;
        if (hasProblem)
            ++m_problemRows;
        ++first;
    }
    m_columns = int(m_headers.size());
    for (const CsvRecord &record : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(record.fields.size()));
    endResetModel();
}

int ImportPreviewModel::columnOf(const QString &header) const
{
    for (int c = 0; c < m_headers.size(); ++c) {
        if (m_headers.at(c) == header)
            return c;
    }
    for (int c = 0; c < m_headers.size(); ++c) {
        if (m_headers.at(c).trimmed() == header.trimmed())
            return c;
    }
    // Core names a column past the header "#N" (CsvIssue columns count from 1).
    if (header.startsWith(u'#')) {
        bool ok = false;
        const int n = header.mid(1).toInt(&ok);
        if (ok && n >= 1)
            return n - 1;
    }
    return -1;
}

QModelIndex ImportPreviewModel::indexOf(int fileRow, const QString &column) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).row == fileRow) {
            const int c = column.isEmpty() ? 0 : columnOf(column);
            return c >= 0 && c < m_columns ? index(r, c) : index(r, 0);
        }
    }
    return {};
}

QIcon ImportPreviewModel::markIcon(Theme::Token token, QChar mark) const
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(kIconSize, kIconSize) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.color(token));
        p.drawEllipse(QRectF(0.5, 0.5, kIconSize - 1, kIconSize - 1));
        p.setPen(m_theme.mode() == Theme::Mode::Light ? m_theme.color(Theme::Token::Surface)
                                                      : m_theme.color(Theme::Token::Background));
        p.setFont(Theme::font(11, QFont::Bold));
        p.drawText(QRectF(0, 0, kIconSize, kIconSize), Qt::AlignCenter, QString(mark));
    }
    return QIcon(pm);
}

QIcon ImportPreviewModel::problemIcon() const
{
    if (m_problemIcon.isNull())
        m_problemIcon = markIcon(Theme::Token::Bad, QLatin1Char('!'));
    return m_problemIcon;
}

QIcon ImportPreviewModel::duplicateIcon() const
{
    if (m_duplicateIcon.isNull())
        m_duplicateIcon = markIcon(Theme::Token::Warn, QLatin1Char('='));
    return m_duplicateIcon;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvRecord &record = m_rows.at(index.row());
    const int c = index.column();
    const RowProblems problems = m_problems.value(record.row);
    const QStringList cellErrors = problems.cells.value(c);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = record.fields.value(c);
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        QStringList lines = cellErrors + problems.row;
        if (!problems.duplicate.isEmpty())
            lines << tr("Duplicate: %1").arg(problems.duplicate);
        if (lines.isEmpty())
            return record.fields.value(c).size() > 40 ? record.fields.value(c) : QVariant();
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (!cellErrors.isEmpty())
            return m_theme.tint(Theme::Token::Bad, kCellTint);
        if (!problems.row.isEmpty() || !problems.cells.isEmpty())
            return m_theme.tint(Theme::Token::Bad, kRowTint);
        if (!problems.duplicate.isEmpty())
            return m_theme.tint(Theme::Token::Warn, kDuplicateTint);
        break;
    case Qt::DecorationRole:
        if (!cellErrors.isEmpty())
            return problemIcon();
        break;
    case Qt::ForegroundRole:
        if (m_fields.value(c).isEmpty())
            return QPalette().brush(QPalette::PlaceholderText);
        break;
    case ProblemRole: return (cellErrors + problems.row).join(QLatin1Char('\n'));
    case DuplicateRole: return problems.duplicate;
    case FileRowRole: return record.row;
    default: break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const int row = m_rows.at(section).row;
        const RowProblems problems = m_problems.value(row);
        const bool bad = !problems.row.isEmpty() || !problems.cells.isEmpty();
        switch (role) {
        case Qt::DisplayRole: return QString::number(row);
        case Qt::DecorationRole:
            if (bad)
                return problemIcon();
            return problems.duplicate.isEmpty() ? QVariant() : QVariant(duplicateIcon());
        case Qt::ToolTipRole:
            if (bad)
                return tr("Row %1 has %n problem(s)", nullptr, problemCount(problems)).arg(row);
            if (!problems.duplicate.isEmpty())
                return tr("Row %1 is a duplicate: %2").arg(row).arg(problems.duplicate);
            return tr("Row %1 of the file").arg(row);
        default: return {};
        }
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString header = m_headers.value(section).trimmed();
    const QString field = m_fields.value(section);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2").arg(header.isEmpty() ? tr("(no header)") : header,
                                field.isEmpty() ? tr("not imported")
                                                : tr("→ %1").arg(ImportMappingModel::fieldLabel(field)));
    case Qt::ToolTipRole:
        return field.isEmpty() ? tr("“%1” is not imported").arg(header)
                               : tr("“%1” feeds %2").arg(header, ImportMappingModel::fieldLabel(field));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

} // namespace baton
