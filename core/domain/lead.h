#pragma once

#include "stage.h"
#include "time.h"

#include <QString>

#include <optional>

namespace baton {

// The fields a lead carries that marketing captures and edits, and that the
// scoring model reads.
struct LeadFields
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString title;
    QString company;
    std::optional<int> companySize;
    QString industry;
    QString country; // ISO 3166-1 alpha-2
    QString source;
    QString campaign;

    QString displayName() const;
    QString emailDomain() const; // lower-case part after '@', empty if none

    // Generic access by the ids used in scenario files, CSV and the scoring model.
    QString value(const QString &field) const;
    // Sets a field from text (company_size: a whole number, or empty for none).
    // False for an unknown field or a company size that is not a number; `*this`
    // is then unchanged.
    bool set(const QString &field, const QString &value);
    static bool isField(const QString &field);
    static const QStringList &fieldIds();
    bool operator==(const LeadFields &) const = default;
};

// The current state of a lead: its fields plus where it is in the pipeline.
struct Lead
{
    QString id;
    LeadFields fields;
    Timestamp createdAt = 0;

    Stage stage = Stage::New;
    Timestamp stageSince = 0;
    ReviewStatus review = ReviewStatus::None;
    QString owner; // user id, empty when marketing owns the lead
    bool urgent = false;
    int score = 0;
    int modelVersion = 0;
    std::optional<double> amount; // deal amount (opportunity, won)

    std::optional<qint64> handoffId; // the open hand-off, if any
    Timestamp reviewDeadline = 0;   // current deadline of a pending SAL
    Timestamp assignedAt = 0;       // when the current owner got the lead
    bool reminded = false;          // 75 % reminder sent for the current assignment
    bool breached = false;          // the open hand-off is past its deadline

    std::optional<Timestamp> scoreDueAt; // when time alone changes the score (a window closes)
    Timestamp lastActivity = 0; // creation counts as activity
    Timestamp lastTouch = 0;
    qint64 version = 1;         // optimistic concurrency: bumped by every change

    // Same place in the pipeline: stage, review, owner, hand-off and deal, ignoring
    // fields, score and activity times.
    bool samePipelineState(const Lead &other) const
    {
        return stage == other.stage && review == other.review && owner == other.owner && urgent == other.urgent
            && amount == other.amount && handoffId == other.handoffId && reviewDeadline == other.reviewDeadline;
    }
};

} // namespace baton
