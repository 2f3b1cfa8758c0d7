#include "kpi/kpiengine.h"

#include <QJsonArray>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::KpiInput)
Q_DECLARE_METATYPE(baton::KpiPeriod)

namespace {

constexpr Timestamp T0 = 1767571200000; // 2026-01-05T00:00:00Z, a Monday
constexpr Timestamp hours(double h)
{
    return Timestamp(h * double(kMsPerHour));
}
constexpr Timestamp days(double d)
{
    return Timestamp(d * double(kMsPerDay));
}

// The week [T0, T0 + 7 d), judged at its end unless a row says otherwise.
KpiPeriod week(Timestamp asof = T0 + days(7))
{
    return {T0, T0 + days(7), asof};
}

// Writes a log the way the pipeline service does (payload keys of domain/event.h),
// so each row reads as the story it tells.
class Log
{
public:
    struct Handoff
    {
        QString lead;
        qint64 id = 0;
        Timestamp at = 0;
        Timestamp deadline = 0;
    };

    KpiInput input;

    qint64 add(const QString &lead, EventKind kind, Timestamp at, const QJsonObject &payload)
    {
        input.events.append(Event{m_nextId, lead, kind, at, u"ana"_s, payload});
        return m_nextId++;
    }
    void lead(const QString &id, Timestamp at, const QString &source = u"google_ads"_s,
              const QString &campaign = u"Q1 webinar"_s, bool knownToStorage = true)
    {
        add(id, EventKind::Created, at, {{u"source"_s, source}, {u"campaign"_s, campaign}});
        if (knownToStorage)
            input.leads.insert(id, KpiLead{id, source, campaign, at});
    }
    qint64 stage(const QString &lead, Timestamp at, const QString &from, const QString &to, bool crossing = false)
    {
        return add(lead, EventKind::StageChanged, at, {{u"from"_s, from}, {u"to"_s, to}, {u"crossing"_s, crossing}});
    }
    Handoff handOff(const QString &lead, Timestamp at, bool urgent = false)
    {
        Handoff h{lead, m_nextHandoff++, at, at + hours(48)};
        add(lead, EventKind::HandedOff, at,
            {{u"handoff"_s, h.id}, {u"to"_s, u"ana"_s}, {u"deadline"_s, h.deadline}, {u"urgent"_s, urgent}});
        stage(lead, at, u"mql"_s, u"sal"_s);
        return h;
    }
    qint64 accept(const Handoff &h, Timestamp at, bool system = false)
    {
        return add(h.lead, EventKind::Accepted, at,
                   {{u"handoff"_s, h.id}, {u"handed_off_at"_s, h.at}, {u"system"_s, system}});
    }
    qint64 reject(const Handoff &h, Timestamp at, const QString &reason = u"no_need"_s,
                  const QString &kind = u"reject"_s)
    {
        return add(h.lead, EventKind::Rejected, at, {{u"handoff"_s, h.id}, {u"reason"_s, reason}, {u"kind"_s, kind}});
    }
    qint64 disqualify(const QString &lead, Timestamp at, const QString &reason)
    {
        return add(lead, EventKind::Rejected, at, {{u"reason"_s, reason}, {u"kind"_s, u"disqualify"_s}});
    }
    // The demo bypass: one hand-off accepted by the system at the same instant, urgent.
    Handoff demo(const QString &lead, Timestamp at)
    {
        Handoff h = handOff(lead, at, true);
        accept(h, at, true);
        stage(lead, at, u"sal"_s, u"sql"_s);
        return h;
    }
    void escalate(const Handoff &h, Timestamp at)
    {
        add(h.lead, EventKind::Assigned, at,
            {{u"from"_s, u"ana"_s},
             {u"to"_s, u"bob"_s},
             {u"cause"_s, u"escalation"_s},
             {u"deadline"_s, at + hours(48)}});
    }
    void contact(const Handoff &h, Timestamp at, bool urgent = false)
    {
        add(h.lead, EventKind::FirstContact, at,
            {{u"handoff"_s, h.id}, {u"handed_off_at"_s, h.at}, {u"type"_s, u"call"_s}, {u"urgent"_s, urgent}});
    }
    void activity(const QString &lead, Timestamp at, const QString &type)
    {
        add(lead, EventKind::Activity, at, {{u"type"_s, type}});
    }
    void won(const QString &lead, Timestamp at, double amount)
    {
        add(lead, EventKind::Won, at, {{u"amount"_s, amount}});
        stage(lead, at, u"opportunity"_s, u"won"_s);
    }
    void lost(const QString &lead, Timestamp at, const QString &reason)
    {
        add(lead, EventKind::Lost, at, {{u"reason"_s, reason}});
        stage(lead, at, u"opportunity"_s, u"lost"_s);
    }
    qint64 undo(const QString &lead, Timestamp at, qint64 eventId)
    {
        return add(lead, EventKind::Undo, at, {{u"undoes"_s, eventId}});
    }
    void spend(const QString &campaign, const QString &source, Timestamp at, double amount)
    {
        input.spend.append({campaign, source, at, amount});
    }

private:
    qint64 m_nextId = 1;
    qint64 m_nextHandoff = 100;
};

// Wins and losses of a week, with spend and content (see winsLog rows for the arithmetic).
Log winsLog()
{
    Log log;
    log.lead(u"L1"_s, T0 - days(10));
    log.activity(u"L1"_s, T0 - days(5), u"content_download"_s);
    log.stage(u"L1"_s, T0 - days(2), u"sql"_s, u"opportunity"_s);
    log.won(u"L1"_s, T0 + days(2), 10000); // 12-day cycle, content before the win
    log.lead(u"L2"_s, T0 - hours(84), u"linkedin"_s, u"ABM"_s);
    log.stage(u"L2"_s, T0 - days(1), u"sql"_s, u"opportunity"_s);
    log.won(u"L2"_s, T0 + days(1), 5000);                                  // 4.5-day cycle
    log.activity(u"L2"_s, T0 + days(1) + hours(1), u"content_download"_s); // after the win: no credit
    log.lead(u"L3"_s, T0 - days(30));
    log.stage(u"L3"_s, T0 - days(3), u"sql"_s, u"opportunity"_s);
    log.lost(u"L3"_s, T0 + days(3), u"no_budget"_s);
    log.lead(u"L4"_s, T0 - days(30));
    log.won(u"L4"_s, T0 - days(1), 7777); // before the period
    log.lead(u"L5"_s, T0 - days(20));
    log.stage(u"L5"_s, T0 - days(5), u"sql"_s, u"opportunity"_s); // open
    log.lead(u"L6"_s, T0 - days(20));
    log.stage(u"L6"_s, T0 + days(2), u"sql"_s, u"opportunity"_s); // open
    log.spend(u"Q1 webinar"_s, u"google_ads"_s, T0 + hours(1), 3000);
    log.spend(u"ABM"_s, u"linkedin"_s, T0 + hours(2), 1000);
    log.spend(u"Retarget"_s, u"facebook"_s, T0 + hours(3), 600);
    log.spend(u"Q1 webinar"_s, u"google_ads"_s, T0 - hours(1), 999); // before the period
    return log;
}

// Rejections of every kind: reject, reject of an accepted SAL, disqualify, loss.
Log rejectionsLog()
{
    Log log;
    log.lead(u"L1"_s, T0);
    log.reject(log.handOff(u"L1"_s, T0 + hours(1)), T0 + hours(2), u"not_icp"_s);
    log.lead(u"L2"_s, T0, u"linkedin"_s, u"ABM"_s);
    const Log::Handoff h2 = log.handOff(u"L2"_s, T0 + hours(1));
    log.accept(h2, T0 + hours(2));
    log.reject(h2, T0 + hours(3), u"no_budget"_s, u"reject_accepted"_s);
    log.lead(u"L3"_s, T0, u"google_ads"_s, u"ABM"_s);
    log.disqualify(u"L3"_s, T0 + hours(4), u"no_budget"_s);
    log.lead(u"L4"_s, T0, u"organic"_s, u"Blog"_s);
    log.lost(u"L4"_s, T0 + hours(5), u"competitor"_s);
    log.lead(u"L5"_s, T0 - days(2));
    log.reject(log.handOff(u"L5"_s, T0 - days(2)), T0 - days(1), u"student"_s); // before the period
    log.lead(u"L6"_s, T0, u"linkedin"_s, u"ABM"_s);
    const qint64 undone = log.reject(log.handOff(u"L6"_s, T0 + hours(1)), T0 + hours(2), u"duplicate"_s);
    log.undo(u"L6"_s, T0 + hours(3), undone);
    log.lead(u"L7"_s, T0, u"partner"_s, u"Referral"_s, false); // attributed from its created event
    log.lost(u"L7"_s, T0 + hours(6), u"bad_timing"_s);
    return log;
}

// Every KPI row: a log, a period, a KPI id and its value (an invalid QVariant: null).
const QVariant null;

void addKpiColumns()
{
    QTest::addColumn<KpiInput>("input");
    QTest::addColumn<KpiPeriod>("period");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QVariant>("expected");
}

void row(const char *name, const Log &log, const KpiPeriod &period, const QString &kpi, const QVariant &expected)
{
    QTest::newRow(name) << log.input << period << kpi << expected;
}

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts() { verifyKpi(); }
    void sla_data();
    void sla() { verifyKpi(); }
    void responseTimes_data();
    void responseTimes() { verifyKpi(); }
    void conversion_data();
    void conversion() { verifyKpi(); }
    void wins_data();
    void wins() { verifyKpi(); }
    void rejections_data();
    void rejections() { verifyKpi(); }
    void toJson_data();
    void toJson();
    void ids_data();
    void ids();

private:
    void verifyKpi();
};

