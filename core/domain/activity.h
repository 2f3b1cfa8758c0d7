#pragma once

#include "time.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace baton {

enum class ActivityType {
    // marketing
    PageView,
    ContentDownload,
    WebinarAttended,
    EmailOpen,
    EmailClick,
    FormSubmit,
    DemoRequest,
    Unsubscribe,
    // sales
    Call,
    EmailSent,
    Meeting,
    Note,
};

QString activityTypeId(ActivityType type); // "page_view", ...
std::optional<ActivityType> activityTypeFromId(const QString &id);
QString activityTypeDisplayName(ActivityType type);
bool isSalesActivity(ActivityType type);
// call, email_sent and meeting: the first one after a hand-off is its first contact.
bool isContact(ActivityType type);

struct Activity
{
    qint64 id = 0;
    QString leadId;
    ActivityType type = ActivityType::PageView;
    Timestamp at = 0;
    QString actor;         // user id, or empty for activity captured from marketing tools
    QVariantMap properties; // url, asset, asset_kind, subject, ...

    QString property(const QString &name) const { return properties.value(name).toString(); }
};

} // namespace baton
