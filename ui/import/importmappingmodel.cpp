#include "importmappingmodel.h"

#include <QFont>
#include <QPalette>

namespace baton {

ImportMappingModel::ImportMappingModel(ImportKind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

QStringList ImportMappingModel::fields(ImportKind kind)
{
    return ColumnMapping::targets(kind);
}

QString ImportMappingModel::fieldLabel(const QString &field)
{
    // Leads
    if (field == u"id")
        return tr("Lead id");
    if (field == u"first_name")
        return tr("First name");
    if (field == u"last_name")
        return tr("Last name");
    if (field == u"name")
        return tr("Full name (split into first and last)");
    if (field == u"email")
        return tr("E-mail");
    if (field == u"phone")
        return tr("Phone");
    if (field == u"title")
        return tr("Job title");
    if (field == u"company")
        return tr("Company");
    if (field == u"company_size")
        return tr("Company size (employees)");
    if (field == u"industry")
        return tr("Industry");
    if (field == u"country")
        return tr("Country");
    if (field == u"source")
        return tr("Source");
    if (field == u"campaign")
        return tr("Campaign");
    if (field == u"created_at")
        return tr("Created on");
    // Activities
    if (field == u"lead_id")
        return tr("Lead id");
    if (field == u"type")
        return tr("Activity type");
    if (field == u"at")
        return tr("Time");
    if (field == u"url")
        return tr("Page URL");
    if (field == u"asset")
        return tr("Asset");
    if (field == u"asset_kind")
        return tr("Asset kind");
    if (field == u"actor")
        return tr("Done by (user id)");
    if (field.isEmpty())
        return tr("(ignore)");
    return field;
}

void ImportMappingModel::setColumns(const QStringList &headers, const QStringList &examples, const QStringList &targets,
                                    const QStringList &notes)
{
    if (headers == m_headers && !m_headers.isEmpty()) {
        // Same file: keep the rows (and the combo boxes open on them), report what changed.
        m_examples = examples;
        const QStringList before = m_targets;
        m_targets = targets;
        m_notes = notes;
        for (int r = 0; r < m_headers.size(); ++r) {
            if (before.value(r) != m_targets.value(r))
                Q_EMIT dataChanged(index(r, FieldColumn), index(r, FieldColumn));
        }
        Q_EMIT dataChanged(index(0, HeaderColumn), index(rowCount() - 1, ExampleColumn));
        return;
    }
    beginResetModel();
    m_headers = headers;
    m_examples = examples;
    m_targets = targets;
    m_notes = notes;
    endResetModel();
}

bool ImportMappingModel::hasHeader(int row) const
{
    return !m_headers.value(row).trimmed().isEmpty();
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const QString target = m_targets.value(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeaderColumn: return hasHeader(r) ? m_headers.at(r) : tr("(column %1, no header)").arg(r + 1);
        case ExampleColumn: return m_examples.value(r);
        case FieldColumn: return fieldLabel(target);
        }
        break;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return target;
        return data(index, Qt::DisplayRole);
    case TargetRole: return target;
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn && !hasHeader(r))
            return tr("A column without a header cannot be mapped: give it a header in the file.");
        if (index.column() == ExampleColumn)
            return m_examples.value(r);
        return m_notes.value(r);
    case Qt::ForegroundRole:
        // Ignored columns recede; their values will not be imported.
        if (index.column() == ExampleColumn || target.isEmpty())
            return QPalette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == HeaderColumn && !target.isEmpty()) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    default: break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != FieldColumn || role != Qt::EditRole || !hasHeader(index.row()))
        return false;
    const QString target = value.toString();
    if (!target.isEmpty() && !fields(m_kind).contains(target))
        return false;
    if (m_targets.value(index.row()) == target)
        return true;
    m_targets[index.row()] = target;
    Q_EMIT dataChanged(index.siblingAtColumn(HeaderColumn), index);
    Q_EMIT targetEdited(index.row(), target);
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn && hasHeader(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn: return tr("Column in the file");
    case ExampleColumn: return tr("First value");
    case FieldColumn: return tr("Baton field");
    }
    return {};
}

} // namespace baton
