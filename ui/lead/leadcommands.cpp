#include "leadcommands.h"

#include "leadhistory.h"

#include "common/leadactions.h"
#include "pipeline/moverules.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct CommandTr
{
    Q_DECLARE_TR_FUNCTIONS(LeadCommand)
};

QString label(LeadCommand command, const Lead &lead)
{
    switch (command) {
    case LeadCommand::Accept: return CommandTr::tr("Accept");
    case LeadCommand::Reject: return lead.stage == Stage::Sql ? CommandTr::tr("Disqualify…") : CommandTr::tr("Reject…");
    case LeadCommand::LogContact: return CommandTr::tr("Log contact…");
    case LeadCommand::Advance:
        return lead.stage == Stage::Sql ? CommandTr::tr("Open opportunity…") : CommandTr::tr("Advance to SQL");
    case LeadCommand::Win: return CommandTr::tr("Won…");
    case LeadCommand::Lose: return CommandTr::tr("Lost…");
    }
    return QString();
}

// The stage a command moves the lead to, as core's move rules know it.
std::optional<Stage> target(LeadCommand command, const Lead &lead)
{
    switch (command) {
    case LeadCommand::Reject: return Stage::Nurture;
    case LeadCommand::Win: return Stage::Won;
    case LeadCommand::Lose: return Stage::Lost;
    case LeadCommand::Advance:
        if (lead.stage == Stage::Sal)
            return Stage::Sql;
        if (lead.stage == Stage::Sql)
            return Stage::Opportunity;
        return std::nullopt;
    default: return std::nullopt;
    }
}
} // namespace

CommandState commandState(LeadCommand command, const Lead &lead, const LeadActions &actions)
{
    CommandState state;
    state.text = label(command, lead);
    state.whyNot = actions.whyNotDecide();
    if (!state.whyNot.isEmpty())
        return state;

    if (command == LeadCommand::LogContact) {
        state.enabled = true;
        return state;
    }

    if (command == LeadCommand::Accept) {
        if (lead.stage != Stage::Sal || lead.review != ReviewStatus::Pending) {
            state.whyNot = lead.stage == Stage::Sal
                               ? CommandTr::tr("This lead is already accepted.")
                               : CommandTr::tr("Only a SAL waiting for review can be accepted; this lead is in %1.")
                                     .arg(stageDisplayName(lead.stage));
            return state;
        }
    } else {
        state.to = target(command, lead);
        if (!state.to) {
            state.whyNot =
                CommandTr::tr(
                    "Only an accepted SAL (to SQL) or an SQL (to Opportunity) can advance; this lead is in %1.")
                    .arg(stageDisplayName(lead.stage));
            return state;
        }
        const MoveRule rule = classifyMove(lead.stage, lead.review, *state.to);
        if (!rule.allowed()) {
            state.whyNot = rule.refusal;
            return state;
        }
    }

    const std::optional<User> me = actions.currentUser();
    if (me && me->role == Role::SalesRep && !lead.owner.isEmpty() && lead.owner != me->id) {
        state.whyNot = CommandTr::tr("This lead belongs to %1: only its owner or a sales manager can decide on it.")
                           .arg(actorName(lead.owner, actions.pipeline().users()));
        return state;
    }
    state.enabled = true;
    return state;
}

} // namespace baton
