#pragma once

#include "domain/event.h"
#include "scoring/scorebreakdown.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace baton {

// One move of a lead's score, read from its score_changed event and the events
// just before it that caused it.
struct ScoreStep
{
    qint64 eventId = 0;
    Timestamp at = 0;
    std::optional<int> from; // none on creation
    int to = 0;
    QString cause;       // "Page view https://acme.example/pricing", "Lead created", "Time passed"
    QStringList changes; // "+20 Visited pricing page", "−10 Engaged with e-mail"

    bool operator==(const ScoreStep &) const = default;
};

// The score's history from a lead's event log (in log order). Rule labels come
// from `labels` (the current breakdown lists every rule of the model).
QList<ScoreStep> scoreSteps(const QList<Event> &events, const ScoreBreakdown &labels);

// The tooltip of a step: "20 Nov 14:02 · 60 → 80\nPage view …\n+20 Visited pricing page".
QString describeStep(const ScoreStep &step, const QTimeZone &zone);

} // namespace baton
