#pragma once

#include "domain/activity.h"
#include "domain/result.h"
#include "domain/stage.h"
#include "pipeline/pipelineservice.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace baton {

// The one way the UI changes leads. Every action goes to core; a move is pushed
// on the undo stack as a command whose undo is core's compensating undo. Views
// listen to changed() and never write themselves.
class LeadActions : public QObject
{
    Q_OBJECT

public:
    LeadActions(PipelineService &pipeline, QString userId, QObject *parent = nullptr);

    PipelineService &pipeline() const { return m_pipeline; }
    QUndoStack *undoStack() const { return m_undo; }
    QString userId() const { return m_userId; }
    void setUserId(const QString &userId);
    std::optional<User> currentUser() const { return m_pipeline.user(m_userId); }

    // Each returns true when core accepted the action; on refusal failed() says why.
    bool accept(const QString &leadId);
    bool reject(const QString &leadId, const QString &reason, const QString &comment);
    bool move(const QString &leadId, Stage to, const MoveDetails &details = {});
    bool handOff(const QString &leadId, const QString &to = QString());
    bool reassign(const QString &leadId, const QString &to);
    bool logContact(const QString &leadId, ActivityType type, const QString &note = QString());
    bool updateFields(const QString &leadId, const QHash<QString, QString> &changes);

    // Why the current user may not take `what` on a lead now (empty when allowed);
    // used for disabled buttons' tooltips.
    QString whyNotDecide() const;

    // From now on every action is refused with `reason` (a damaged database), and
    // nothing is left to undo.
    void refuseChanges(const QString &reason);
    QString whyReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void changed(const QStringList &leadIds);
    void succeeded(const QString &message, bool undoable);
    void failed(const QString &message);

private:
    bool runUndoable(const QString &leadId, const QString &text, const std::function<Status()> &action);
    bool runPlain(const QString &leadId, const QString &text, const std::function<Status()> &action);

    PipelineService &m_pipeline;
    QString m_userId;
    QUndoStack *m_undo;
    QString m_readOnly;
};

} // namespace baton
