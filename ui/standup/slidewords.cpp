// Each slide's title, the line under it, and its empty state.
#include "slidepainter.h"
#include "standuptext.h"

#include <QCoreApplication>

namespace baton::standup {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Standup)
};

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>; // clang before 17 deduces no aggregate template

} // namespace

QString slideTitle(const StandupSlide &slide)
{
    return std::visit(Overloaded{
                          [](const StandupWeekSlide &) { return Tr::tr("Last week in numbers"); },
                          [](const StandupHotSlide &) { return Tr::tr("Hottest leads"); },
                          [](const StandupStuckSlide &) { return Tr::tr("Stuck deals"); },
                          [](const StandupBreachSlide &) { return Tr::tr("SLA breaches"); },
                          [](const StandupFeedbackSlide &) { return Tr::tr("Rejection feedback"); },
                          [](const StandupTargetSlide &) { return Tr::tr("KPIs against targets"); },
                          [](const StandupWinSlide &) { return Tr::tr("Wins to celebrate"); },
                      },
                      slide);
}

QString slideSubtitle(const StandupSlide &slide)
{
    return std::visit(
        Overloaded{
            [](const StandupWeekSlide &s) {
                return Tr::tr("%1, against the week before (%2)").arg(weekText(s.lastWeek), weekText(s.weekBefore));
            },
            [](const StandupHotSlide &s) {
                return s.total == 1
                           ? Tr::tr("Open leads by score · 1 lead scores %1 or more").arg(s.mqlThreshold)
                           : Tr::tr("Open leads by score · %1 leads score %2 or more").arg(s.total).arg(s.mqlThreshold);
            },
            [](const StandupStuckSlide &s) {
                return s.total == 1 ? Tr::tr("Longest in SAL, SQL or Opportunity · 1 open deal")
                                    : Tr::tr("Longest in SAL, SQL or Opportunity · %1 open deals").arg(s.total);
            },
            [](const StandupBreachSlide &s) {
                const QString what =
                    Tr::tr("Hand-offs not decided by their review deadline · last week %1").arg(weekText(s.lastWeek));
                return s.total > s.breaches.size()
                           ? Tr::tr("%1 · %2 of %3, most overdue first").arg(what).arg(s.breaches.size()).arg(s.total)
                           : what;
            },
            [](const StandupFeedbackSlide &s) {
                return Tr::tr("Why sales turned leads down last week · %1").arg(weekText(s.lastWeek));
            },
            [](const StandupTargetSlide &s) {
                if (s.isEmpty())
                    return Tr::tr("No KPI has data yet: they appear once leads are handed off and decided");
                return Tr::tr("%1 of %2 KPIs on target · up to the end of last week, %3")
                    .arg(s.onTarget())
                    .arg(s.targets.size())
                    .arg(weekText(s.lastWeek));
            },
            [](const StandupWinSlide &s) { return Tr::tr("Last week · %1").arg(weekText(s.lastWeek)); },
        },
        slide);
}

std::optional<SlideEmptyState> slideEmptyState(const StandupSlide &slide)
{
    const QString good = QStringLiteral("✓");
    const QString none = QStringLiteral("○");
    return std::visit(
        Overloaded{
            [&](const StandupWeekSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{none, Tone::Neutral, Tr::tr("A quiet fortnight"),
                                       Tr::tr("No leads, MQLs, hand-offs, decisions or wins in the last two weeks.")};
            },
            [&](const StandupHotSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{
                    none, Tone::Neutral, Tr::tr("No hot leads right now"),
                    Tr::tr("No open lead scores %1 or more, the MQL threshold.").arg(s.mqlThreshold)};
            },
            [&](const StandupStuckSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{good, Tone::Good, Tr::tr("No stuck deals"),
                                       Tr::tr("No lead is waiting in SAL, SQL or Opportunity right now.")};
            },
            [&](const StandupBreachSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{
                    good, Tone::Good, Tr::tr("No SLA breaches last week"),
                    Tr::tr("Every hand-off was decided by its review deadline, and none is overdue now.")};
            },
            [&](const StandupFeedbackSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{good, Tone::Good, Tr::tr("No rejections last week"),
                                       Tr::tr("No lead was rejected, disqualified or lost.")};
            },
            [&](const StandupTargetSlide &) -> std::optional<SlideEmptyState> {
                return std::nullopt; // the targets stand even without data: each row says "No data"
            },
            [&](const StandupWinSlide &s) -> std::optional<SlideEmptyState> {
                if (!s.isEmpty())
                    return std::nullopt;
                return SlideEmptyState{none, Tone::Neutral, Tr::tr("No wins last week"),
                                       Tr::tr("No deal was won in the week of %1.").arg(weekText(s.lastWeek))};
            },
        },
        slide);
}

} // namespace baton::standup
