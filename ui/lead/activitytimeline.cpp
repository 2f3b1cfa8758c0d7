#include "activitytimeline.h"

#include "badges.h"
#include "leadformat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace baton {

namespace {
constexpr int kMaxDetailLines = 3; // a rejection comment wraps; a novel does not

QFontMetrics body()
{
    return QFontMetrics(Theme::font(Theme::kBody));
}
QFontMetrics meta()
{
    return QFontMetrics(Theme::font(Theme::kMeta));
}
} // namespace

ActivityTimeline::ActivityTimeline(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("Nothing yet."))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void ActivityTimeline::setEntries(const QList<HistoryEntry> &entries, const QTimeZone &zone, Timestamp now)
{
    m_entries = entries;
    m_zone = zone;
    m_now = now;
    updateGeometry();
    update();
}

void ActivityTimeline::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void ActivityTimeline::setCollapsedCount(int count)
{
    m_collapsed = count;
    updateGeometry();
    update();
}

void ActivityTimeline::setExpanded(bool expanded)
{
    m_expanded = expanded;
    updateGeometry();
    update();
}

int ActivityTimeline::visibleCount() const
{
    if (m_expanded || m_collapsed <= 0)
        return int(m_entries.size());
    return std::min(int(m_entries.size()), m_collapsed);
}

bool ActivityTimeline::hasMoreLine() const
{
    return m_collapsed > 0 && m_entries.size() > m_collapsed;
}

int ActivityTimeline::tagColumn(int width) const
{
    // As wide as the widest tag shown, so titles line up, but never more than a third.
    int widest = 0;
    for (int i = 0; i < visibleCount(); ++i)
        widest = std::max(widest, chipSize(m_entries.at(i).tag, meta()).width());
    return std::min(widest, width / 3) + Theme::kGrid + Theme::kGrid / 2;
}

QRect ActivityTimeline::detailRect(const HistoryEntry &entry, int top, int width) const
{
    if (entry.detail.isEmpty())
        return QRect(tagColumn(width), top, 0, 0);
    const int left = tagColumn(width);
    const int w = std::max(1, width - left);
    const int h = meta().boundingRect(QRect(0, 0, w, meta().height() * kMaxDetailLines), Qt::TextWordWrap, entry.detail)
                      .height();
    return QRect(left, top, w, std::min(h, meta().height() * kMaxDetailLines));
}

int ActivityTimeline::rowHeight(const HistoryEntry &entry, int width) const
{
    return Theme::kGrid + body().height() + detailRect(entry, 0, width).height();
}

int ActivityTimeline::heightForWidth(int width) const
{
    if (m_entries.isEmpty())
        return body().height() + Theme::kGrid;
    int h = 0;
    for (int i = 0; i < visibleCount(); ++i)
        h += rowHeight(m_entries.at(i), width);
    if (hasMoreLine())
        h += body().height() + Theme::kGrid;
    return h;
}

QSize ActivityTimeline::sizeHint() const
{
    return {50 * Theme::kGrid, heightForWidth(50 * Theme::kGrid)};
}

QRect ActivityTimeline::moreRect() const
{
    if (!hasMoreLine())
        return {};
    int y = 0;
    for (int i = 0; i < visibleCount(); ++i)
        y += rowHeight(m_entries.at(i), width());
    return {0, y, width(), body().height() + Theme::kGrid};
}

int ActivityTimeline::rowAt(QPoint pos) const
{
    int y = 0;
    for (int i = 0; i < visibleCount(); ++i) {
        const int h = rowHeight(m_entries.at(i), width());
        if (pos.y() >= y && pos.y() < y + h)
            return i;
        y += h;
    }
    return -1;
}

void ActivityTimeline::paintEvent(QPaintEvent *)
{
    const Theme theme = themeOf(*this);
    QPainter p(this);
    const QFont bodyFont = Theme::font(Theme::kBody);
    const QFont metaFont = Theme::font(Theme::kMeta);
    const QColor secondary = theme.color(Theme::Token::TextSecondary);
    if (m_entries.isEmpty()) {
        p.setFont(bodyFont);
        p.setPen(secondary);
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, m_emptyText);
        return;
    }
    int y = 0;
    for (int i = 0; i < visibleCount(); ++i) {
        const HistoryEntry &e = m_entries.at(i);
        const int h = rowHeight(e, width());
        const int lineTop = y + Theme::kGrid / 2;
        const int column = tagColumn(width());
        // Type chip in a fixed column so titles line up.
        p.setFont(metaFont);
        const QSize chip = chipSize(e.tag, meta());
        const QRect chipRect(0, lineTop + (body().height() - chip.height()) / 2,
                             std::min(chip.width(), column - Theme::kGrid - Theme::kGrid / 2), chip.height());
        paintChip(p, chipRect, e.tag, e.tone, theme);
        // Time on the right.
        const QString when = formatWhen(e.at, m_zone, m_now);
        const int whenW = meta().horizontalAdvance(when);
        p.setPen(secondary);
        p.drawText(QRect(width() - whenW, lineTop, whenW, body().height()), Qt::AlignRight | Qt::AlignVCenter, when);
        // Title and detail between them.
        const int textLeft = column;
        const int textW = width() - whenW - Theme::kGrid - textLeft;
        p.setFont(bodyFont);
        p.setPen(theme.color(Theme::Token::Text));
        p.drawText(QRect(textLeft, lineTop, textW, body().height()), Qt::AlignLeft | Qt::AlignVCenter,
                   body().elidedText(e.title, Qt::ElideMiddle, textW));
        if (!e.detail.isEmpty()) {
            p.setFont(metaFont);
            p.setPen(secondary);
            const QRect detail = detailRect(e, lineTop + body().height(), width());
            p.drawText(detail, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.detail);
        }
        y += h;
    }
    if (hasMoreLine()) {
        p.setFont(bodyFont);
        p.setPen(theme.color(Theme::Token::Accent));
        const QString text = m_expanded ? tr("Show fewer") : tr("Show all %1").arg(m_entries.size());
        p.drawText(moreRect().adjusted(tagColumn(width()), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void ActivityTimeline::mousePressEvent(QMouseEvent *event)
{
    if (hasMoreLine() && moreRect().contains(event->position().toPoint())) {
        setExpanded(!m_expanded);
        return;
    }
    QWidget::mousePressEvent(event);
}

void ActivityTimeline::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(hasMoreLine() && moreRect().contains(event->position().toPoint()) ? Qt::PointingHandCursor
                                                                                 : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool ActivityTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const HistoryEntry &e = m_entries.at(row);
        QStringList lines{e.tag + QStringLiteral(" · ") + formatWhen(e.at, m_zone), e.title};
        if (!e.detail.isEmpty())
            lines << e.detail;
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace baton
