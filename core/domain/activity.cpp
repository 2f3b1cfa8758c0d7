#include "activity.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace baton {

namespace {
struct ActivityTr
{
    Q_DECLARE_TR_FUNCTIONS(Activity)
};

constexpr std::array kTypeIds = {
    std::pair{ActivityType::PageView, u"page_view"},
    std::pair{ActivityType::ContentDownload, u"content_download"},
    std::pair{ActivityType::WebinarAttended, u"webinar_attended"},
    std::pair{ActivityType::EmailOpen, u"email_open"},
    std::pair{ActivityType::EmailClick, u"email_click"},
    std::pair{ActivityType::FormSubmit, u"form_submit"},
    std::pair{ActivityType::DemoRequest, u"demo_request"},
    std::pair{ActivityType::Unsubscribe, u"unsubscribe"},
    std::pair{ActivityType::Call, u"call"},
    std::pair{ActivityType::EmailSent, u"email_sent"},
    std::pair{ActivityType::Meeting, u"meeting"},
    std::pair{ActivityType::Note, u"note"},
};
} // namespace

QString activityTypeId(ActivityType type)
{
    for (const auto &[t, id] : kTypeIds) {
        if (t == type)
            return QString::fromUtf16(id);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ActivityType> activityTypeFromId(const QString &id)
{
    for (const auto &[t, typeId] : kTypeIds) {
        if (id == typeId)
            return t;
    }
    return std::nullopt;
}

QString activityTypeDisplayName(ActivityType type)
{
    switch (type) {
    case ActivityType::PageView: return ActivityTr::tr("Page view");
    case ActivityType::ContentDownload: return ActivityTr::tr("Content download");
    case ActivityType::WebinarAttended: return ActivityTr::tr("Webinar attended");
    case ActivityType::EmailOpen: return ActivityTr::tr("E-mail opened");
    case ActivityType::EmailClick: return ActivityTr::tr("E-mail clicked");
    case ActivityType::FormSubmit: return ActivityTr::tr("Form submitted");
    case ActivityType::DemoRequest: return ActivityTr::tr("Demo requested");
    case ActivityType::Unsubscribe: return ActivityTr::tr("Unsubscribed");
    case ActivityType::Call: return ActivityTr::tr("Call");
    case ActivityType::EmailSent: return ActivityTr::tr("E-mail sent");
    case ActivityType::Meeting: return ActivityTr::tr("Meeting");
    case ActivityType::Note: return ActivityTr::tr("Note");
    }
    Q_UNREACHABLE();
    return QString();
}

bool isSalesActivity(ActivityType type)
{
    return type == ActivityType::Call || type == ActivityType::EmailSent || type == ActivityType::Meeting
        || type == ActivityType::Note;
}

bool isContact(ActivityType type)
{
    return type == ActivityType::Call || type == ActivityType::EmailSent || type == ActivityType::Meeting;
}

} // namespace baton