void TestKpi::counts_data()
{
    addKpiColumns();

    {
        Log empty;
        empty.spend(u"ABM"_s, u"linkedin"_s, T0 + hours(1), 1000);
        for (const QString &rate :
             {u"acceptance_rate"_s, u"sla_compliance"_s, u"median_review_hours"_s, u"median_first_response_minutes"_s,
              u"p95_first_response_minutes"_s, u"median_first_response_minutes_urgent"_s,
              u"median_first_response_minutes_normal"_s, u"mql_to_sql_rate"_s, u"sql_to_opportunity_rate"_s,
              u"win_rate"_s, u"avg_sales_cycle_days"_s, u"cost_per_customer"_s, u"pipeline_velocity"_s,
              u"content_assisted_close_rate"_s}) {
            QTest::addRow("%s is null over an empty log", qPrintable(rate)) << empty.input << week() << rate << null;
        }
        row("counts are zero over an empty log", empty, week(), u"handoffs"_s, 0);
        row("spend without wins is still summed", empty, week(), u"spend"_s, 1000.0);
    }
    {
        Log log;
        log.lead(u"L1"_s, T0 - 1);
        log.lead(u"L2"_s, T0);
        log.lead(u"L3"_s, T0 + days(7) - 1);
        log.lead(u"L4"_s, T0 + days(7));
        row("leads created counts [from, to), seen at a later asof", log, week(T0 + days(8)), u"leads_created"_s, 2);
    }
    {
        Log log;
        log.stage(u"L1"_s, T0 + hours(1), u"new"_s, u"mql"_s, true);
        log.stage(u"L1"_s, T0 + days(3), u"nurture"_s, u"mql"_s, true); // crosses again: still one lead
        log.stage(u"L2"_s, T0 - hours(1), u"new"_s, u"mql"_s, true);    // before the period
        log.stage(u"L3"_s, T0 + hours(2), u"new"_s, u"mql"_s);          // manual qualify, no crossing
        log.stage(u"L4"_s, T0 + hours(3), u"new"_s, u"mql"_s, true);
        row("mqls counts distinct leads crossing in period", log, week(), u"mqls"_s, 2);
    }
    {
        Log log;
        const Log::Handoff a = log.handOff(u"L1"_s, T0 + hours(1));
        log.accept(a, T0 + hours(2));
        log.reject(log.handOff(u"L2"_s, T0 + hours(1)), T0 + hours(3));
        log.demo(u"L3"_s, T0 + hours(4));
        log.accept(log.handOff(u"L4"_s, T0 - days(2)), T0 - days(1)); // before the period
        log.reject(a, T0 + hours(5), u"no_budget"_s, u"reject_accepted"_s);
        log.disqualify(u"L3"_s, T0 + hours(6), u"no_need"_s);
        row("handoffs include the demo bypass", log, week(), u"handoffs"_s, 3);
        row("accepted includes the system's accept", log, week(), u"accepted"_s, 2);
        row("rejected counts only rejects of a pending SAL", log, week(), u"rejected"_s, 1);
        row("acceptance rate is accepted over decisions", log, week(), u"acceptance_rate"_s, 2.0 / 3.0);
    }
    {
        Log log;
        const Log::Handoff h = log.handOff(u"L1"_s, T0 + hours(1));
        const qint64 accept = log.accept(h, T0 + hours(2));
        const qint64 undo = log.undo(u"L1"_s, T0 + hours(3), accept);
        row("an undone accept is no decision", log, week(), u"accepted"_s, 0);
        row("an undone accept leaves the acceptance rate null", log, week(), u"acceptance_rate"_s, null);
        row("an undo after asof is ignored", log, week(T0 + hours(2)), u"accepted"_s, 1);
        log.undo(u"L1"_s, T0 + hours(4), undo);
        row("undoing the undo restores the accept", log, week(), u"accepted"_s, 1);
    }
    {
        Log log;
        log.accept(log.handOff(u"L1"_s, T0 + hours(1)), T0 + hours(10));
        row("a decision after asof is ignored", log, week(T0 + hours(5)), u"accepted"_s, 0);
        row("a pending hand-off before asof still counts", log, week(T0 + hours(5)), u"handoffs"_s, 1);
    }
}

