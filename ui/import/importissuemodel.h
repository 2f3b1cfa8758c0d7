#pragma once

#include "io/leadimport.h"

#include <QAbstractTableModel>

namespace baton {

// A list of import problems or duplicates, one per row: the file's row, the
// column and what is wrong, sortable by row number (RowRole), never by its text.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role { RowRole = Qt::UserRole + 1, ColumnNameRole };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace baton
