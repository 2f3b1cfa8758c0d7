#include "event.h"

#include <array>
#include <utility>

namespace baton {

namespace {
constexpr std::array kKindIds = {
    std::pair{EventKind::Created, u"created"},
    std::pair{EventKind::FieldChanged, u"field_changed"},
    std::pair{EventKind::Activity, u"activity"},
    std::pair{EventKind::ScoreChanged, u"score_changed"},
    std::pair{EventKind::StageChanged, u"stage_changed"},
    std::pair{EventKind::HandedOff, u"handed_off"},
    std::pair{EventKind::Accepted, u"accepted"},
    std::pair{EventKind::Rejected, u"rejected"},
    std::pair{EventKind::FirstContact, u"first_contact"},
    std::pair{EventKind::Assigned, u"assigned"},
    std::pair{EventKind::Won, u"won"},
    std::pair{EventKind::Lost, u"lost"},
    std::pair{EventKind::Recycled, u"recycled"},
    std::pair{EventKind::SlaBreached, u"sla_breached"},
    std::pair{EventKind::Undo, u"undo"},
};
} // namespace

QString eventKindId(EventKind kind)
{
    for (const auto &[k, id] : kKindIds) {
        if (k == kind)
            return QString::fromUtf16(id);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<EventKind> eventKindFromId(const QString &id)
{
    for (const auto &[k, kindId] : kKindIds) {
        if (id == kindId)
            return k;
    }
    return std::nullopt;
}

} // namespace baton