void TestKpi::sla_data()
{
    addKpiColumns();
    // SLA compliance: the first deadline of each hand-off made in period.
    {
        Log atDeadline, late, pendingPast, pendingWithin, pendingAtDeadline, escalated, recycled, rejectedInTime;
        const Log::Handoff a = atDeadline.handOff(u"L1"_s, T0 + hours(1));
        atDeadline.accept(a, a.deadline);
        row("a decision exactly at the deadline is in time", atDeadline, week(), u"sla_compliance"_s, 1.0);
        const Log::Handoff b = late.handOff(u"L1"_s, T0 + hours(1));
        late.accept(b, b.deadline + 1);
        row("a decision 1 ms after the deadline is late", late, week(), u"sla_compliance"_s, 0.0);
        pendingPast.handOff(u"L1"_s, T0 + hours(1));
        row("a hand-off pending past its deadline fails", pendingPast, week(), u"sla_compliance"_s, 0.0);
        pendingWithin.handOff(u"L1"_s, T0 + days(6));
        row("a hand-off pending before its deadline is not judged", pendingWithin, week(), u"sla_compliance"_s, null);
        const Log::Handoff c = pendingAtDeadline.handOff(u"L1"_s, T0 + hours(1));
        row("a hand-off pending at its deadline is not judged", pendingAtDeadline, week(c.deadline),
            u"sla_compliance"_s, null);
        const Log::Handoff d = escalated.handOff(u"L1"_s, T0 + hours(1));
        escalated.escalate(d, d.at + hours(96));
        escalated.accept(d, d.at + hours(100)); // within the escalation's fresh deadline
        row("an escalation does not move the deadline", escalated, week(), u"sla_compliance"_s, 0.0);
        const Log::Handoff e = recycled.handOff(u"L1"_s, T0 + hours(1));
        recycled.add(u"L1"_s, EventKind::Recycled, T0 + days(5), {{u"from"_s, u"sal"_s}, {u"handoff"_s, e.id}});
        row("a hand-off recycled without a decision fails", recycled, week(), u"sla_compliance"_s, 0.0);
        const Log::Handoff f = rejectedInTime.handOff(u"L1"_s, T0 + hours(1));
        rejectedInTime.reject(f, f.at + hours(47));
        row("a reject in time is a decision in time", rejectedInTime, week(), u"sla_compliance"_s, 1.0);
        Log reaccepted;
        const Log::Handoff g = reaccepted.handOff(u"L1"_s, T0 + hours(1));
        reaccepted.undo(u"L1"_s, g.deadline + 1, reaccepted.accept(g, g.deadline - 1));
        reaccepted.accept(g, g.deadline + 2);
        row("an accept undone and made again after the deadline is late", reaccepted, week(), u"sla_compliance"_s, 0.0);
        Log twice;
        const Log::Handoff k = twice.handOff(u"L1"_s, T0 + hours(1));
        twice.accept(k, k.deadline);
        twice.reject(k, k.deadline + 1);
        row("only the first decision of a hand-off is judged", twice, week(), u"sla_compliance"_s, 1.0);
    }
    {
        Log log;
        log.accept(log.handOff(u"L1"_s, T0 + hours(1)), T0 + hours(2));  // in time
        log.accept(log.handOff(u"L2"_s, T0 + hours(1)), T0 + hours(60)); // late
        log.handOff(u"L3"_s, T0 + hours(1));                             // pending past the deadline
        log.handOff(u"L4"_s, T0 + days(6));                              // pending within it
        log.demo(u"L5"_s, T0 + hours(3));                                // in time by construction
        log.accept(log.handOff(u"L6"_s, T0 - days(3)), T0 + hours(1));   // made before the period
        row("sla compliance judges only hand-offs made in period", log, week(), u"sla_compliance"_s, 2.0 / 4.0);
    }
}

