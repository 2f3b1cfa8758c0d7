#pragma once

#include "domain/result.h"
#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/leadimport.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace baton {

class PipelineService;

// What the import wizard knows about one file: its bytes, its records for the
// preview, the mapping the user edited and the plan core worked out from them.
// Not a widget, so the rules of re-planning are tested without pages.
//
// Every edit (a column's field, the date order, the duplicate policy) plans again
// in memory; nothing is written until the wizard's runner applies the plan.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    ImportSession(PipelineService &pipeline, ImportKind kind, QString by);

    // Reads the file and plans it with the detected mapping. Refuses, changing
    // nothing, a file that cannot be read, is empty or is not text.
    Status load(const QString &path);
    Status loadBytes(const QByteArray &bytes, const QString &name);
    // Reads the same file again (after it was fixed in a spreadsheet), keeping the edits.
    Status reload();

    ImportKind kind() const { return m_kind; }
    QString by() const { return m_by; }
    QString path() const { return m_path; }
    QString fileName() const { return m_name; }
    bool isLoaded() const { return m_loaded; }
    const CsvDocument &document() const { return m_document; }
    const ImportPlan &plan() const { return m_plan; }
    // The header family detected before any edit ("HubSpot", "English names", ...).
    HeaderFamily detectedFamily() const { return m_detectedFamily; }

    // The field each column feeds ("" when ignored), as the user sees it.
    const QStringList &targets() const { return m_targets; }
    bool isMappingEdited() const { return m_edited; }
    // Feeds `column` to `target` ("" ignores it). A field feeds from one column only,
    // so a column that fed `target` before is ignored from now on; returns it (or -1).
    int setTarget(int column, const QString &target);
    void setDateOrder(DateOrder order);
    void setDuplicatePolicy(DuplicatePolicy policy);
    DuplicatePolicy duplicatePolicy() const { return m_policy; }
    // Back to the detected mapping.
    void resetMapping();
    // The edited mapping as a mapping file (ColumnMapping::fromJson).
    QByteArray mappingJson() const;

    // Problems with the file or the mapping as a whole (row 0 or the header row);
    // the other errors belong to rows.
    QList<ImportIssue> fileErrors() const;
    QList<ImportIssue> rowErrors() const;

private:
    void replan();

    PipelineService &m_pipeline;
    ImportKind m_kind;
    QString m_by;
    QString m_path;
    QString m_name;
    QByteArray m_bytes;
    bool m_loaded = false;
    CsvDocument m_document;
    ImportPlan m_plan;
    HeaderFamily m_detectedFamily = HeaderFamily::English;
    QStringList m_targets;
    std::optional<DateOrder> m_dateOrder; // set by the user
    bool m_edited = false;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
};

} // namespace baton
