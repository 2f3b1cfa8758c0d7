#pragma once

#include <QListView>

namespace baton {

// A column's list of cards. Cards are dragged out of it; drops land on the
// column around it (StageColumn), which decides with the board what they mean.
class CardListView : public QListView
{
    Q_OBJECT

public:
    explicit CardListView(QWidget *parent = nullptr);

    // Said in the empty list, so an empty column reads as "nothing here", not as broken.
    void setEmptyText(const QString &text);
    void setEmptyTextColor(const QColor &color);

Q_SIGNALS:
    void dragStarted(const QModelIndex &index);
    void dragFinished();
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
    QColor m_emptyColor;
};

} // namespace baton
