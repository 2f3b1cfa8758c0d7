#pragma once

// A hand-written event log plus the current state of its leads, for the stand-up deck
// tests: each helper writes what the pipeline service writes (payload keys of domain/event.h).
#include "kpi/standupdeck.h"

#include <QJsonObject>
#include <QStringList>

namespace standupdecktest {

using namespace baton;
using namespace Qt::StringLiterals;

inline constexpr Timestamp T0 = 1767571200000; // 2026-01-05T00:00:00Z, a Monday: the week before
constexpr Timestamp hours(double h)
{
    return Timestamp(h * double(kMsPerHour));
}
constexpr Timestamp days(double d)
{
    return Timestamp(d * double(kMsPerDay));
}
inline constexpr Timestamp LW = T0 + days(7);                // last week: Monday 12 January
inline constexpr Timestamp ASOF = T0 + days(16) + hours(12); // Wednesday 21 January, noon

// A log written the way the pipeline service writes it (payload keys of domain/event.h),
// plus the current state of the leads it names.
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
    StandupSource source;

    Log()
    {
        source.userNames = {{u"ana"_s, u"Ana Ruiz"_s}, {u"bob"_s, u"Bob Stone"_s}};
        source.reasonLabels = {{u"no_need"_s, u"No need or interest"_s},
                               {u"no_budget"_s, u"No budget"_s},
                               {u"not_icp"_s, u"Not our ideal customer"_s},
                               {u"bad_timing"_s, u"Bad timing"_s}};
    }

    qint64 add(const QString &lead, EventKind kind, Timestamp at, const QJsonObject &payload,
               const QString &actor = u"ana"_s)
    {
        input.events.append(Event{m_nextId, lead, kind, at, actor, payload});
        return m_nextId++;
    }
    void lead(const QString &id, Timestamp at, Stage stage = Stage::New, int score = 0, Timestamp stageSince = 0,
              const QString &owner = QString())
    {
        add(id, EventKind::Created, at, {});
        input.leads.insert(id, KpiLead{id, u"web"_s, u"Q1"_s, at});
        source.leads.insert(id, StandupLead{id, u"Lead "_s + id, u"Co "_s + id, stage, stageSince ? stageSince : at,
                                            owner, score, std::nullopt});
    }
    qint64 stage(const QString &lead, Timestamp at, const QString &from, const QString &to, bool crossing = false)
    {
        return add(lead, EventKind::StageChanged, at, {{u"from"_s, from}, {u"to"_s, to}, {u"crossing"_s, crossing}});
    }
    Handoff handOff(const QString &lead, Timestamp at, const QString &rep = u"ana"_s, bool urgent = false)
    {
        Handoff h{lead, m_nextHandoff++, at, at + hours(48)};
        add(lead, EventKind::HandedOff, at,
            {{u"handoff"_s, h.id}, {u"to"_s, rep}, {u"deadline"_s, h.deadline}, {u"urgent"_s, urgent}});
        stage(lead, at, u"mql"_s, u"sal"_s);
        return h;
    }
    qint64 accept(const Handoff &h, Timestamp at, const QString &rep = u"ana"_s)
    {
        return add(h.lead, EventKind::Accepted, at,
                   {{u"handoff"_s, h.id}, {u"rep"_s, rep}, {u"handed_off_at"_s, h.at}});
    }
    qint64 reject(const Handoff &h, Timestamp at, const QString &reason, const QString &comment = QString())
    {
        return add(h.lead, EventKind::Rejected, at,
                   {{u"handoff"_s, h.id},
                    {u"rep"_s, u"ana"_s},
                    {u"reason"_s, reason},
                    {u"comment"_s, comment},
                    {u"kind"_s, u"reject"_s}});
    }
    void escalate(const Handoff &h, Timestamp at, const QString &to)
    {
        add(h.lead, EventKind::Assigned, at, {{u"from"_s, u"ana"_s}, {u"to"_s, to}, {u"cause"_s, u"escalation"_s}});
    }
    void recycle(const Handoff &h, Timestamp at)
    {
        add(h.lead, EventKind::Recycled, at, {{u"from"_s, u"sal"_s}, {u"handoff"_s, h.id}}, u"system"_s);
    }
    void won(const QString &lead, Timestamp at, double amount, const QString &actor = u"ana"_s)
    {
        add(lead, EventKind::Won, at, {{u"amount"_s, amount}}, actor);
        stage(lead, at, u"opportunity"_s, u"won"_s);
    }
    void lost(const QString &lead, Timestamp at, const QString &reason, const QString &comment = QString())
    {
        add(lead, EventKind::Lost, at, {{u"reason"_s, reason}, {u"comment"_s, comment}});
    }
    qint64 undo(const QString &lead, Timestamp at, qint64 eventId)
    {
        return add(lead, EventKind::Undo, at, {{u"undoes"_s, eventId}});
    }

