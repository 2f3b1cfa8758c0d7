#pragma once

#include "domain/activity.h"
#include "domain/clock.h"
#include "domain/event.h"
#include "domain/lead.h"
#include "domain/pipelineconfig.h"
#include "domain/result.h"
#include "domain/user.h"
#include "scoring/scorebreakdown.h"
#include "scoring/scoringmodel.h"
#include "storage/catalogstore.h"
#include "storage/eventlog.h"
#include "storage/leadstore.h"
#include "storage/userstore.h"

#include <QHash>
#include <QList>

#include <optional>

namespace baton {

class Database;

// What a manual move may need besides its target stage.
struct MoveDetails
{
    std::optional<double> amount; // opportunity, won
    QString reason;               // reject, disqualify, lost
    QString comment;
    QString to;                   // hand-off: a rep; empty for round robin
};

// Applies every user action and automation of PRODUCT.md to the database.
// Each public call is one transaction: the time-based automations due at the
// clock's current time run first, then the action; on any error nothing is
// written. Every change is an event in the log, written with the state change.
class PipelineService
{
public:
    PipelineService(Database &db, const Clock &clock);

    // Seeds a new database (reasons, scoring model v1, configuration) and loads
    // the cached users, configuration and model. Call once after opening.
    Status initialize();
    // Re-reads users, configuration and model after another process changed them.
    void reload();

    const Clock &clock() const { return m_clock; }
    const PipelineConfig &config() const { return m_config; }
    const ScoringModel &model() const { return m_model; }
    const QList<User> &users() const { return m_users; }
    std::optional<User> user(const QString &id) const;

    // Reference data
    Status configure(const PipelineConfig &config);
    Status saveUser(const User &user);
    // Publishes `model` as the next version and rescores every lead. `progress` (optional) is
    // called as leads are scored; returning false cancels, and nothing is published.
    Status publishModel(ScoringModel model, const QString &by,
                        const std::function<bool(int done, int total)> &progress = {});
    Status recordSpend(const QString &campaign, double amount, const QString &by);

    // Leads and activities
    Result<QString> createLead(QString id, const LeadFields &fields, const QString &by,
                               std::optional<Timestamp> createdAt = std::nullopt);
    // Many new leads at once (an import, bulkcreate.cpp): the same rows, events, scores and
    // hand-offs as createLead for each in turn, written in bulk. `progress(done)` is told as leads
    // are written, up to done == size; returning false cancels. On an error, `*failed` is the lead's index.
    struct NewLead
    {
        QString id; // empty: Baton makes one
        LeadFields fields;
        std::optional<Timestamp> createdAt;
    };
    Result<QStringList> createLeads(const QList<NewLead> &leads, const QString &by,
                                    const std::function<bool(qsizetype done)> &progress = {},
                                    qsizetype *failed = nullptr);
    Status updateLead(const QString &leadId, const QHash<QString, QString> &changes, const QString &by);
    Status recordActivity(const QString &leadId, ActivityType type, const QVariantMap &properties, const QString &by,
                          std::optional<Timestamp> at = std::nullopt);
    Status logContact(const QString &leadId, ActivityType type, const QString &by, const QVariantMap &properties = {});

    // Hand-off contract and stage moves
    Status handOff(const QString &leadId, const QString &by, const QString &to = QString());
    Status accept(const QString &leadId, const QString &by);
    Status reject(const QString &leadId, const QString &by, const QString &reason, const QString &comment);
    Status move(const QString &leadId, Stage to, const QString &by, const MoveDetails &details = {});
    Status markWon(const QString &leadId, const QString &by, std::optional<double> amount);
    Status markLost(const QString &leadId, const QString &by, const QString &reason, const QString &comment);
    Status reassign(const QString &leadId, const QString &to, const QString &by);

    // Undoes a move by a compensating change: the lead's pipeline state goes back
    // to `before`, and an `undo` event names each event of the move (history is
    // never rewritten). Refused if the lead changed since (`expectedVersion`).
    Status undo(const Lead &before, qint64 expectedVersion, const QList<qint64> &eventIds, const QString &by);

