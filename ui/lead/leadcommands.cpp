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
using Tr = CommandTr;

QString label(LeadCommand command, const Lead &lead)
{
    switch (command) {
    case LeadCommand::Accept: return Tr::tr("Accept");
    case LeadCommand::Reject: return lead.stage == Stage::Sql ? Tr::tr("Disqualify…") : Tr::tr("Reject…");
    case LeadCommand::LogContact: return Tr::tr("Log contact…");
    case LeadCommand::Advance: return lead.stage == Stage::Sql ? Tr::tr("Open opportunity…") : Tr::tr("Advance to SQL");
    case LeadCommand::Win: return Tr::tr("Won…");
    case LeadCommand::Lose: return Tr::tr("Lost…");
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
                ? Tr::tr("This lead is already accepted.")
                : Tr::tr("Only a SAL waiting for review can be accepted; this lead is in %1.").arg(stageDisplayName(lead.stage));
            return state;
        }
    } else {
        state.to = target(command, lead);
        if (!state.to) {
            state.whyNot = Tr::tr("Only an accepted SAL (to SQL) or an SQL (to Opportunity) can advance; this lead is in %1.")
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
        state.whyNot = Tr::tr("This lead belongs to %1: only its owner or a sales manager can decide on it.")
                           .arg(actorName(lead.owner, actions.pipeline().users()));
        return state;
    }
    state.enabled = true;
    return state;
}

} // namespace baton
