#include "leadheader.h"

#include "badges.h"
#include "leadformat.h"

#include "board/countdown.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

namespace baton {

namespace {
QFontMetrics heading()
{
    return QFontMetrics(Theme::font(Theme::kHeading, QFont::DemiBold));
}
QFontMetrics body()
{
    return QFontMetrics(Theme::font(Theme::kBody));
}
QFontMetrics meta()
{
    return QFontMetrics(Theme::font(Theme::kMeta));
}
} // namespace

LeadHeader::LeadHeader(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LeadHeader::setLead(const Lead &lead, const QString &ownerName, const PipelineConfig &config, Timestamp now)
{
    m_lead = lead;
    m_owner = ownerName;
    m_config = config;
    m_now = now;
    m_name = lead.fields.displayName();
    if (m_name.isEmpty())
        m_name = lead.fields.company.isEmpty() ? lead.id : lead.fields.company;
    QStringList sub;
    if (!lead.fields.company.isEmpty())
        sub << lead.fields.company;
    if (!lead.fields.title.isEmpty())
        sub << lead.fields.title;
    m_subtitle = sub.join(QStringLiteral(" · "));
    buildChips();
    updateGeometry();
    update();
}

void LeadHeader::setNow(Timestamp now)
{
    m_now = now;
    buildChips();
    update();
}

void LeadHeader::buildChips()
{
    m_chips.clear();
    const Theme::Token team = stageOwner(m_lead.stage) == Team::Sales ? Theme::Token::Sales : Theme::Token::Marketing;
    m_chips.append({stageDisplayName(m_lead.stage), team, tr("Stage since %1").arg(formatWhen(m_lead.stageSince, QTimeZone::systemTimeZone(), m_now))});
    if (m_lead.stage == Stage::Sal && m_lead.review == ReviewStatus::Pending) {
        m_chips.append({tr("Review pending"), Theme::Token::Warn, tr("Sales must accept or reject it.")});
        const Countdown countdown = reviewCountdown(m_lead.reviewDeadline, m_lead.assignedAt, m_now);
        const Theme::Token tone = countdown.band == CountdownBand::Breached ? Theme::Token::Bad
            : countdown.band == CountdownBand::Warn                       ? Theme::Token::Warn
                                                                          : Theme::Token::TextSecondary;
        m_chips.append({countdown.text, tone,
                        tr("Review deadline %1").arg(formatWhen(m_lead.reviewDeadline, QTimeZone::systemTimeZone(), m_now)),
                        Glyph::Stopwatch});
    } else if (m_lead.stage == Stage::Sal && m_lead.review == ReviewStatus::Accepted) {
        m_chips.append({tr("Accepted"), Theme::Token::Good, QString()});
    }
    if (m_lead.urgent)
        m_chips.append({tr("Urgent"), Theme::Token::Bad, tr("Requested a demo: contact within minutes."), Glyph::Bolt});
    if (m_lead.amount && (m_lead.stage == Stage::Opportunity || m_lead.stage == Stage::Won))
        m_chips.append({tr("Deal %1").arg(QLocale().toString(*m_lead.amount, 'f', 0)), Theme::Token::Good, tr("Deal amount")});
}

int LeadHeader::chipsTop() const
{
    return heading().height() + body().height() + Theme::kGrid;
}

QList<QRect> LeadHeader::chipRects(int width, int top) const
{
    QList<QRect> rects;
    int x = 0;
    int y = top;
    const int gap = Theme::kGrid / 2 + 2;
    for (const Chip &chip : m_chips) {
        const QSize s = chipSize(chip.text, meta(), chip.glyph.has_value());
        if (x > 0 && x + s.width() > width) {
            x = 0;
            y += s.height() + gap;
        }
        rects.append(QRect(QPoint(x, y), s));
        x += s.width() + gap;
    }
    // The owner goes last: initials and name, as its own "chip".
    const int circle = meta().height() + 6;
    const int ownerW = circle + Theme::kGrid / 2 + meta().horizontalAdvance(m_owner) + 2;
    if (x > 0 && x + ownerW > width) {
        x = 0;
        y += circle + gap;
    }
    // Centred on the chips' row, which is a little lower than the circle.
    rects.append(QRect(x, y - (circle - (meta().height() + 4)) / 2, ownerW, circle));
    return rects;
}

int LeadHeader::heightForWidth(int width) const
{
    const QList<QRect> rects = chipRects(width, chipsTop());
    return rects.constLast().bottom() + 1;
}

QSize LeadHeader::sizeHint() const
{
    return {50 * Theme::kGrid, heightForWidth(50 * Theme::kGrid)};
}

void LeadHeader::paintEvent(QPaintEvent *)
{
    const Theme theme = themeOf(*this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QSize pill = scorePillSize(m_lead.score);
    const int nameW = width() - pill.width() - Theme::kGrid;
    p.setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    p.setPen(theme.color(Theme::Token::Text));
    p.drawText(QRect(0, 0, nameW, heading().height()), Qt::AlignLeft | Qt::AlignVCenter,
               heading().elidedText(m_name, Qt::ElideRight, nameW));
    paintScorePill(p, QRect(QPoint(width() - pill.width(), (heading().height() - pill.height()) / 2), pill), m_lead.score,
                   theme, m_config.mqlThreshold, m_config.sqlThreshold);
    p.setFont(Theme::font(Theme::kBody));
    p.setPen(theme.color(Theme::Token::TextSecondary));
    p.drawText(QRect(0, heading().height(), width(), body().height()), Qt::AlignLeft | Qt::AlignVCenter,
               body().elidedText(m_subtitle, Qt::ElideMiddle, width()));

    p.setFont(Theme::font(Theme::kMeta));
    const QList<QRect> rects = chipRects(width(), chipsTop());
    for (int i = 0; i < m_chips.size(); ++i)
        paintChip(p, rects.at(i), m_chips.at(i).text, m_chips.at(i).tone, theme, m_chips.at(i).glyph);
    const QRect owner = rects.constLast();
    const QRect circle(owner.left(), owner.top(), owner.height(), owner.height());
    paintInitials(p, circle, m_owner, theme);
    p.setFont(Theme::font(Theme::kMeta));
    p.setPen(theme.color(Theme::Token::Text));
    p.drawText(owner.adjusted(circle.width() + Theme::kGrid / 2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_owner);
}

bool LeadHeader::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QList<QRect> rects = chipRects(width(), chipsTop());
        for (int i = 0; i < m_chips.size(); ++i) {
            if (rects.at(i).contains(help->pos()) && !m_chips.at(i).toolTip.isEmpty()) {
                QToolTip::showText(help->globalPos(), m_chips.at(i).toolTip, this, rects.at(i));
                return true;
            }
        }
        if (rects.constLast().contains(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("Owner: %1").arg(m_owner), this, rects.constLast());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace baton
