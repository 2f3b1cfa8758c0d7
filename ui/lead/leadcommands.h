#pragma once

#include "domain/lead.h"
#include "domain/user.h"

#include <QList>
#include <QString>

#include <optional>

namespace baton {

class LeadActions;

// The sales actions of the lead pane and the triage queue.
enum class LeadCommand { Accept, Reject, LogContact, Advance, Win, Lose };

// Whether a command is available on a lead for the signed-in user, what its button
// says, and (when it is not available) why, for the disabled button's tooltip.
struct CommandState
{
    bool enabled = false;
    QString text;            // "Accept", "Disqualify…", "Advance to SQL", "Open opportunity…"
    QString whyNot;          // empty when enabled
    std::optional<Stage> to; // the stage Advance moves to
};

// Reads the stage rules from core (classifyMove) and the role rule from
// LeadActions::whyNotDecide(); the owner rule mirrors core's so the button says
// why before the user clicks. Core still decides: a refusal there reaches failed().
CommandState commandState(LeadCommand command, const Lead &lead, const LeadActions &actions);

} // namespace baton