void TestKpi::responseTimes_data()
{
    addKpiColumns();
    // Review time.
    {
        Log log;
        log.accept(log.handOff(u"L1"_s, T0 + hours(1)), T0 + hours(3));
        log.reject(log.handOff(u"L2"_s, T0 + hours(1)), T0 + hours(11)); // found through the hand-off id
        log.accept(log.handOff(u"L3"_s, T0 + hours(1)), T0 + hours(31));
        log.accept(log.handOff(u"L4"_s, T0 - hours(4)), T0 + hours(1)); // hand-off before the period
        row("median review hours over decisions in period", log, week(), u"median_review_hours"_s, (5.0 + 10.0) / 2);
    }
    {
        Log bypass, pendingDemo;
        bypass.demo(u"L1"_s, T0 + hours(1));
        row("a demo bypass takes zero review hours", bypass, week(), u"median_review_hours"_s, 0.0);
        row("a demo bypass meets the review SLA", bypass, week(), u"sla_compliance"_s, 1.0);
        const Log::Handoff h = pendingDemo.handOff(u"L1"_s, T0 + hours(1));
        pendingDemo.accept(h, T0 + hours(4), true); // demo on a pending SAL accepts that hand-off
        row("a demo on a pending SAL is timed from the original hand-off", pendingDemo, week(),
            u"median_review_hours"_s, 3.0);
        row("a demo on a pending SAL is no second hand-off", pendingDemo, week(), u"handoffs"_s, 1);
    }

    // First response: minutes 2 and 4 urgent; 10, 30, 60 and 120 normal.
    {
        Log log;
        int n = 0;
        for (const double minutes : {10.0, 30.0, 60.0, 120.0}) {
            ++n;
            const Log::Handoff h = log.handOff(u"N%1"_s.arg(n), T0 + hours(n));
            log.contact(h, h.at + Timestamp(minutes * kMsPerMinute));
        }
        for (const double minutes : {2.0, 4.0}) {
            ++n;
            const Log::Handoff h = log.demo(u"U%1"_s.arg(n), T0 + hours(n));
            log.contact(h, h.at + Timestamp(minutes * kMsPerMinute), true);
        }
        log.contact(log.handOff(u"X"_s, T0 - days(1)), T0 - hours(1)); // before the period
        row("median first response over all contacts", log, week(), u"median_first_response_minutes"_s, 20.0);
        row("p95 first response interpolates at rank 4.75", log, week(), u"p95_first_response_minutes"_s, 105.0);
        row("urgent first response is the demo bypasses'", log, week(), u"median_first_response_minutes_urgent"_s, 3.0);
        row("normal first response excludes urgent ones", log, week(), u"median_first_response_minutes_normal"_s, 45.0);
    }
}

