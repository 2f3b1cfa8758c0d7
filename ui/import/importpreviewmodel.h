#pragma once

#include "common/theme.h"
#include "io/csvreader.h"
#include "io/leadimport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace baton {

// The preview step's table: the file's first rows as they are, then every other
// row with a problem, each under its spreadsheet row number. A cell with an error
// is tinted `bad` with the error as its tooltip and a mark (colour is never the
// only signal); a row-wide error tints the whole row; a duplicate row is tinted
// `warn`. Column headers say which field each column feeds.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kFirstRows = 50;
    static constexpr int kMostRows = 500; // first rows and rows with problems together

    enum Role {
        ProblemRole = Qt::UserRole + 1, // the cell's (or its row's) errors, one per line; empty when fine
        DuplicateRole,                  // the row's duplicate note; empty when not a duplicate
        FileRowRole,                    // the spreadsheet row number
    };

    explicit ImportPreviewModel(const Theme &theme, QObject *parent = nullptr);

    void setPreview(const CsvDocument &document, const ImportPlan &plan);
    // Where the file's `row` and `column` (a header, as in ImportIssue) are shown; invalid when not shown.
    QModelIndex indexOf(int fileRow, const QString &column) const;
    int shownProblemRows() const { return m_problemRows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RowProblems
    {
        QStringList row;               // the whole row
        QHash<int, QStringList> cells; // column index → errors
        QString duplicate;
    };
    static int problemCount(const RowProblems &problems);
    int columnOf(const QString &header) const;
    QIcon markIcon(Theme::Token token, QChar mark) const;
    QIcon problemIcon() const;   // "!" in `bad`: an error, colour not being the only sign
    QIcon duplicateIcon() const; // "=" in `warn`: a duplicate

    Theme m_theme;
    QStringList m_headers;
    QStringList m_fields; // per column: the field it feeds, "" when ignored
    QList<CsvRecord> m_rows;
    QHash<int, RowProblems> m_problems; // file row → its problems
    int m_columns = 0;
    int m_problemRows = 0;
    mutable QIcon m_problemIcon;
    mutable QIcon m_duplicateIcon;
};

} // namespace baton
