#pragma once

#include "domain/event.h"
#include "domain/time.h"

#include <QHash>
#include <QList>
#include <QString>

namespace baton {

// What the KPI engine reads. Storage fills it; the engine does no SQL, so it can be
// tested on hand-written logs and run on any slice of the database.

// The attribution of a lead: revenue, CAC and rejections are broken down by these.
struct KpiLead
{
    QString id;
    QString source;
    QString campaign;
    Timestamp createdAt = 0;
};

// One campaign spend record; `source` is the campaign's channel (campaigns.source).
struct SpendEntry
{
    QString campaign;
    QString source;
    Timestamp at = 0;
    double amount = 0;
};

// KPIs cover events with from <= at < to, as the log stood at `asof`.
struct KpiPeriod
{
    Timestamp from = 0;
    Timestamp to = 0;
    Timestamp asof = 0;

    bool contains(Timestamp at) const { return from <= at && at < to; }
};

struct KpiInput
{
    // The log in id order (which is time order). Events after the period's asof may
    // be present; the engine ignores them, so one load can serve several as-of times.
    // History before `from` is needed (first crossings, hand-offs decided in the period,
    // the stage history behind open opportunities), and so is every undo. What no KPI
    // reads may be left out to save the load: field_changed, score_changed, assigned,
    // recycled, sla_breached, and activities other than content_download.
    QList<Event> events;
    QHash<QString, KpiLead> leads; // by lead id
    QList<SpendEntry> spend;
};

} // namespace baton