void TestKpi::conversion_data()
{
    addKpiColumns();
    // Conversion cohorts, judged at asof = T0 + 10 d.
    {
        Log log;
        log.stage(u"L1"_s, T0 + hours(1), u"new"_s, u"mql"_s, true);
        log.stage(u"L1"_s, T0 + days(2), u"sal"_s, u"sql"_s);
        log.stage(u"L2"_s, T0 + hours(2), u"new"_s, u"mql"_s, true);
        log.stage(u"L2"_s, T0 + days(8), u"sal"_s, u"sql"_s);        // after the period, before asof
        log.stage(u"L3"_s, T0 + hours(3), u"new"_s, u"mql"_s, true); // never reaches sql
        log.stage(u"L4"_s, T0 - days(3), u"new"_s, u"mql"_s, true);  // first crossing before the period
        log.stage(u"L4"_s, T0 + days(1), u"nurture"_s, u"mql"_s, true);
        log.stage(u"L4"_s, T0 + days(2), u"sal"_s, u"sql"_s);
        log.stage(u"L5"_s, T0 + hours(5), u"new"_s, u"mql"_s, true);
        log.stage(u"L5"_s, T0 + days(11), u"sal"_s, u"sql"_s); // after asof
        log.stage(u"L1"_s, T0 + days(3), u"sql"_s, u"opportunity"_s);
        log.stage(u"L6"_s, T0 - days(1), u"sal"_s, u"sql"_s); // sql before the period
        log.stage(u"L6"_s, T0 + days(1), u"sql"_s, u"opportunity"_s);
        log.stage(u"L7"_s, T0 + days(1), u"sal"_s, u"sql"_s);
        log.stage(u"L7"_s, T0 + days(9), u"sql"_s, u"opportunity"_s); // after the period, before asof
        const KpiPeriod period = week(T0 + days(10));
        row("mql to sql follows leads first crossing in period", log, period, u"mql_to_sql_rate"_s, 2.0 / 4.0);
        row("sql to opportunity follows leads reaching sql in period", log, period, u"sql_to_opportunity_rate"_s,
            2.0 / 3.0);
    }
}

