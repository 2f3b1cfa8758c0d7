#pragma once

#include "storage/userstore.h"

#include <QToolButton>

namespace baton {

class PipelineService;
class Theme;

// The toolbar's bell: the current user's unread notifications as a count on
// the icon, and their list in a popup. Choosing one marks it read and opens its lead.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int kShown = 20;         // most recent notifications in the popup
    static constexpr int kNewestUnread = 100; // unread ones passed on by refreshed()

    NotificationBell(PipelineService &pipeline, const Theme &theme, QWidget *parent = nullptr);

    void setUser(const QString &userId);
    int unreadCount() const { return m_unread; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openLead(const QString &leadId);
    // After each refresh: the current user's newest unread notifications (kNewestUnread
    // at most), newest first (the desktop notifier shows the ones it has not seen).
    void refreshed(const QList<baton::Notification> &unread);

private:
    void fillMenu();
    void updateIcon();

    PipelineService &m_pipeline;
    const Theme &m_theme;
    QString m_userId;
    int m_unread = 0;
};

} // namespace baton
