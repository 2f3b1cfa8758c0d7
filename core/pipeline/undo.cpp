// Undo of PipelineService moves, as compensating events.
#include "pipelineservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace baton {

namespace {
struct UndoTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

bool isUndoable(EventKind kind)
{
    switch (kind) {
    case EventKind::StageChanged:
    case EventKind::HandedOff:
    case EventKind::Accepted:
    case EventKind::Rejected:
    case EventKind::Won:
    case EventKind::Lost:
    case EventKind::Assigned: return true;
    default: return false;
    }
}
} // namespace

Status PipelineService::undo(const Lead &before, qint64 expectedVersion, const QList<qint64> &eventIds,
                             const QString &by)
{
    return run([&](Timestamp) -> Status {
        Result<User> who = actor(by);
        if (!who)
            return Error{who.error()};
        Result<Lead> loaded = load(before.id);
        if (!loaded)
            return Error{loaded.error()};
        Lead &lead = loaded.value();
        if (lead.version != expectedVersion) {
            const QList<Event> history = m_events.forLead(lead.id);
            const QString changer = history.isEmpty() ? QString() : history.constLast().actor;
            return Error{
                UndoTr::tr("Cannot undo: %1 was changed since (last by %2).").arg(lead.fields.displayName(), changer)};
        }
        QList<Event> undone;
        for (qint64 id : eventIds) {
            std::optional<Event> e = m_events.event(id);
            if (!e || e->leadId != lead.id)
                return Error{UndoTr::tr("Cannot undo: event %1 is not part of this lead's history.").arg(id)};
            if (isUndoable(e->kind))
                undone << *e;
        }
        if (undone.isEmpty())
            return Error{UndoTr::tr("There is nothing to undo on %1.").arg(lead.fields.displayName())};

        // The open hand-off goes back to how it was: a decision that is undone is pending again.
        if (before.handoffId) {
            if (std::optional<Handoff> h = m_leads.handoff(*before.handoffId)) {
                if (before.review == ReviewStatus::Pending) {
                    h->decision.clear();
                    h->decidedAt.reset();
                    h->decidedBy.clear();
                }
                h->rep = before.owner;
                if (Status s = m_leads.updateHandoff(*h); !s)
                    return s;
            }
        }
        const QJsonObject restored{{QStringLiteral("stage"), stageId(before.stage)},
                                   {QStringLiteral("review"), reviewStatusId(before.review)},
                                   {QStringLiteral("owner"), before.owner},
                                   {QStringLiteral("urgent"), before.urgent}};
        for (qsizetype i = 0; i < undone.size(); ++i) {
            QJsonObject payload{{QStringLiteral("undoes"), undone.at(i).id},
                                {QStringLiteral("of"), eventKindId(undone.at(i).kind)}};
            if (i == undone.size() - 1)
                payload.insert(QStringLiteral("restore"), restored);
            if (Result<qint64> e = record(lead, EventKind::Undo, by, payload); !e)
                return Error{e.error()};
        }
        lead.stage = before.stage;
        lead.stageSince = before.stageSince;
        lead.review = before.review;
        lead.owner = before.owner;
        lead.urgent = before.urgent;
        lead.amount = before.amount;
        lead.handoffId = before.handoffId;
        lead.reviewDeadline = before.reviewDeadline;
        lead.assignedAt = before.assignedAt;
        lead.reminded = before.reminded;
        lead.breached = before.breached;
        return save(lead);
    });
}

} // namespace baton
