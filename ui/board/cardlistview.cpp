#include "cardlistview.h"

#include <QContextMenuEvent>
#include <QPainter>

namespace baton {

CardListView::CardListView(QWidget *parent) : QListView(parent)
{
    // A column of 100 000 cards lays out as fast as one of 100.
    setUniformItemSizes(true);
    setLayoutMode(QListView::SinglePass);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
}

void CardListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void CardListView::setEmptyTextColor(const QColor &color)
{
    m_emptyColor = color;
    viewport()->update();
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount(rootIndex()) > 0 || m_emptyText.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(m_emptyColor.isValid() ? m_emptyColor : palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height();
    p.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void CardListView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndex index = currentIndex();
    Q_EMIT dragStarted(index);
    QListView::startDrag(supportedActions);
    Q_EMIT dragFinished();
}

void CardListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    Q_EMIT contextMenuRequested(index, event->globalPos());
}

} // namespace baton