void TestKpi::wins_data()
{
    addKpiColumns();
    // Wins (winsLog): wins L1 10000 (12 d, google_ads), L2 5000 (4.5 d, linkedin); L3 lost;
    // spend 3000 google_ads + 1000 linkedin + 600 facebook; open opportunities L5, L6.
    {
        const Log log = winsLog();
        row("win rate is won over closes in period", log, week(), u"win_rate"_s, 2.0 / 3.0);
        row("sales cycle is the mean days from creation to win", log, week(), u"avg_sales_cycle_days"_s, 8.25);
        row("revenue sums wins in period", log, week(), u"revenue_won"_s, 15000.0);
        row("revenue by source", log, week(), u"revenue_by_source.google_ads"_s, 10000.0);
        row("revenue by campaign", log, week(), u"revenue_by_campaign.ABM"_s, 5000.0);
        row("spend sums entries in period", log, week(), u"spend"_s, 4600.0);
        row("cost per customer is spend over wins", log, week(), u"cost_per_customer"_s, 2300.0);
        row("cost per customer of a source", log, week(), u"cost_per_customer_by_source.linkedin"_s, 1000.0);
        row("cost per customer of a source without wins is null", log, week(),
            u"cost_per_customer_by_source.facebook"_s, null);
        row("open opportunities are leads whose latest stage is opportunity", log, week(), u"open_opportunities"_s, 2);
        row("pipeline velocity is open x win rate x average won / cycle", log, week(), u"pipeline_velocity"_s,
            2 * (2.0 / 3.0) * 7500.0 / 8.25);
        row("content assisted close counts downloads at or before the win", log, week(),
            u"content_assisted_close_rate"_s, 0.5);
    }
    {
        Log noWins, instantWin, nothingOpen;
        noWins.stage(u"L1"_s, T0, u"sql"_s, u"opportunity"_s);
        noWins.lost(u"L2"_s, T0 + hours(1), u"no_budget"_s);
        row("a win rate of zero is not null", noWins, week(), u"win_rate"_s, 0.0);
        row("pipeline velocity is null without wins", noWins, week(), u"pipeline_velocity"_s, null);
        instantWin.lead(u"L1"_s, T0 + hours(1));
        instantWin.won(u"L1"_s, T0 + hours(1), 100);
        instantWin.stage(u"L2"_s, T0, u"sql"_s, u"opportunity"_s);
        row("pipeline velocity is null with a zero-day cycle", instantWin, week(), u"pipeline_velocity"_s, null);
        nothingOpen.lead(u"L1"_s, T0);
        nothingOpen.won(u"L1"_s, T0 + days(1), 100);
        row("pipeline velocity is zero with nothing open", nothingOpen, week(), u"pipeline_velocity"_s, 0.0);
    }
}

void TestKpi::rejections_data()
{
    addKpiColumns();
    // Rejections (rejectionsLog): not_icp reject, no_budget reject_accepted and disqualify,
    // competitor and bad_timing losses; a student reject before the period; an undone duplicate.
    {
        const Log log = rejectionsLog();
        row("rejections total every kind and losses", log, week(), u"rejections_by_reason"_s, 5);
        row("rejections of a reason", log, week(), u"rejections_by_reason.no_budget"_s, 2);
        row("a loss is a rejection by reason", log, week(), u"rejections_by_reason.competitor"_s, 1);
        row("a rejection before the period is not counted", log, week(), u"rejections_by_reason.student"_s, 0);
        row("an undone rejection is not counted", log, week(), u"rejections_by_reason.duplicate"_s, 0);
        row("rejections by campaign", log, week(), u"rejections_by_campaign.ABM"_s, 2);
        row("rejections by source", log, week(), u"rejections_by_source.google_ads"_s, 2);
        row("a lead unknown to storage is attributed from its creation", log, week(), u"rejections_by_source.partner"_s,
            1);
        row("only the pending SAL's reject is a review rejection", log, week(), u"rejected"_s, 1);
    }
}

