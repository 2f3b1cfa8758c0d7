#pragma once

#include "common/theme.h"

#include "domain/activity.h"
#include "domain/event.h"
#include "domain/rejectionreason.h"
#include "domain/user.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace baton {

// One line of a lead's history as the timelines show it.
struct HistoryEntry
{
    Timestamp at = 0;
    QString tag;    // "Page view", "Call", "Hand-off", "Rejected"
    Theme::Token tone = Theme::Token::TextSecondary;
    QString title;  // "https://acme.example/pricing", "SAL → Nurture", "Student or job seeker"
    QString detail; // "by Ana Ruiz", "“Course enquiry” — Ana Ruiz"

    bool operator==(const HistoryEntry &) const = default;
};

// Each list is newest first. Names come from `users`; "system" reads as Baton.
QList<HistoryEntry> activityEntries(const QList<Activity> &activities, const QList<User> &users);
// Stage moves, hand-offs, decisions, reassignments, breaches, wins and undos.
QList<HistoryEntry> stageEntries(const QList<Event> &events, const QList<User> &users, const QTimeZone &zone);
// Rejections, disqualifications and losses with their reason labels and comments.
QList<HistoryEntry> rejectionEntries(const QList<Event> &events, const QList<RejectionReason> &reasons,
                                     const QList<User> &users);

// The person behind a user id, for history lines.
QString actorName(const QString &userId, const QList<User> &users);

} // namespace baton
