#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QString>

namespace baton {

class PipelineService;

// The two sides of the hand-off contract as the teams agree them (PRODUCT.md): how
// many SALs marketing delivers a month, and how fast sales decides on and contacts
// each one.
struct Commitments
{
    int marketingMonthlySals = 0; // 0 = no commitment set
    double reviewSlaHours = 48;
    double responseSlaHours = 24;
};

// Managers of either team and admins set the contract; reps and marketers follow it.
bool mayEditCommitments(Role role);

Commitments commitments(const PipelineService &pipeline);
// Saves the commitments into the pipeline configuration (CatalogStore::saveConfig
// through PipelineService::configure, so the service's cached configuration and
// the review deadlines follow) after checking that `by` may.
Status saveCommitments(PipelineService &pipeline, const QString &by, const Commitments &commitments);

} // namespace baton
