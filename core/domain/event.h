#pragma once

#include "time.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace baton {

// One entry of the lead event log, the source of truth for KPIs, audit trail,
// stage history and score history. Events are appended, never changed.
//
// Payload keys per kind (all times are UTC ms, amounts are numbers):
//   created        fields: {first_name, ..., source, campaign}
//   field_changed  field, old, new
//   activity       activity (id), type, plus the activity's properties
//   score_changed  old (null on creation), new, model (version), fired: [rule ids], cause (event kind or "time")
//   stage_changed  from, to; crossing: true when the move is an MQL crossing;
//                  reason/comment when a rejection, disqualification or loss caused it
//   handed_off     handoff (id), to (rep), deadline, auto (bool), urgent (bool), created (lead creation time)
//   accepted       handoff, rep, handed_off_at, system (bool: a demo request accepted it)
//   rejected       handoff (absent for a disqualification), rep, reason, comment,
//                  kind: "reject" (pending SAL) | "reject_accepted" | "disqualify"
//   first_contact  handoff, handed_off_at, type (call/email_sent/meeting), urgent (bool)
//   assigned       from, to, cause: "escalation" | "away" | "manual" | "demo", deadline (if a pending SAL)
//   won            amount
//   lost           reason, comment, amount
//   recycled       from (stage), handoff (if one was open)
//   sla_breached   handoff, deadline
//   undo           undoes (event id), of (kind), plus what was restored
enum class EventKind {
    Created,
    FieldChanged,
    Activity,
    ScoreChanged,
    StageChanged,
    HandedOff,
    Accepted,
    Rejected,
    FirstContact,
    Assigned,
    Won,
    Lost,
    Recycled,
    SlaBreached,
    Undo,
};

QString eventKindId(EventKind kind);
std::optional<EventKind> eventKindFromId(const QString &id);

struct Event
{
    qint64 id = 0;
    QString leadId;
    EventKind kind = EventKind::Created;
    Timestamp at = 0;
    QString actor; // user id or "system"
    QJsonObject payload;
};

} // namespace baton
