#pragma once

#include "domain/stage.h"
#include "domain/time.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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
    double amountSum = 0;  // deals: Opportunity and Won only
    int pendingCount = 0;  // pending SALs (SAL only)
    int breachedCount = 0; // pending SALs past their deadline (SAL only)
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
    // The next unfiltered totals count every stage again rather than follow the log.
    void recount() { m_counts.reset(); }
    std::optional<LeadSummary> summary(const QString &leadId);

    // Distinct values for the filter menus, sorted, without the empty value.
    QStringList sources();
    QStringList campaigns();

private:
    QMap<Stage, StageTotals> allTotals(Timestamp now);
    // Puts the rowids of the leads `text` finds in temp.board_hits, unless they are there
    // already for the database as it is; false when they cannot be (then every query
    // searches by itself).
    bool gatherHits(const QString &text);
    const QMap<Stage, int> &stageCounts();

    struct Hits
    {
        QString text;
        std::pair<qint64, qint64> state; // total_changes() and data_version when gathered
    };

    Database &m_db;
    std::optional<Hits> m_hits;
    std::optional<QMap<Stage, int>> m_counts; // leads per stage, as of lead_events up to m_countedUpTo
    qint64 m_countedUpTo = 0;
    bool m_hitsTable = false;
};

} // namespace baton
