#include "leadactions.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace baton {

namespace {

// A move already applied; undo() compensates in core, redo() applies it again.
class MoveCommand : public QUndoCommand
{
public:
    MoveCommand(LeadActions &actions, const QString &text, Lead before, Lead after, QList<qint64> events,
                std::function<Status()> action)
        : QUndoCommand(text)
        , m_actions(actions)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_events(std::move(events))
        , m_action(std::move(action))
    {
    }

    void undo() override
    {
        PipelineService &p = m_actions.pipeline();
        // Undoing a later command brings the lead back to exactly where this one left
        // it (with a newer version): that is not a change by someone else.
        const std::optional<Lead> current = p.lead(m_before.id);
        if (!current) {
            Q_EMIT m_actions.failed(QObject::tr("This lead no longer exists."));
            return;
        }
        const qint64 expected = current->samePipelineState(m_after) ? current->version : m_after.version;
        if (Status s = p.undo(m_before, expected, m_events, m_actions.userId()); !s) {
            Q_EMIT m_actions.failed(s.error());
            return;
        }
        Q_EMIT m_actions.changed({m_before.id});
        Q_EMIT m_actions.succeeded(QObject::tr("Undone: %1").arg(text()), false);
    }

    void redo() override
    {
        if (m_firstRedo) { // pushed after the action ran
            m_firstRedo = false;
            return;
        }
        PipelineService &p = m_actions.pipeline();
        const std::optional<Lead> before = p.lead(m_before.id);
        const qint64 lastEvent = p.events().lastId();
        if (!before)
            return;
        if (Status s = m_action(); !s) {
            Q_EMIT m_actions.failed(s.error());
            return;
        }
        m_before = *before;
        m_after = p.lead(m_before.id).value_or(*before);
        m_events.clear();
        for (const Event &e : p.events().forLead(m_before.id)) {
            if (e.id > lastEvent)
                m_events << e.id;
        }
        Q_EMIT m_actions.changed({m_before.id});
        Q_EMIT m_actions.succeeded(QObject::tr("Redone: %1").arg(text()), false);
    }

private:
    LeadActions &m_actions;
    Lead m_before;
    Lead m_after;
    QList<qint64> m_events;
    std::function<Status()> m_action;
    bool m_firstRedo = true;
};

} // namespace

LeadActions::LeadActions(PipelineService &pipeline, QString userId, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_userId(std::move(userId))
    , m_undo(new QUndoStack(this))
{
}

void LeadActions::setUserId(const QString &userId)
{
    m_userId = userId;
    m_undo->clear(); // one person's undo history is not another's
}

void LeadActions::refuseChanges(const QString &reason)
{
    m_readOnly = reason;
    m_undo->clear();
}

QString LeadActions::whyNotDecide() const
{
    if (!m_readOnly.isEmpty())
        return m_readOnly;
    const std::optional<User> u = currentUser();
    if (!u)
        return tr("Choose who you are first.");
    if (!mayDecideAndWork(u->role))
        return tr("Only sales decides on leads; you are signed in as a %1.").arg(roleDisplayName(u->role));
    return QString();
}

bool LeadActions::runUndoable(const QString &leadId, const QString &text, const std::function<Status()> &action)
{
    if (!m_readOnly.isEmpty()) {
        Q_EMIT failed(m_readOnly);
        return false;
    }
    const std::optional<Lead> before = m_pipeline.lead(leadId);
    if (!before) {
        Q_EMIT failed(tr("This lead no longer exists."));
        return false;
    }
    const qint64 lastEvent = m_pipeline.events().lastId();
    if (Status s = action(); !s) {
        Q_EMIT failed(s.error());
        return false;
    }
    QList<qint64> events;
    for (const Event &e : m_pipeline.events().forLead(leadId)) {
        if (e.id > lastEvent)
            events << e.id;
    }
    const Lead after = m_pipeline.lead(leadId).value_or(*before);
    m_undo->push(new MoveCommand(*this, text, *before, after, events, action));
    Q_EMIT changed({leadId});
    Q_EMIT succeeded(text, true);
    return true;
}

bool LeadActions::runPlain(const QString &leadId, const QString &text, const std::function<Status()> &action)
{
    if (!m_readOnly.isEmpty()) {
        Q_EMIT failed(m_readOnly);
        return false;
    }
    if (Status s = action(); !s) {
        Q_EMIT failed(s.error());
        return false;
    }
    Q_EMIT changed({leadId});
    Q_EMIT succeeded(text, false);
    return true;
}

bool LeadActions::accept(const QString &leadId)
{
    return runUndoable(leadId, tr("Accepted"), [=, this] { return m_pipeline.accept(leadId, m_userId); });
}

bool LeadActions::reject(const QString &leadId, const QString &reason, const QString &comment)
{
    return runUndoable(leadId, tr("Rejected"),
                       [=, this] { return m_pipeline.reject(leadId, m_userId, reason, comment); });
}

bool LeadActions::move(const QString &leadId, Stage to, const MoveDetails &details)
{
    return runUndoable(leadId, tr("Moved to %1").arg(stageDisplayName(to)),
                       [=, this] { return m_pipeline.move(leadId, to, m_userId, details); });
}

bool LeadActions::handOff(const QString &leadId, const QString &to)
{
    return runUndoable(leadId, tr("Handed off"), [=, this] { return m_pipeline.handOff(leadId, m_userId, to); });
}

bool LeadActions::reassign(const QString &leadId, const QString &to)
{
    return runUndoable(leadId, tr("Reassigned"), [=, this] { return m_pipeline.reassign(leadId, to, m_userId); });
}

bool LeadActions::logContact(const QString &leadId, ActivityType type, const QString &note)
{
    QVariantMap props;
    if (!note.isEmpty())
        props.insert(QStringLiteral("note"), note);
    return runPlain(leadId, tr("%1 logged").arg(activityTypeDisplayName(type)),
                    [=, this] { return m_pipeline.logContact(leadId, type, m_userId, props); });
}

bool LeadActions::updateFields(const QString &leadId, const QHash<QString, QString> &changes)
{
    return runPlain(leadId, tr("Lead saved"), [=, this] { return m_pipeline.updateLead(leadId, changes, m_userId); });
}

} // namespace baton
