#include "commentdelegate.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace baton {

namespace {
constexpr int kPad = 12;
constexpr int kLine = 18;
constexpr int kDot = 8;
constexpr int kIndent = kPad + kDot + 8;
constexpr int kChipPad = 6;

QFont meta()
{
    return Theme::font(Theme::kMeta);
}
} // namespace

CommentDelegate::CommentDelegate(const Theme &theme, RowOf rowOf, QObject *parent)
    : QStyledItemDelegate(parent), m_theme(theme), m_rowOf(std::move(rowOf))
{}

QString CommentDelegate::kindText(const FeedbackItem &item) const
{
    if (item.kind == u"lost")
        return tr("Lost");
    if (item.kind == u"disqualify")
        return tr("Disqualified");
    if (item.kind == u"reject_accepted")
        return tr("Rejected after accepting");
    return tr("Rejected at review");
}

QString CommentDelegate::markText(const CommentRow &row) const
{
    if (row.read) {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.read->at, m_zone).date(), QStringLiteral("d MMM"));
        return m_canMark ? tr("✓ Read by %1, %2 · undo").arg(row.readByName, when)
                         : tr("✓ Read by %1, %2").arg(row.readByName, when);
    }
    return m_canMark ? tr("Mark as read") : tr("Unread by marketing");
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CommentRow *row = m_rowOf(index);
    const bool comment = row && !row->item.comment.trimmed().isEmpty();
    return {option.rect.width(), kPad * 2 + kLine * (comment ? 3 : 2) + 6};
}

QRect CommentDelegate::markRect(const QRect &rect, const CommentRow &row) const
{
    const int width = QFontMetrics(meta()).horizontalAdvance(markText(row)) + 4;
    return QRect(rect.right() - kPad - width, rect.top() + kPad + kLine + 3, width, kLine);
}

void CommentDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CommentRow *row = m_rowOf(index);
    if (!row)
        return;
    using T = Theme::Token;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    p->fillRect(r, selected ? m_theme.tint(T::Accent, 28) : m_theme.color(T::Surface));
    p->setPen(m_theme.color(T::Border));
    p->drawLine(r.bottomLeft(), r.bottomRight());

    const bool unread = !row->read;
    int y = r.top() + kPad;
    if (unread) {
        p->setPen(Qt::NoPen);
        p->setBrush(m_theme.color(T::Accent));
        p->drawEllipse(QRectF(r.left() + kPad, y + (kLine - kDot) / 2.0, kDot, kDot));
    }
    // Line 1: the lead, and when.
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(row->item.at, m_zone), QStringLiteral("d MMM HH:mm"));
    p->setFont(meta());
    const int whenWidth = p->fontMetrics().horizontalAdvance(when);
    p->setPen(m_theme.color(T::TextSecondary));
    p->drawText(QRect(r.right() - kPad - whenWidth, y, whenWidth, kLine), Qt::AlignRight | Qt::AlignVCenter, when);
    QFont name = Theme::font(Theme::kBody, unread ? QFont::Bold : QFont::DemiBold);
    p->setFont(name);
    p->setPen(m_theme.color(T::Text));
    const int nameRoom = r.width() - kIndent - kPad - whenWidth - kPad;
    const QString nameText = p->fontMetrics().elidedText(row->lead.name, Qt::ElideRight, nameRoom);
    p->drawText(QRect(r.left() + kIndent, y, nameRoom, kLine), Qt::AlignLeft | Qt::AlignVCenter, nameText);
    const int nameWidth = p->fontMetrics().horizontalAdvance(nameText);
    if (!row->lead.company.isEmpty()) {
        p->setFont(meta());
        p->setPen(m_theme.color(T::TextSecondary));
        const int room = nameRoom - nameWidth;
        p->drawText(QRect(r.left() + kIndent + nameWidth, y, room, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(tr(" · %1").arg(row->lead.company), Qt::ElideRight, room));
    }

    // Line 2: reason chip, what happened, who, which campaign; the read mark on the right.
    y += kLine + 3;
    p->setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
    const int chipWidth = p->fontMetrics().horizontalAdvance(row->reasonLabel) + 2 * kChipPad;
    const QRectF chip(r.left() + kIndent, y + 1, chipWidth, kLine - 2);
    p->setPen(Qt::NoPen);
    p->setBrush(m_theme.tint(T::Bad, m_theme.mode() == Theme::Mode::Light ? 30 : 70));
    p->drawRoundedRect(chip, Theme::kRadius / 2.0, Theme::kRadius / 2.0);
    p->setPen(m_theme.mode() == Theme::Mode::Light ? m_theme.color(T::Bad).darker(130) : m_theme.color(T::Bad));
    p->drawText(chip, Qt::AlignCenter, row->reasonLabel);
    const QRect mark = markRect(r, *row);
    p->setFont(meta());
    const QString campaign = row->item.campaign.isEmpty() ? tr("no campaign") : row->item.campaign;
    const QString story = tr("%1 · %2 · %3").arg(kindText(row->item), row->repName, campaign);
    const int storyLeft = int(chip.right()) + 8;
    p->setPen(m_theme.color(T::TextSecondary));
    p->drawText(QRect(storyLeft, y, mark.left() - storyLeft - 8, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                p->fontMetrics().elidedText(story, Qt::ElideRight, mark.left() - storyLeft - 8));
    QFont markFont = meta();
    markFont.setUnderline(m_canMark && unread);
    p->setFont(markFont);
    p->setPen(row->read
                  ? (m_theme.mode() == Theme::Mode::Light ? m_theme.color(T::Good).darker(130) : m_theme.color(T::Good))
              : m_canMark ? m_theme.color(T::Accent)
                          : m_theme.color(T::TextSecondary));
    p->drawText(mark, Qt::AlignRight | Qt::AlignVCenter, markText(*row));

    // Line 3: the comment.
    if (!row->item.comment.trimmed().isEmpty()) {
        y += kLine + 3;
        p->setFont(Theme::font(Theme::kBody));
        p->setPen(m_theme.color(T::Text));
        const int room = r.width() - kIndent - kPad;
        p->drawText(QRect(r.left() + kIndent, y, room, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(tr("“%1”").arg(row->item.comment.simplified()), Qt::ElideRight, room));
    }
    p->restore();
}

bool CommentDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && m_canMark) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (const CommentRow *row = m_rowOf(index);
            row && markRect(option.rect, *row).contains(mouse->position().toPoint())) {
            Q_EMIT markRequested(row->item.eventId, !row->read.has_value());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace baton
