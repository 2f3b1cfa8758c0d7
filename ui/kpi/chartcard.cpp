#include "chartcard.h"

#include "chartexport.h"
#include "common/glyph.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace baton {

namespace {
constexpr int kChartHeight = 34 * Theme::kGrid;
constexpr int kEmptyIcon = 32;

QString tipAt(const QObject *source, int index)
{
    const QStringList tips = source->property("tips").toStringList();
    return index >= 0 && index < tips.size() ? tips.at(index) : QString();
}
} // namespace

ChartCard::ChartCard(const Theme &theme, const QString &title, const QString &explanation, const QString &exportName,
                     QWidget *parent)
    : QFrame(parent), m_theme(theme), m_exportName(exportName)
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.color(Theme::Token::Surface));
    setPalette(p);
    setStyleSheet(QStringLiteral("QFrame#chartCard { border: 1px solid %1; border-radius: %2px; }")
                      .arg(theme.color(Theme::Token::Border).name())
                      .arg(Theme::kRadius));

    m_title = new QLabel(title, this);
    m_title->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    m_explanation = new QLabel(explanation, this);
    m_explanation->setFont(Theme::font(Theme::kMeta));
    m_explanation->setWordWrap(true);
    QPalette secondary = m_explanation->palette();
    secondary.setColor(QPalette::WindowText, theme.color(Theme::Token::TextSecondary));
    m_explanation->setPalette(secondary);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(kChartHeight);
    m_view->setBackgroundBrush(theme.color(Theme::Token::Surface));

    auto *empty = new QWidget(this);
    auto *icon = new QLabel(empty);
    icon->setPixmap(glyphIcon(Glyph::Kpis, theme.color(Theme::Token::TextSecondary), {}, kEmptyIcon)
                        .pixmap(kEmptyIcon, kEmptyIcon));
    m_emptyWhy = new QLabel(empty);
    m_emptyWhy->setFont(Theme::font(Theme::kBody, QFont::DemiBold));
    m_emptyWhy->setWordWrap(true);
    m_emptyWhy->setAlignment(Qt::AlignCenter);
    m_emptyWhat = new QLabel(empty);
    m_emptyWhat->setFont(Theme::font(Theme::kMeta));
    m_emptyWhat->setWordWrap(true);
    m_emptyWhat->setAlignment(Qt::AlignCenter);
    m_emptyWhat->setPalette(secondary);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(icon, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyWhy);
    emptyLayout->addWidget(m_emptyWhat);
    emptyLayout->addStretch();
    emptyLayout->setContentsMargins(Theme::kGrid * 4, 0, Theme::kGrid * 4, 0);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    m_stack->setMinimumHeight(kChartHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 2, Theme::kGrid * 3 / 2, Theme::kGrid * 2, Theme::kGrid);
    layout->setSpacing(Theme::kGrid / 2);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_stack, 1);
}

void ChartCard::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // QChartView::setChart does not delete the chart it had
    connectDrill(chart);
    m_stack->setCurrentIndex(0);
}

void ChartCard::setEmpty(const QString &why, const QString &whatToDo)
{
    m_emptyWhy->setText(why);
    m_emptyWhat->setText(whatToDo);
    m_stack->setCurrentIndex(1);
}

void ChartCard::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

void ChartCard::setChartHeight(int pixels)
{
    m_view->setMinimumHeight(pixels);
    m_stack->setMinimumHeight(pixels);
}

bool ChartCard::isEmpty() const
{
    return m_stack->currentIndex() == 1;
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::emptyText() const
{
    return isEmpty() ? m_emptyWhy->text() + QLatin1Char(' ') + m_emptyWhat->text() : QString();
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    addExportActions(&menu, isEmpty() ? static_cast<QWidget *>(this) : static_cast<QWidget *>(m_view), m_exportName);
    menu.exec(event->globalPos());
}

void ChartCard::connectDrill(QChart *chart)
{
    const auto hover = [this](const QString &tip, bool state, bool drillable) {
        m_view->setCursor(state && drillable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (state && !tip.isEmpty())
            QToolTip::showText(QCursor::pos(), tip, m_view);
        else
            QToolTip::hideText();
    };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                const QString key = set->property("drill").toString();
                connect(set, &QBarSet::hovered, this,
                        [set, key, hover](bool state, int index) { hover(tipAt(set, index), state, !key.isEmpty()); });
                if (!key.isEmpty())
                    connect(set, &QBarSet::clicked, this, [this, set, key](int index) {
                        const QVariantList indexes = set->property("indexes").toList();
                        Q_EMIT drilled(key, indexes.isEmpty() ? index : indexes.value(index).toInt());
                    });
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            const QString key = xy->property("drill").toString();
            if (key.isEmpty())
                continue;
            const auto nearest = [xy](const QPointF &point) {
                int best = -1;
                qreal distance = 0;
                for (int i = 0; i < xy->count(); ++i) {
                    const qreal d = std::abs(xy->at(i).x() - point.x());
                    if (best < 0 || d < distance) {
                        best = i;
                        distance = d;
                    }
                }
                return best;
            };
            connect(xy, &QXYSeries::hovered, this, [xy, nearest, hover](const QPointF &point, bool state) {
                hover(tipAt(xy, nearest(point)), state, true);
            });
            connect(xy, &QXYSeries::clicked, this, [this, xy, key, nearest](const QPointF &point) {
                // A series that skips empty weeks says which index each point stands for.
                const QVariantList indexes = xy->property("indexes").toList();
                if (const int i = nearest(point); i >= 0)
                    Q_EMIT drilled(key, indexes.isEmpty() ? i : indexes.value(i).toInt());
            });
        }
    }
}

} // namespace baton
