#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "domain/activity.h"
#include "domain/lead.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace baton {

class PipelineService;

enum class DuplicatePolicy {
    Skip,  // a lead whose e-mail is already known is reported and left alone
    Merge, // its empty fields are filled with the file's values
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Leads;
    std::optional<HeaderFamily> preset;    // HubSpot, Salesforce or Pipedrive names only; none: auto
    std::optional<QByteArray> mappingJson; // a mapping file (see ColumnMapping::fromJson); wins over `preset`
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QString by = kSystemActor; // who creates the leads and merges (a user id, or "system")
};

// One problem with the file: "row 17, column “Effectif”: company size “abc” is not a number".
// Rows count as a spreadsheet shows them (the header is row 1); `row` 0 is the whole file,
// an empty `column` the whole row.
struct ImportIssue
{
    int row = 0;
    QString column;
    QString message;

    QString text() const;
};

// What an import will do, worked out in memory before anything is written.
struct ImportPlan
{
    struct NewLead
    {
        int row = 0;
        QString id; // empty: Baton makes one
        LeadFields fields;
        std::optional<Timestamp> createdAt;
    };
    struct Merge
    {
        int row = 0;
        QString leadId;
        QHash<QString, QString> changes; // field id → value, only fields the lead has empty
    };
    struct NewActivity
    {
        int row = 0;
        QString leadId;
        ActivityType type = ActivityType::PageView;
        Timestamp at = 0;
        QVariantMap properties;
        QString actor;
    };

    ImportKind kind = ImportKind::Leads;
    DuplicatePolicy duplicatePolicy = DuplicatePolicy::Skip;
    QString by;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    ColumnMapping mapping;
    int rows = 0; // data rows read (blank ones left out)

    QList<ImportIssue> errors;     // any error means nothing will be written
    QList<ImportIssue> duplicates; // rows whose lead (e-mail or id) or activity is already known
    QList<NewLead> newLeads;
    QList<Merge> merges;
    QList<NewActivity> activities; // in time order

    bool ok() const { return errors.isEmpty(); }
    // What the import does, for people: encoding and delimiter, the mapping, the counts.
    QStringList summary() const;
};

// Imports leads or activities from CSV (PRODUCT.md "Getting data in and out").
//
// All or nothing: plan() reads and validates every row in memory and lists every
// error; apply() then writes the whole plan in one transaction through
// PipelineService (so imported leads are scored and run the automations like any
// new lead). A plan with errors is never applied, and a failure while applying
// rolls everything back.
//
// Leads: duplicates are rows whose e-mail (case-insensitive) or id matches a lead
// already in the database or an earlier row of the file. Skip leaves them out; Merge
// fills the existing lead's empty fields (PipelineService::updateLead) or, for a
// repeat within the file, the earlier row's empty fields. Country names and codes
// become ISO alpha-2; a creation date in the file becomes the lead's creation time
// (never in the future; see parseCellTime for the formats and ColumnMapping for
// the day/month order).
//
// Activities: each row names its lead by lead_id or e-mail (which must match exactly
// one lead), a type id of activity.h ("page_view", or "Page view"), a time, and
// optionally url, asset, asset_kind and actor (a user id). They are recorded oldest first.
// A row whose lead, type and time match an activity already recorded or an earlier row is
// a duplicate: reported and skipped.
class LeadImport
{
public:
    explicit LeadImport(PipelineService &pipeline);

    // Told how many of the plan's `total` rows are written; returning false cancels the
    // import (rolled back, nothing written). Called from the thread that runs apply().
    using Progress = std::function<bool(int done, int total)>;

    ImportPlan plan(const QByteArray &csv, const ImportOptions &options);
    Status apply(const ImportPlan &plan, const Progress &progress = {});
    // The error text apply() returns when `progress` cancelled it.
    static QString cancelledMessage();

private:
    struct KnownLeads;
    void planLeads(const CsvDocument &doc, ImportPlan &plan, const KnownLeads &known);
    void planActivities(const CsvDocument &doc, ImportPlan &plan, const KnownLeads &known);

    PipelineService &m_pipeline;
};

} // namespace baton