    StandupDeck deck(std::optional<Timestamp> since = std::nullopt, Timestamp asof = ASOF) const
    {
        return buildStandupDeck(input, source, asof, since);
    }

private:
    qint64 m_nextId = 1;
    qint64 m_nextHandoff = 100;
};

template<typename Slide>
Slide slideOf(const StandupDeck &deck)
{
    for (const StandupSlide &s : deck.slides) {
        if (const auto *slide = std::get_if<Slide>(&s))
            return *slide;
    }
    qFatal("slide missing");
}

inline QStringList leadIds(const QList<StandupLeadRow> &rows)
{
    QStringList ids;
    for (const StandupLeadRow &r : rows)
        ids << r.leadId;
    return ids;
}

// Two weeks with something of every count: see the rows of weekFigures for the arithmetic.
inline Log weeksLog()
{
    Log log;
    for (int i = 0; i < 3; ++i) // 3 leads the week before, 5 last week
        log.lead(u"B%1"_s.arg(i), T0 + days(i));
    for (int i = 0; i < 5; ++i)
        log.lead(u"A%1"_s.arg(i), LW + days(i));
    log.stage(u"B0"_s, T0 + hours(1), u"new"_s, u"mql"_s, true);
    log.stage(u"A0"_s, LW + hours(1), u"new"_s, u"mql"_s, true);
    log.stage(u"A1"_s, LW + days(1) + hours(1), u"new"_s, u"mql"_s, true);
    const Log::Handoff b0 = log.handOff(u"B0"_s, T0 + hours(2));
    log.accept(b0, T0 + hours(3));
    log.stage(u"B0"_s, T0 + hours(4), u"sal"_s, u"sql"_s);
    const Log::Handoff a0 = log.handOff(u"A0"_s, LW + hours(2));
    const Log::Handoff a1 = log.handOff(u"A1"_s, LW + days(1) + hours(2));
    log.reject(a0, LW + hours(5), u"no_need"_s);
    log.accept(a1, LW + days(2));
    log.stage(u"A1"_s, LW + days(2) + hours(1), u"sal"_s, u"sql"_s);
    log.won(u"B0"_s, LW + days(3), 5000);
    return log;
}

// Everything a deck shows, as text, so two decks compare in one QCOMPARE.
inline QString describe(const StandupDeck &deck)
{
    QStringList out;
    const auto opt = [](std::optional<double> v) { return v ? QString::number(*v) : u"null"_s; };
    out << u"marker %1 %2 %3 %4"_s.arg(deck.marker.handoffs)
               .arg(deck.marker.decisions)
               .arg(deck.marker.breaches)
               .arg(deck.marker.wins);
    for (const StandupSlide &slide : deck.slides) {
        if (const auto *s = std::get_if<StandupWeekSlide>(&slide))
            for (const StandupWeekFigure &f : s->figures)
                out << u"%1 %2 %3"_s.arg(f.id).arg(f.lastWeek).arg(f.weekBefore);
        if (const auto *s = std::get_if<StandupHotSlide>(&slide))
            out << u"hot %1 %2"_s.arg(s->total).arg(leadIds(s->leads).join(u','));
        if (const auto *s = std::get_if<StandupStuckSlide>(&slide))
            out << u"stuck %1 %2"_s.arg(s->total).arg(leadIds(s->deals).join(u','));
        if (const auto *s = std::get_if<StandupBreachSlide>(&slide))
            for (const StandupBreach &b : s->breaches)
                out << u"breach %1 %2 %3 %4"_s.arg(b.leadId, b.repName).arg(b.lateMs).arg(b.pending);
        if (const auto *s = std::get_if<StandupFeedbackSlide>(&slide)) {
            out << u"feedback %1 other %2"_s.arg(s->total).arg(s->otherReasons);
            for (const StandupComment &c : s->comments)
                out << u"comment %1 %2"_s.arg(c.leadId, c.comment);
        }
        if (const auto *s = std::get_if<StandupTargetSlide>(&slide))
            for (const StandupTarget &t : s->targets)
                out << u"%1 %2 %3"_s.arg(t.kpiId, opt(t.value)).arg(int(t.status));
        if (const auto *s = std::get_if<StandupWinSlide>(&slide))
            for (const StandupWin &w : s->wins)
                out << u"win %1 %2 %3"_s.arg(w.leadId, w.repName).arg(w.amount);
    }
    return out.join(u'\n');
}

} // namespace standupdecktest
