#pragma once

#include <Qt>

namespace baton {

// Every item-data role of the board's models, in one place. Times are UTC ms
// (qint64), scores ints, amounts doubles: views and tests sort and compare on
// these numeric roles, never on display text.
enum LeadRole {
    LeadIdRole = Qt::UserRole,
    NameRole,
    CompanyRole,
    TitleRole,
    EmailRole,
    StageRole,         // int(Stage)
    ReviewRole,        // int(ReviewStatus)
    PendingReviewRole, // bool: a SAL waiting for its rep's decision
    OwnerRole,
    OwnerNameRole,
    UrgentRole,
    BreachedRole, // bool: the stored breached flag
    ScoreRole,
    AmountRole, // double, invalid when none
    StageSinceRole,
    ReviewDeadlineRole,
    AssignedAtRole,
    SourceRole,
    CampaignRole,
};

} // namespace baton
