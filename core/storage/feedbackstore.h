#pragma once

#include "domain/result.h"
#include "domain/time.h"
#include "domain/user.h"
#include "kpi/kpiinput.h"

#include <QHash>
#include <QString>

namespace baton {

class Database;

// Marketing's mark that it read a piece of rejection feedback (a rejected or lost
// event). A row with who and when (table feedback_reads, migration 0003), not a
// lead event: reading feedback changes nothing about the lead, and the log's event
// kinds are the pipeline's. Unmarking deletes the row: the mark is a state.
struct FeedbackRead
{
    qint64 eventId = 0;
    QString by;
    Timestamp at = 0;
};

// What the KPI and feedback views print for a lead id.
struct LeadLabel
{
    QString name; // the display name (first and last name, else the e-mail)
    QString company;
};

// The reads of the feedback view and the KPI dashboard that no other store has.
class FeedbackStore
{
public:
    explicit FeedbackStore(Database &db) : m_db(db) {}

    QHash<qint64, FeedbackRead> reads();
    // Marks (or unmarks) the feedback event `eventId` as read by `by`. Marketing reads
    // the feedback: only marketing managers, marketers and admins may.
    Status setRead(qint64 eventId, const User &by, bool read, Timestamp at);

    // Every lead's label, by id (one read of two short columns; 20 000 leads take ~20 ms).
    QHash<QString, LeadLabel> leadLabels();

    static bool mayMarkRead(Role role);

    // loadKpiInput() without what no KPI reads (kpi/kpidetail.h trimmedForKpis): the
    // kinds the engine skips and activities other than content downloads are left
    // in the database, not parsed and dropped. Equal to trimmedForKpis(loadKpiInput())
    // at a quarter of the cost on a demo pipeline, where activities are most of the log.
    KpiInput trimmedKpiInput(Timestamp asof);

private:
    Database &m_db;
};

} // namespace baton
