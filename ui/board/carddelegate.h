#pragma once

#include "cardgeometry.h"

#include <QStyledItemDelegate>

namespace baton {

class Clock;
class Theme;

// Paints a lead as UI.md's card: name and score pill, company · title, owner
// initials, time in stage, the urgent mark and, on a pending SAL, the live
// countdown to its review deadline. Layout comes from layoutCard().
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CardDelegate(const Theme &theme, const Clock &clock, QObject *parent = nullptr);

    void setThresholds(int mql, int sql);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintPill(QPainter &p, const QRect &rect, int score) const;
    void paintChip(QPainter &p, const QRect &rect, const QString &text, const QColor &fill, const QColor &ink,
                   const QColor &iconColor, bool stopwatch) const;

    const Theme &m_theme;
    const Clock &m_clock;
    int m_mql = 40;
    int m_sql = 70;
};

} // namespace baton
