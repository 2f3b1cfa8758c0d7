#pragma once

#include "leadhistory.h"

#include <QWidget>

namespace baton {

// A painted, newest-first list of history entries: a tinted type chip, the title,
// the time on the right and a secondary detail line. Long lists show the first
// few and a "Show all" line. Used for activities, stage history and rejections.
class ActivityTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTimeline(QWidget *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries, const QTimeZone &zone, Timestamp now);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    void setEmptyText(const QString &text);
    // How many entries show before "Show all"; 0 shows them all.
    void setCollapsedCount(int count);
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int visibleCount() const;
    bool hasMoreLine() const;
    int rowHeight(const HistoryEntry &entry, int width) const;
    int tagColumn(int width) const;
    QRect detailRect(const HistoryEntry &entry, int top, int width) const;
    QRect moreRect() const;
    int rowAt(QPoint pos) const;

    QList<HistoryEntry> m_entries;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Timestamp m_now = 0;
    QString m_emptyText;
    int m_collapsed = 5;
    bool m_expanded = false;
};

} // namespace baton
