#pragma once

#include "io/columnmapping.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace baton {

// The mapping step's table: one row per column of the file, with an example value
// and the Baton field it feeds. The field is editable (EditRole: a field id, ""
// for ignored); an edit is announced with targetEdited() and the wizard plans again.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, ExampleColumn, FieldColumn, ColumnCount };
    enum Role { TargetRole = Qt::UserRole + 1 };

    explicit ImportMappingModel(ImportKind kind, QObject *parent = nullptr);

    // The fields a column may feed, in the order of ColumnMapping::targets, and their names for people.
    static QStringList fields(ImportKind kind);
    static QString fieldLabel(const QString &field);

    // `notes`: one line per column saying how it was mapped (ColumnMapping::describe).
    void setColumns(const QStringList &headers, const QStringList &examples, const QStringList &targets,
                    const QStringList &notes);
    const QStringList &targets() const { return m_targets; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void targetEdited(int column, const QString &target);

private:
    bool hasHeader(int row) const;

    ImportKind m_kind;
    QStringList m_headers;
    QStringList m_examples;
    QStringList m_targets;
    QStringList m_notes;
};

} // namespace baton
