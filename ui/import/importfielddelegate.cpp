#include "importfielddelegate.h"

#include "importmappingmodel.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace baton {

ImportFieldDelegate::ImportFieldDelegate(ImportKind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind)
{}

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo%1").arg(index.row()));
    combo->setAccessibleName(tr("Baton field for column %1").arg(index.siblingAtColumn(0).data().toString()));
    combo->addItem(ImportMappingModel::fieldLabel(QString()), QString());
    combo->insertSeparator(1);
    for (const QString &field : ImportMappingModel::fields(m_kind))
        combo->addItem(ImportMappingModel::fieldLabel(field), field);
    combo->setMaxVisibleItems(combo->count());
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        auto *self = const_cast<ImportFieldDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(ImportMappingModel::TargetRole).toString())));
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

void ImportFieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(2, 2, -2, -2));
}

} // namespace baton
