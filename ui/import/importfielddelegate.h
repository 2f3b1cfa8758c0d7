#pragma once

#include "io/columnmapping.h"

#include <QStyledItemDelegate>

namespace baton {

// The mapping table's field column as a combo box: "(ignore)" and every field of
// the import's kind. Kept open on every row (persistent editors), it commits as
// soon as a field is chosen, so the preview follows without another click.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ImportFieldDelegate(ImportKind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    ImportKind m_kind;
};

} // namespace baton