    // Runs the time-based automations due at the clock's time.
    Status tick();

    // Reads
    std::optional<Lead> lead(const QString &id);
    ScoreBreakdown breakdown(const QString &leadId);
    LeadStore &leads() { return m_leads; }
    EventLog &events() { return m_events; }
    UserStore &userStore() { return m_userStore; }
    CatalogStore &catalog() { return m_catalog; }
    Database &database() { return m_db; }

private:
    class Action;
    friend class Action;
    friend class TestModelRescore; // compares the two rescores after a model change

    Status run(const std::function<Status(Timestamp now)> &work);
    void refreshIfChangedElsewhere();
    Result<Lead> load(const QString &leadId);
    static Status checkFields(const LeadFields &fields);
    Result<User> actor(const QString &userId);
    Status save(Lead &lead);
    Result<qint64> record(const Lead &lead, EventKind kind, const QString &actor, QJsonObject payload,
                          std::optional<Timestamp> at = std::nullopt);
    Status notify(const QString &userId, const Lead &lead, const QString &kind, const QString &message);

    // Scoring and crossing
    Status rescore(Lead &lead, const QString &cause, bool allowAutoHandoff = true);
    ScoreBreakdown computeScore(const Lead &lead, Timestamp now);
    Status enterMql(Lead &lead, bool autoHandoff);
    // After a model change (modelrescore.cpp): from the activity aggregates, or lead by lead.
    Status rescoreFromAggregates(Timestamp now, const std::function<bool(int, int)> &progress);
    Status rescoreEachLead();

    // Assignment
    std::optional<QString> nextRep(const QString &exclude, bool ignoreCapacity = false);
    int pendingSalsOf(const QString &rep);
    Status setRoundRobinLast(const QString &rep);
    Status startHandoff(Lead &lead, const QString &by, const QString &rep, bool automatic, bool urgent);
    Status setStage(Lead &lead, Stage to, const QString &actor, QJsonObject extra = {});
    Status closeHandoffToNurture(Lead &lead, const QString &actor, EventKind kind, QJsonObject payload);
    Status drainWaitingMqls();
    Status reassignStrandedSals();
    Status reassignPending(Lead &lead, const QString &to, const QString &actor, const QString &cause, bool manual);

    // Time
    Status runDue(Timestamp now);
    Status evaluateTime(Lead &lead, Timestamp now);
    Status recordBreach(Lead &lead);
    std::optional<Timestamp> nextDue(const Lead &lead) const;

    Status demoBypass(Lead &lead);
    Status applyContact(Lead &lead, ActivityType type);

    Database &m_db;
    const Clock &m_clock;
    LeadStore m_leads;
    EventLog m_events;
    UserStore m_userStore;
    CatalogStore m_catalog;

    PipelineConfig m_config;
    ScoringModel m_model;
    QList<User> m_users;
    Timestamp m_lastEvaluated = std::numeric_limits<Timestamp>::min();
    // Lower bound of every lead's next_due, so a clock move with nothing due costs
    // no query; nullopt when unknown.
    std::optional<Timestamp> m_earliestDue;
    bool m_mqlsMayWait = true;
    bool m_rescoreEachLead = false; // publishModel's reference path, for tests
    // Away or inactive reps last found holding no pending SAL; empty when unknown.
    QStringList m_strandedCheckedFor;
    qint64 m_dataVersion = 0; // a lead may be waiting in MQL for a free rep
    // Pending SALs per rep, kept current by save(): nextRep asks on every action once the reps
    // are at capacity, and a count query per rep each time made a big pipeline crawl.
    // nullopt when unknown (read again on demand).
    std::optional<QHash<QString, int>> m_pendingSals;
    std::optional<QString> m_roundRobinLast; // the setting, as last read or written
    // Activities of recently scored leads: rescoring after each activity then
    // reads no history. Bounded; cleared on reload.
    QHash<QString, QList<Activity>> m_activityCache;
    // Leads as last written by this service (write-through), so an action reads
    // no row it wrote itself. Cleared on reload, so other writers are seen.
    QHash<QString, Lead> m_leadCache;
};

} // namespace baton
