#pragma once

#include "domain/stage.h"

#include <QList>
#include <QString>

namespace baton {

// What a manual stage move means, per PRODUCT.md's list of allowed moves.
enum class MoveKind {
    Refused,
    Qualify,         // new -> mql
    Requalify,       // nurture -> mql
    HandOff,         // new / mql / nurture -> sal
    QualifySql,      // accepted sal -> sql
    Reject,          // sal -> nurture, reason
    Disqualify,      // sql -> nurture, reason
    OpenOpportunity, // sql -> opportunity, amount
    Win,             // opportunity -> won, amount
    Lose,            // opportunity -> lost, reason
};

struct MoveRule
{
    MoveKind kind = MoveKind::Refused;
    QString refusal; // why, in words a person understands; empty when allowed
    bool allowed() const { return kind != MoveKind::Refused; }
    bool needsReason() const { return kind == MoveKind::Reject || kind == MoveKind::Disqualify || kind == MoveKind::Lose; }
    bool needsAmount() const { return kind == MoveKind::OpenOpportunity || kind == MoveKind::Win; }
};

// Pure: decides a move from the lead's stage and review status alone. Role
// checks and field checks (reason, amount) come after, in the pipeline service.
MoveRule classifyMove(Stage from, ReviewStatus review, Stage to);

// The stages a lead may be dragged to (the board dims the others).
QList<Stage> allowedTargets(Stage from, ReviewStatus review);

} // namespace baton
