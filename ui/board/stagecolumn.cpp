#include "stagecolumn.h"

#include "cardgeometry.h"
#include "cardlistview.h"
#include "cardtext.h"
#include "common/theme.h"
#include "stagecolumnmodel.h"

#include <QDragEnterEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kHeaderHeight = 36;
constexpr int kTeamBar = 3;
constexpr qreal kDimmedOpacity = 0.35;
} // namespace

StageColumn::StageColumn(Stage stage, StageColumnModel *model, const Theme &theme, QWidget *parent)
    : QWidget(parent),
      m_stage(stage),
      m_model(model),
      m_theme(theme),
      m_title(new QLabel(this)),
      m_fold(new QToolButton(this)),
      m_view(new CardListView(this))
{
    setAcceptDrops(true);
    setObjectName(QStringLiteral("column-") + stageId(stage));
    setFixedWidth(kWidth);

    m_title->setTextFormat(Qt::RichText);
    m_title->setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
    m_title->setFixedHeight(kHeaderHeight - kTeamBar);

    m_fold->setAutoRaise(true);
    m_fold->setVisible(false);
    m_fold->setFixedSize(24, 24);
    connect(m_fold, &QToolButton::clicked, this, [this] {
        setFolded(!m_folded);
        Q_EMIT foldedChanged(m_folded);
    });

    m_view->setModel(model);
    m_view->setEmptyTextColor(theme.color(Theme::Token::TextSecondary));
    m_view->setAccessibleName(stageDisplayName(stage));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(card::kSpacing, kTeamBar, 0, 0);
    header->setSpacing(4);
    header->addWidget(m_title, 1);
    header->addWidget(m_fold, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // keeps the fold button at the top while the list is hidden
    updateHeader();
}

QColor StageColumn::teamColor() const
{
    return m_theme.color(stageOwner(m_stage) == Team::Marketing ? Theme::Token::Marketing : Theme::Token::Sales);
}

void StageColumn::setTotals(const StageTotals &totals, bool filtered)
{
    m_totals = totals;
    m_filtered = filtered;
    updateHeader();
}

QString StageColumn::headerText() const
{
    QString text = stageDisplayName(m_stage).toUpper() + QLatin1Char(' ') + QLocale().toString(m_totals.count);
    if ((m_stage == Stage::Opportunity || m_stage == Stage::Won) && m_totals.amountSum > 0)
        text += QStringLiteral(" · ") + formatCompactAmount(m_totals.amountSum);
    if (m_stage == Stage::Sal && m_totals.breachedCount > 0)
        text += QStringLiteral(" · ") + tr("%1 overdue").arg(m_totals.breachedCount);
    return text;
}

void StageColumn::updateHeader()
{
    using Token = Theme::Token;
    const auto css = [](const QColor &c) { return c.name(QColor::HexRgb); };
    QString html = QStringLiteral("<span style='color:%1; letter-spacing:0.6px'>%2</span>&nbsp;&nbsp;"
                                  "<span style='color:%3'>%4</span>")
                       .arg(css(teamColor()), stageDisplayName(m_stage).toUpper().toHtmlEscaped(),
                            css(m_theme.color(Token::Text)), QLocale().toString(m_totals.count));
    if ((m_stage == Stage::Opportunity || m_stage == Stage::Won) && m_totals.amountSum > 0)
        html +=
            QStringLiteral("<span style='color:%1'> · %2</span>")
                .arg(css(m_theme.color(Token::TextSecondary)), formatCompactAmount(m_totals.amountSum).toHtmlEscaped());
    if (m_stage == Stage::Sal && m_totals.breachedCount > 0)
        html += QStringLiteral("<span style='color:%1'> · %2</span>")
                    .arg(css(m_theme.color(Token::Bad)), tr("%1 overdue").arg(m_totals.breachedCount).toHtmlEscaped());
    m_title->setText(html);
    m_title->setAccessibleName(headerText());
    setToolTip(m_folded ? headerText() : QString());
    m_view->setEmptyText(m_filtered ? tr("No lead here matches the filters.")
                                    : tr("No leads in %1.").arg(stageDisplayName(m_stage)));
    update();
}

void StageColumn::setFoldable(bool foldable)
{
    m_fold->setVisible(foldable);
    if (!foldable && m_folded)
        setFolded(false);
}

void StageColumn::setFolded(bool folded)
{
    m_folded = folded;
    m_model->setActive(!folded);
    m_view->setVisible(!folded);
    if (!folded && m_model->canFetchMore({}))
        m_model->fetchMore({}); // the first page at once: a view shown again does not always ask
    m_title->setVisible(!folded);
    m_fold->setArrowType(folded ? Qt::RightArrow : Qt::LeftArrow);
    m_fold->setToolTip(folded ? tr("Unfold %1").arg(stageDisplayName(m_stage))
                              : tr("Fold %1").arg(stageDisplayName(m_stage)));
    setFixedWidth(folded ? kFoldedWidth : kWidth);
    updateHeader();
}

void StageColumn::setDropState(DropState state)
{
    if (state == m_dropState)
        return;
    m_dropState = state;
    if (state != DropState::Allowed)
        m_dropHover = false;
    if (state == DropState::Dimmed) {
        auto *dim = new QGraphicsOpacityEffect(this);
        dim->setOpacity(kDimmedOpacity);
        setGraphicsEffect(dim); // takes ownership, deletes the previous one
    } else {
        setGraphicsEffect(nullptr);
    }
    update();
}

void StageColumn::paintEvent(QPaintEvent *)
{
    using Token = Theme::Token;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);

    // The team's colour as a bar on top: marketing's stages and sales' apart at a glance.
    QPainterPath bar;
    bar.addRoundedRect(QRectF(0, 0, width(), kTeamBar), 1.5, 1.5);
    p.fillPath(bar, teamColor());

    if (m_folded) {
        // The name and count run upwards along the narrow column.
        p.save();
        p.setFont(Theme::font(Theme::kMeta, QFont::DemiBold));
        p.setPen(teamColor());
        p.translate(width() / 2.0 + QFontMetrics(p.font()).ascent() / 2.0 - 1, height() - card::kSpacing * 2);
        p.rotate(-90);
        p.drawText(QPointF(0, 0), headerText());
        p.restore();
    }

    if (m_dropState == DropState::Allowed) {
        QPainterPath path;
        path.addRoundedRect(area.adjusted(0, kTeamBar + 1, 0, 0), Theme::kRadius, Theme::kRadius);
        p.fillPath(path, m_theme.tint(Token::Accent, m_dropHover ? 40 : 18));
        QPen pen(m_theme.color(Token::Accent), m_dropHover ? 2 : 1.5, m_dropHover ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.drawPath(path);
    }
}

bool StageColumn::acceptsDrop(const QMimeData *mime) const
{
    return m_dropState == DropState::Allowed && !StageColumnModel::leadIds(mime).isEmpty();
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_dropHover = true;
    update();
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StageColumn::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHover = false;
    update();
}

void StageColumn::dropEvent(QDropEvent *event)
{
    const QStringList ids = StageColumnModel::leadIds(event->mimeData());
    m_dropHover = false;
    update();
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // Decided after the drag's own event loop has ended: the decision may open a dialog.
    const QString id = ids.first();
    QMetaObject::invokeMethod(
        this, [this, id] { Q_EMIT leadDropped(id, m_stage); }, Qt::QueuedConnection);
}

} // namespace baton
