#pragma once

#include "domain/stage.h"
#include "domain/time.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

class Database;

// What the board shows: every condition narrows, all of them combine.
struct LeadFilter
{
    QString text;     // part of the name, company or e-mail, any case
    QString owner;    // a user id; empty for anyone
    QString source;   // empty for any
    QString campaign; // empty for any
    std::optional<int> minScore;
    std::optional<int> maxScore;
    bool urgentOnly = false;
    bool breachedOnly = false; // pending SALs past their deadline (as of `now`)
    bool mine = false;         // only the leads `me` owns
    QString me;
    Timestamp now = 0; // for breachedOnly; 0 means "trust the stored breached flag only"

    bool isEmpty() const;
    bool operator==(const LeadFilter &) const = default;
};

// One card of the board: the few columns a card and its sort need.
struct LeadSummary
{
    QString id;
    QString name;
    QString company;
    QString title;
    QString email;
    Stage stage = Stage::New;
    Timestamp stageSince = 0;
    ReviewStatus review = ReviewStatus::None;
    QString owner;
    QString ownerName;
    bool urgent = false;
    int score = 0;
    std::optional<double> amount;
    Timestamp reviewDeadline = 0;
    Timestamp assignedAt = 0;
    bool breached = false;
    QString source;
    QString campaign;
    qint64 version = 0;

    bool operator==(const LeadSummary &) const = default;
};

struct StageTotals
{
    int count = 0;
    double amountSum = 0;
    int pendingCount = 0;  // pending SALs
    int breachedCount = 0; // pending SALs past their deadline
};

// The board's read model: pages of lead summaries per stage, filtered and
// sorted in SQL. Every call reads what it needs and finishes its statement, so
// no read transaction stays open between pages (ARCHITECTURE.md, known traps).
class LeadQuery
{
public:
    explicit LeadQuery(Database &db) : m_db(db) {}

    // Pending SALs first, soonest review deadline first; then highest score,
    // longest in stage, id (a total order, so pages never overlap).
    QList<LeadSummary> page(Stage stage, const LeadFilter &filter, int offset, int limit);
    QMap<Stage, StageTotals> totals(const LeadFilter &filter);
    std::optional<LeadSummary> summary(const QString &leadId);

    // Distinct values for the filter menus, sorted, without the empty value.
    QStringList sources();
    QStringList campaigns();

private:
    Database &m_db;
};

} // namespace baton
