#include "leadlistpopup.h"

#include "common/theme.h"

#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kWidth = 40 * Theme::kGrid;
constexpr int kMostRowsHigh = 14;
} // namespace

LeadListPopup::LeadListPopup(const Theme &theme, QWidget *parent) : QFrame(parent, Qt::Popup)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.color(Theme::Token::Surface));
    setPalette(p);
    m_title = new QLabel(this);
    m_title->setFont(Theme::font(Theme::kBody, QFont::DemiBold));
    m_title->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid, Theme::kGrid, Theme::kGrid, Theme::kGrid);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    setFixedWidth(kWidth);
    const auto choose = [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (id.isEmpty())
            return;
        hide();
        Q_EMIT leadChosen(id);
    };
    connect(m_list, &QListWidget::itemClicked, this, choose);
    connect(m_list, &QListWidget::itemActivated, this, choose);
}

void LeadListPopup::showLeads(const QString &title, const QStringList &leadIds, const QHash<QString, LeadLabel> &labels,
                              const QPoint &globalPos)
{
    m_title->setText(title);
    m_list->clear();
    const qsizetype shown = std::min<qsizetype>(leadIds.size(), kMostShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const QString &id = leadIds.at(i);
        const LeadLabel label = labels.value(id, LeadLabel{id, QString()});
        auto *item =
            new QListWidgetItem(label.company.isEmpty() ? label.name : tr("%1 · %2").arg(label.name, label.company));
        item->setData(Qt::UserRole, id);
        item->setToolTip(tr("Open %1").arg(label.name));
        m_list->addItem(item);
    }
    if (leadIds.size() > shown) {
        auto *more = new QListWidgetItem(tr("and %n more", nullptr, int(leadIds.size() - shown)));
        more->setFlags(Qt::NoItemFlags);
        m_list->addItem(more);
    }
    if (leadIds.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No leads behind this value."));
        none->setFlags(Qt::NoItemFlags);
        m_list->addItem(none);
    }
    const int rowHeight = std::max(1, m_list->sizeHintForRow(0));
    m_list->setFixedHeight(rowHeight * int(std::min<qsizetype>(m_list->count(), kMostRowsHigh)) + Theme::kGrid);
    adjustSize();
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::min(pos.x(), area.right() - width()));
        pos.setY(std::min(pos.y(), area.bottom() - height()));
    }
    move(pos);
    show();
    m_list->setFocus();
}

QStringList LeadListPopup::shownLeads() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

} // namespace baton
