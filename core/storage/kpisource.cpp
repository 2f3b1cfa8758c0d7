#include "kpisource.h"

#include "catalogstore.h"
#include "database.h"
#include "eventlog.h"
#include "kpi/kpiengine.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace baton {

KpiInput loadKpiInput(Database &db, Timestamp asof)
{
    KpiInput input;
    EventLog(db).scan(asof, [&input](Event &&e) { input.events.append(std::move(e)); });

    QSqlQuery &q = db.prepared(QStringLiteral("SELECT id, source, campaign, created_at FROM leads"));
    if (q.exec()) {
        while (q.next()) {
            KpiLead l{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
            input.leads.insert(l.id, l);
        }
    }
    q.finish();

    for (const SpendRecord &s : CatalogStore(db).spend()) {
        if (s.at <= asof)
            input.spend.append(SpendEntry{s.campaign, s.source, s.at, s.amount});
    }
    return input;
}

namespace {

// The queries of queryKpis(). Each names its partial index of migration 0005 (INDEXED BY:
// with the planner's own choice, an OR of kinds turned into a scan of the table) and a
// condition that implies the index's; the payload values they read are indexed expressions,
// which SQLite 3.40 reads from the index in plain queries (not under GROUP BY), so no query
// reads lead_events itself. Payload values read as in the engine (kpiengine.cpp): a time is
// a number or nothing, a flag is JSON true, a reason is text.
//
// Parameters: ?1 from, ?2 to, ?3 asof, ?4 the ids of the undone events as a JSON array, or
// NULL when nothing is undone (then the test costs one comparison a row).
#define KPI_LIVE(t) " AND (?4 IS NULL OR " t ".id NOT IN (SELECT value FROM json_each(?4)))"
#define KPI_IN_PERIOD(t) " AND " t ".at >= ?1 AND " t ".at < ?2 AND " t ".at <= ?3"
#define KPI_TIME(x) " CASE WHEN typeof(" x ") IN ('integer', 'real') THEN " x " END"
#define KPI_REVIEW_DECISION(t) \
    " (" t ".kind = 'accepted' OR (" t ".kind = 'rejected' AND json_extract(" t ".payload, '$.kind') = 'reject'))"

constexpr char kUndos[] =
    "SELECT e.id, json_extract(e.payload, '$.undoes') FROM lead_events e INDEXED BY lead_events_kpi"
    " WHERE e.kind = 'undo' AND e.at <= ?3 ORDER BY e.id";

constexpr char kCreated[] =
    "SELECT count(*) FROM lead_events e INDEXED BY lead_events_kpi WHERE e.kind = 'created'" KPI_IN_PERIOD("e")
        KPI_LIVE("e");

constexpr char kHandoffs[] = "SELECT e.id, e.at, json_extract(e.payload, '$.handoff')," KPI_TIME(
    "json_extract(e.payload, '$.deadline')") ", e.lead_id"
                                             " FROM lead_events e INDEXED BY lead_events_kpi WHERE e.kind = "
                                             "'handed_off'" KPI_IN_PERIOD("e") KPI_LIVE("e");

// Review decisions after the first hand-off of the period (?5), in log order.
constexpr char kDecisionsAfter[] = "SELECT e.id, e.at, json_extract(e.payload, '$.handoff')"
                                   " FROM lead_events e INDEXED BY lead_events_kpi_decisions WHERE" KPI_REVIEW_DECISION(
                                       "e") " AND e.id > ?5 AND e.at <= ?3" KPI_LIVE("e") " ORDER BY e.id";

// Accepts and rejects of the period: whether a review decision, when, and the hand-off's time.
#define KPI_DECISIONS(kind)                                                                                            \
    "SELECT json_extract(e.payload, '$.kind') = 'reject', e.at," KPI_TIME(                                             \
        "json_extract(e.payload, '$.handed_off_at')") ", json_extract(e.payload, '$.handoff')"                         \
                                                      " FROM lead_events e INDEXED BY lead_events_kpi WHERE e.kind = " \
                                                      "'" kind "'" KPI_IN_PERIOD("e") KPI_LIVE("e")
constexpr char kAccepts[] = KPI_DECISIONS("accepted");
constexpr char kRejects[] = KPI_DECISIONS("rejected");

constexpr char kContacts[] = "SELECT e.id, e.at," KPI_TIME(
    "json_extract(e.payload, '$.handed_off_at')") ", json_extract(e.payload, '$.handoff'),"
                                                  " json_type(e.payload, '$.urgent') = 'true'"
                                                  " FROM lead_events e INDEXED BY lead_events_kpi WHERE e.kind = "
                                                  "'first_contact'" KPI_IN_PERIOD("e") KPI_LIVE("e");

// A hand-off's time by its id (?5): the last handed_off event before event ?6 that says so.
constexpr char kHandoffAt[] =
    "SELECT e.at FROM lead_events e INDEXED BY lead_events_kpi_handoffs WHERE e.kind = 'handed_off'"
    " AND json_extract(e.payload, '$.handoff') = ?5 AND e.id < ?6 AND e.at <= ?3" KPI_LIVE(
        "e") " ORDER BY e.id DESC LIMIT 1";

// Rejections of every kind and losses of the period, with the lead's attribution. Counted
// here rather than by GROUP BY: SQLite 3.40 reads an indexed expression from the index in
// a plain query only, and would fetch every payload from the table to group on the reason.
#define KPI_REJECTIONS(kind)                                                                                         \
    "SELECT CASE WHEN typeof(json_extract(e.payload, '$.reason')) = 'text' THEN json_extract(e.payload, '$.reason')" \
    " ELSE '' END, l.campaign, l.source FROM lead_events e INDEXED BY lead_events_kpi"                               \
    " LEFT JOIN leads l ON l.id = e.lead_id WHERE e.kind = '" kind "'" KPI_IN_PERIOD("e") KPI_LIVE("e")
constexpr char kRejections[] = KPI_REJECTIONS("rejected");
constexpr char kLosses[] = KPI_REJECTIONS("lost");

constexpr char kWins[] =
    "SELECT e.lead_id, e.at, CASE WHEN typeof(json_extract(e.payload, '$.amount')) IN ('integer', 'real')"
    " THEN json_extract(e.payload, '$.amount') ELSE 0 END, l.id IS NOT NULL, l.source, l.campaign, l.created_at,"
    " (SELECT d.at FROM lead_events d INDEXED BY lead_events_kpi_downloads WHERE d.kind = 'activity'"
    " AND json_extract(d.payload, '$.type') = 'content_download' AND d.lead_id = e.lead_id AND d.at <= ?3" KPI_LIVE(
        "d") " ORDER BY d.id LIMIT 1)"
             " FROM lead_events e INDEXED BY lead_events_kpi LEFT JOIN leads l ON l.id = e.lead_id WHERE e.kind = "
             "'won'" KPI_IN_PERIOD("e") KPI_LIVE("e") " ORDER BY e.id";

// Every stage move up to asof, lead by lead in log order: the conversion cohorts and the
// open opportunities need each lead's whole stage history, which is short. This is the
// longest read (every lead that ever moved), so each row is two columns: the lead, and
// what the move was as bits (kToSql, kToOpportunity, kCrossing, kInPeriod).
constexpr char kStages[] =
    "SELECT e.lead_id, (json_extract(e.payload, '$.to') IS 'sql')"
    " + 2 * (json_extract(e.payload, '$.to') IS 'opportunity') + 4 * (json_type(e.payload, '$.crossing') IS 'true')"
    " + 8 * (e.at >= ?1 AND e.at < ?2)"
    " FROM lead_events e INDEXED BY lead_events_kpi_stages WHERE e.kind = 'stage_changed' AND e.at <= ?3" KPI_LIVE(
        "e") " ORDER BY e.lead_id, e.id";
enum StageBits { kToSql = 1, kToOpportunity = 2, kCrossing = 4, kInPeriod = 8 };

#undef KPI_LIVE
#undef KPI_IN_PERIOD
#undef KPI_TIME
#undef KPI_REVIEW_DECISION
#undef KPI_DECISIONS
#undef KPI_REJECTIONS

double span(Timestamp from, Timestamp to, qint64 unitMs)
{
    return static_cast<double>(to - from) / static_cast<double>(unitMs);
}

class KpiQuery
{
public:
    KpiQuery(Database &db, const KpiPeriod &period) : m_db(db), m_period(period) {}

    KpiReport run()
    {
        readUndone();
        tallyHandoffs();
        tallyContacts();
        tallyConversions();
        tallyOutcomes();
        return kpiReport(std::move(m_tally), m_period);
    }

private:
    struct Handoff
    {
        qint64 eventId = 0;
        Timestamp at = 0;
        std::optional<Timestamp> deadline;
        QString leadId;
        std::optional<Timestamp> decidedAt;
    };

    Statement &query(const char *sql)
    {
        Statement &s = m_db.statement(sql);
        s.bind(1, m_period.from).bind(2, m_period.to).bind(3, m_period.asof);
        if (m_undone.isEmpty())
            s.bindNull(4);
        else
            s.bind(4, m_undone);
        return s;
    }

    // The engine's undoneAt(): walking back, an undo that is itself undone undoes nothing.
    void readUndone()
    {
        QList<std::pair<qint64, qint64>> undos; // (undo event, the event it undoes)
        Statement &s = query(kUndos);
        while (s.next())
            undos.append({s.int64(0), s.int64(1)});
        QSet<qint64> undone;
        for (auto it = undos.crbegin(); it != undos.crend(); ++it) {
            if (!undone.contains(it->first))
                undone.insert(it->second);
        }
        if (undone.isEmpty())
            return;
        QByteArray json = "[";
        for (qint64 id : std::as_const(undone))
            json += QByteArray::number(id) + ',';
        json.back() = ']';
        m_undone = json;
    }

    std::optional<Timestamp> handoffAt(qint64 handoff, qint64 beforeEvent)
    {
        if (const auto h = m_handoffs.constFind(handoff); h != m_handoffs.cend())
            return h->eventId < beforeEvent ? std::optional(h->at) : std::nullopt;
        Statement &s = query(kHandoffAt);
        s.bind(5, handoff).bind(6, beforeEvent);
        std::optional<Timestamp> at;
        if (s.next())
            at = s.int64(0);
        s.finish();
        return at;
    }

    void tallyHandoffs()
    {
        Statement &created = query(kCreated);
        m_tally.leadsCreated = created.next() ? created.integer(0) : 0;
        created.finish();

        qint64 firstHandoff = std::numeric_limits<qint64>::max();
        Statement &handoffs = query(kHandoffs);
        while (handoffs.next()) {
            Handoff h{handoffs.int64(0), handoffs.int64(1), handoffs.optional<Timestamp>(3), handoffs.text(4),
                      std::nullopt};
            firstHandoff = std::min(firstHandoff, h.eventId);
            m_handoffs.insert(handoffs.int64(2), std::move(h));
            ++m_tally.handoffs;
        }

        // The first review decision after each hand-off of the period, wherever it falls.
        if (!m_handoffs.isEmpty()) {
            Statement &decisions = query(kDecisionsAfter);
            decisions.bind(5, firstHandoff);
            while (decisions.next()) {
                const auto h = m_handoffs.find(decisions.int64(2));
                if (h != m_handoffs.end() && !h->decidedAt && decisions.int64(0) > h->eventId)
                    h->decidedAt = decisions.int64(1);
            }
        }
        for (const Handoff &h : std::as_const(m_handoffs)) {
            if (h.decidedAt && (!h.deadline || *h.decidedAt <= *h.deadline)) {
                ++m_tally.slaInTime;
            } else if (h.decidedAt || (h.deadline && m_period.asof > *h.deadline)) {
                ++m_tally.slaFailed;
                m_tally.slaFailedLeads.append(h.leadId);
            }
        }

        // Review decisions of the period; a rejection's hand-off time is the hand-off's.
        struct Pending
        {
            qint64 handoff;
            Timestamp at;
        };
        QList<Pending> unresolved;
        for (const char *sql : {kAccepts, kRejects}) {
            const bool accepts = sql == kAccepts;
            Statement &decisions = query(sql);
            while (decisions.next()) {
                if (!accepts && decisions.int64(0) == 0)
                    continue; // a rejection of an accepted SAL or a disqualification
                ++(accepts ? m_tally.accepted : m_tally.rejected);
                const Timestamp at = decisions.int64(1);
                if (!decisions.isNull(2))
                    m_tally.reviewHours.append(span(decisions.int64(2), at, kMsPerHour));
                else
                    unresolved.append({decisions.int64(3), at});
            }
        }
        for (const Pending &p : std::as_const(unresolved)) {
            // The engine resolves these once the whole log is read: any hand-off event counts.
            if (const std::optional<Timestamp> handedOffAt = handoffAt(p.handoff, std::numeric_limits<qint64>::max()))
                m_tally.reviewHours.append(span(*handedOffAt, p.at, kMsPerHour));
        }
    }

    void tallyContacts()
    {
        struct Pending
        {
            qint64 event;
            qint64 handoff;
            Timestamp at;
            bool urgent;
        };
        QList<Pending> unresolved;
        const auto add = [this](Timestamp start, Timestamp at, bool urgent) {
            const double minutes = span(start, at, kMsPerMinute);
            m_tally.responseMinutes.append(minutes);
            (urgent ? m_tally.urgentResponseMinutes : m_tally.normalResponseMinutes).append(minutes);
        };
        Statement &s = query(kContacts);
        while (s.next()) {
            if (!s.isNull(2))
                add(s.int64(2), s.int64(1), s.int64(4) != 0);
            else
                unresolved.append({s.int64(0), s.int64(3), s.int64(1), s.int64(4) != 0});
        }
        // The engine knows only the hand-offs logged before the contact.
        for (const Pending &p : std::as_const(unresolved)) {
            if (const std::optional<Timestamp> start = handoffAt(p.handoff, p.event))
                add(*start, p.at, p.urgent);
        }
    }

    void tallyConversions()
    {
        struct LeadStages
        {
            bool crossed = false;
            bool firstCrossingInPeriod = false;
            bool crossedInPeriod = false;
            bool reachedSql = false;
            bool sqlInPeriod = false;
            bool reachedOpportunity = false;
            bool inOpportunity = false;
        };
        QByteArray leadId; // UTF-8: only open opportunities need the text
        LeadStages lead;
        const auto flush = [&]() {
            m_tally.mqls += lead.crossedInPeriod ? 1 : 0;
            if (lead.firstCrossingInPeriod) {
                ++m_tally.firstCrossed;
                m_tally.firstCrossedToSql += lead.reachedSql ? 1 : 0;
            }
            if (lead.sqlInPeriod) {
                ++m_tally.sqls;
                m_tally.sqlsToOpportunity += lead.reachedOpportunity ? 1 : 0;
            }
            if (lead.inOpportunity)
                m_tally.openOpportunityLeads.append(QString::fromUtf8(leadId));
        };
        Statement &s = query(kStages);
        while (s.next()) {
            QByteArray id = s.bytes(0);
            if (id != leadId) {
                flush();
                leadId = std::move(id);
                lead = LeadStages();
            }
            const qint64 bits = s.int64(1);
            const bool inPeriod = bits & kInPeriod;
            if (bits & kCrossing) {
                if (!lead.crossed)
                    lead.firstCrossingInPeriod = inPeriod;
                lead.crossed = true;
                lead.crossedInPeriod |= inPeriod;
            }
            lead.inOpportunity = bits & kToOpportunity;
            lead.reachedOpportunity |= lead.inOpportunity;
            lead.reachedSql |= bool(bits & kToSql);
            lead.sqlInPeriod |= (bits & kToSql) && inPeriod;
        }
        flush(); // the last lead (an empty one counts nothing)
    }

    void tallyOutcomes()
    {
        Statement &wins = query(kWins);
        while (wins.next()) {
            KpiTally::Win win{wins.text(0), wins.int64(1), wins.real(2), std::nullopt, wins.optional<Timestamp>(7)};
            if (wins.int64(3) != 0)
                win.lead = KpiLead{win.leadId, wins.text(4), wins.text(5), wins.int64(6)};
            m_tally.wins.append(std::move(win));
        }

        for (const char *sql : {kRejections, kLosses}) {
            Statement &rejections = query(sql);
            while (rejections.next()) {
                m_tally.losses += sql == kLosses ? 1 : 0;
                ++m_tally.rejectionsByReason[rejections.text(0)];
                ++m_tally.rejectionsByCampaign[rejections.text(1)]; // a lead not in the table: ''
                ++m_tally.rejectionsBySource[rejections.text(2)];
            }
        }

        for (const SpendRecord &s : CatalogStore(m_db).spend()) {
            if (s.at <= m_period.asof)
                m_tally.spend.append(SpendEntry{s.campaign, s.source, s.at, s.amount});
        }
    }

    Database &m_db;
    const KpiPeriod m_period;
    QByteArray m_undone;               // JSON array, empty when nothing is undone
    QHash<qint64, Handoff> m_handoffs; // the period's, by hand-off id
    KpiTally m_tally;
};

} // namespace

KpiReport queryKpis(Database &db, const KpiPeriod &period)
{
    return KpiQuery(db, period).run();
}

} // namespace baton
