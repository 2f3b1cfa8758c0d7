#include "kpitile.h"

#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kStripe = 3; // the target colour along the tile's left edge

QFont figureFont()
{
    // Tabular figures, so numbers line up from tile to tile: the default figures of the
    // system sans fonts (DejaVu, Noto, Cantarell, Segoe) are tabular already, and Qt 6.4
    // has no QFont::setFeature to ask for "tnum" explicitly.
    return Theme::font(Theme::kFigure, QFont::DemiBold);
}

void setColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}
} // namespace

KpiTile::KpiTile(const Theme &theme, const KpiInfo &info, QWidget *parent)
    : QFrame(parent), m_theme(theme), m_info(info)
{
    setObjectName(QStringLiteral("tile_") + info.id);
    setToolTip(info.definition);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMinimumWidth(19 * Theme::kGrid);

    m_name = new QLabel(info.label, this);
    m_name->setFont(Theme::font(Theme::kMeta, QFont::Medium));
    setColor(m_name, theme.color(Theme::Token::TextSecondary));
    m_figure = new QLabel(this);
    m_figure->setObjectName(QStringLiteral("value"));
    m_figure->setFont(figureFont());
    setColor(m_figure, theme.color(Theme::Token::Text));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setFont(Theme::font(Theme::kMeta));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("target"));
    m_targetLabel->setFont(Theme::font(Theme::kMeta, QFont::Medium));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 3 / 2 + kStripe, Theme::kGrid, Theme::kGrid * 3 / 2, Theme::kGrid);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_figure);
    layout->addWidget(m_change);
    layout->addWidget(m_targetLabel);
    layout->addStretch();
}

void KpiTile::setValues(std::optional<double> current, std::optional<double> previous, const TargetContext &context)
{
    m_value = current;
    m_figure->setText(formatKpiValue(m_info.unit, current));
    fitFigure();
    const KpiChange change = describeChange(m_info, current, previous);
    m_change->setText(change.text);
    // Good and bad tokens are tuned for fills; text takes them a little darker in the light theme.
    const QColor changeColor = m_theme.color(change.token);
    setColor(m_change,
             m_theme.mode() == Theme::Mode::Light && change.direction != 0 ? changeColor.darker(115) : changeColor);
    const KpiTarget target = evaluateTarget(m_info.id, current, context);
    m_target = target.state;
    m_targetLabel->setVisible(!target.band.isEmpty());
    m_targetLabel->setText(target.verdict.isEmpty() ? tr("Target %1").arg(target.band)
                                                    : tr("%1 (%2)").arg(target.verdict, target.band));
    const QColor targetColor = m_theme.color(target.token);
    setColor(m_targetLabel, m_theme.mode() == Theme::Mode::Light && target.state != TargetState::None
                                ? targetColor.darker(115)
                                : targetColor);
    m_accent = target.state == TargetState::None ? Theme::Token::Border : target.token;
    QStringList tip{m_info.definition, tr("Previous period: %1").arg(formatKpiValue(m_info.unit, previous))};
    tip.append(target.band.isEmpty() ? tr("No target for this KPI.") : tr("Target: %1").arg(target.band));
    if (!target.explanation.isEmpty())
        tip.append(target.explanation);
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitFigure();
}

// A long figure ("€1.23M/day") steps down in size rather than being cut.
void KpiTile::fitFigure()
{
    const int room = contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right();
    QFont f = figureFont();
    for (int px = Theme::kFigure; px > Theme::kHeading; px -= 2) {
        f.setPixelSize(px);
        if (room <= 0 || QFontMetrics(f).horizontalAdvance(m_figure->text()) <= room)
            break;
    }
    m_figure->setFont(f);
}

QString KpiTile::valueText() const
{
    return m_figure->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::targetText() const
{
    return m_targetLabel->isHidden() ? QString() : m_targetLabel->text();
}

void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(r, Theme::kRadius, Theme::kRadius);
    p.fillPath(shape, m_theme.color(Theme::Token::Surface));
    p.setPen(QPen(m_theme.color(Theme::Token::Border), 1));
    p.drawPath(shape);
    if (m_accent != Theme::Token::Border) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(r.left(), r.top(), kStripe, r.height()), m_theme.color(m_accent));
        p.restore();
    }
}

} // namespace baton