void TestKpi::verifyKpi()
{
    QFETCH(KpiInput, input);
    QFETCH(KpiPeriod, period);
    QFETCH(QString, kpi);
    QFETCH(QVariant, expected);

    QVERIFY2(KpiReport::isKpiId(kpi), qPrintable(kpi));
    const std::optional<double> actual = computeKpis(input, period).value(kpi);
    if (!expected.isValid()) {
        QVERIFY2(!actual, qPrintable(u"expected null, got "_s + QString::number(actual.value_or(0))));
        return;
    }
    QVERIFY2(actual, "expected a number, got null");
    QCOMPARE(*actual, expected.toDouble());
}

void TestKpi::toJson_data()
{
    QTest::addColumn<KpiInput>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const KpiInput empty;
    const KpiInput wins = winsLog().input;
    QTest::addRow("an empty rate is null") << empty << u"kpis/acceptance_rate"_s << QJsonValue(QJsonValue::Null);
    QTest::addRow("an empty median is null") << empty << u"kpis/median_review_hours"_s << QJsonValue(QJsonValue::Null);
    QTest::addRow("an empty count is zero") << empty << u"kpis/handoffs"_s << QJsonValue(0);
    QTest::addRow("a rate is a number") << wins << u"kpis/win_rate"_s << QJsonValue(2.0 / 3.0);
    QTest::addRow("the period is kept") << wins << u"period/from"_s << QJsonValue(T0);
    QTest::addRow("a breakdown is an object") << wins << u"revenue_by_source/linkedin"_s << QJsonValue(5000);
    QTest::addRow("a breakdown's empty rate is null")
        << wins << u"cost_per_customer_by_source/facebook"_s << QJsonValue(QJsonValue::Null);
    QTest::addRow("rejections by reason is an object")
        << rejectionsLog().input << u"rejections_by_reason/no_budget"_s << QJsonValue(2);
}

void TestKpi::toJson()
{
    QFETCH(KpiInput, input);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    QJsonValue actual = computeKpis(input, week()).toJson();
    for (const QString &key : path.split(u'/')) {
        QVERIFY2(actual.isObject(), qPrintable(key));
        QVERIFY2(actual.toObject().contains(key), qPrintable(key));
        actual = actual.toObject().value(key);
    }
    QCOMPARE(actual.type(), expected.type());
    QCOMPARE(actual, expected);
}

void TestKpi::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    for (const char *id : {"leads_created",
                           "mqls",
                           "handoffs",
                           "accepted",
                           "rejected",
                           "acceptance_rate",
                           "sla_compliance",
                           "median_review_hours",
                           "median_first_response_minutes",
                           "p95_first_response_minutes",
                           "median_first_response_minutes_urgent",
                           "median_first_response_minutes_normal",
                           "mql_to_sql_rate",
                           "sql_to_opportunity_rate",
                           "win_rate",
                           "avg_sales_cycle_days",
                           "revenue_won",
                           "cost_per_customer",
                           "pipeline_velocity",
                           "content_assisted_close_rate",
                           "rejections_by_reason"}) {
        QTest::addRow("%s is a KPI of the product table", id) << QString::fromLatin1(id) << true;
    }
    QTest::addRow("a reason of rejections_by_reason is a KPI") << u"rejections_by_reason.not_icp"_s << true;
    QTest::addRow("a campaign name may contain dots") << u"revenue_by_campaign.v1.2 launch"_s << true;
    QTest::addRow("an unknown id is not a KPI") << u"happiness"_s << false;
    QTest::addRow("a breakdown without a key is not a KPI") << u"rejections_by_reason."_s << false;
    QTest::addRow("a key of a scalar is not a KPI") << u"win_rate.google_ads"_s << false;
}

void TestKpi::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QCOMPARE(KpiReport::isKpiId(id), known);
    QCOMPARE(KpiReport::kpiIds().contains(id), known && !id.contains(u'.'));
    // A known scalar always has a place in toJson(); an unknown id has no value at all.
    if (!known)
        QVERIFY(!KpiReport().value(id));
    else if (!id.contains(u'.'))
        QVERIFY(KpiReport().toJson().value(u"kpis"_s).toObject().contains(id));
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
