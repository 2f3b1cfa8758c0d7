#pragma once

#include "commentmodel.h"
#include "common/theme.h"

#include <QStyledItemDelegate>
#include <QTimeZone>

#include <functional>

namespace baton {

// Paints one piece of feedback as a row of the list:
//   ● Lead name · Company                                      23 Nov 14:02
//   [Reason] Rejected at review · Rep · Campaign          Mark as read | ✓ Read by Marc
//   The comment, on one line (the whole of it in the tooltip)
// An unread row has a dot and a bold name. Clicking "Mark as read" asks for the
// mark (markRequested); users who may not mark see "Unread" instead.
class CommentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using RowOf = std::function<const CommentRow *(const QModelIndex &)>;
    CommentDelegate(const Theme &theme, RowOf rowOf, QObject *parent = nullptr);

    void setCanMark(bool canMark) { m_canMark = canMark; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the mark link of a row in `rect` is (a test hook, and the click target).
    QRect markRect(const QRect &rect, const CommentRow &row) const;

Q_SIGNALS:
    void markRequested(qint64 eventId, bool read);

private:
    QString markText(const CommentRow &row) const;
    QString kindText(const FeedbackItem &item) const;

    Theme m_theme;
    RowOf m_rowOf;
    bool m_canMark = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace baton
