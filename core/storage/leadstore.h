#pragma once

#include "domain/activity.h"
#include "domain/lead.h"
#include "domain/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace baton {

class Database;

// A hand-off of a lead to sales: the SLA facts the KPIs and the board need.
struct Handoff
{
    qint64 id = 0;
    QString leadId;
    Timestamp at = 0;
    QString by;
    QString rep;
    Timestamp firstDeadline = 0;
    bool urgent = false;
    QString decision; // "", "accepted", "rejected"
    std::optional<Timestamp> decidedAt;
    QString decidedBy;
    std::optional<Timestamp> firstContactAt;
};

// Current-state tables of leads: leads, activities, hand-offs and scores.
class LeadStore
{
public:
    explicit LeadStore(Database &db) : m_db(db) {}

    std::optional<Lead> lead(const QString &id);
    bool exists(const QString &id);
    std::optional<QString> idForEmail(const QString &email);
    Status insert(const Lead &lead, std::optional<Timestamp> nextDue);
    // Writes `lead` if its stored version is still `lead.version - 1`; a stale write is refused.
    Status update(const Lead &lead, std::optional<Timestamp> nextDue);
    // The cheap write after an activity: only the fields time and activities move.
    Status touch(const Lead &lead, std::optional<Timestamp> nextDue);
    int count();

    QList<Activity> activities(const QString &leadId);
    Result<qint64> addActivity(const Activity &activity);

    std::optional<Handoff> handoff(qint64 id);
    Result<qint64> addHandoff(const Handoff &handoff);
    Status updateHandoff(const Handoff &handoff);

    Status saveScore(const QString &leadId, int score, int modelVersion, const QStringList &fired, Timestamp at);

    // Leads whose time-based rules may change at or before `now`, soonest first.
    QStringList dueLeads(Timestamp now);
    std::optional<Timestamp> earliestDue();
    // The `limit` MQLs waiting longest for a rep with capacity, oldest first.
    QStringList waitingMqls(int limit);
    QStringList pendingSalsOf(const QString &userId);
    QHash<QString, int> pendingCounts();
    int pendingCount(const QString &userId);
    QStringList allIds();
    // Every lead's id and e-mail, oldest first (created_at, then rowid): an import's duplicate check.
    QList<std::pair<QString, QString>> idsAndEmails();

private:
    Database &m_db;
};

} // namespace baton
