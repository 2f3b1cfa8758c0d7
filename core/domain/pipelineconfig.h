#pragma once

#include "time.h"

namespace baton {

// The hand-off contract and the automation switches (PRODUCT.md "Automations"
// and "The hand-off contract"). Stored in the database; `config` lines of a
// scenario change it.
struct PipelineConfig
{
    double reviewSlaHours = 48;
    double responseSlaHours = 24;
    double urgentResponseMinutes = 5;
    int mqlThreshold = 40;
    int sqlThreshold = 70;
    int coldDays = 30;
    bool autoHandoff = true;
    bool escalation = true;
    bool coldRecycle = true;
    bool demoBypass = true;
    int marketingMonthlySals = 0; // marketing's commitment; 0 = none set

    qint64 reviewSlaMs() const { return qint64(reviewSlaHours * kMsPerHour); }
    qint64 coldMs() const { return qint64(coldDays) * kMsPerDay; }
};

} // namespace baton
