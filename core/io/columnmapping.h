#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

enum class ImportKind { Leads, Activities };

// Whose export a header row looks like.
enum class HeaderFamily {
    Baton,   // Baton's own export: first_name, company_size, created_at, ...
    English, // common English column names
    French,  // common French column names: Prénom, Société, Effectif, ...
    HubSpot,
    Salesforce,
    Pipedrive,
    Custom, // a mapping file
};

QString headerFamilyName(HeaderFamily family);

// How to read a date written with slashes, 05/01/2026.
enum class DateOrder { MonthFirst, DayFirst };

// Which column of an imported file feeds which field.
//
// Targets for leads: id, first_name, last_name, name (a full name, split on the first
// space when there is no first or last name column), email, phone, title, company,
// company_size, industry, country, source, campaign, created_at. For activities:
// lead_id, email, type, at, url, asset, asset_kind, actor.
//
// Headers are compared without case, accents, spaces and punctuation, so "E-mail",
// "email" and "EMAIL " are the same column. When two columns feed the same field the
// first one wins. Slash dates are read day first when the headers are French (the date
// column's own header, or the French family recognising the most columns), month
// first otherwise — HubSpot and Salesforce write US dates; a mapping file can say.
class ColumnMapping
{
public:
    // Recognises `headers`: with no preset, by every family's names (the detected family
    // is the one recognising most columns; a vendor must beat the plain English names);
    // with a preset, by that vendor's names and Baton's own ids only.
    static ColumnMapping recognise(const QStringList &headers, ImportKind kind,
                                   std::optional<HeaderFamily> preset = std::nullopt);

    // A mapping file (JSON):
    //   {"columns": {"Courriel pro": "email", "Taille": "company_size", "Notes": null},
    //    "date_order": "day_first"}            // or "month_first"
    // Listed columns go to the named field (null: ignored); the others are recognised
    // as with no preset. A listed column the file does not have, or an unknown field, is an error.
    static Result<ColumnMapping> fromJson(const QByteArray &json, const QStringList &headers, ImportKind kind);

    // "hubspot", "salesforce", "pipedrive" (any case); nothing for other names.
    static std::optional<HeaderFamily> presetFromName(const QString &name);
    static const QStringList &targets(ImportKind kind);
    // Names in the recognition table that compare equal but feed different fields
    // (for the same kind of import). Empty, or recognition depends on table order.
    static QStringList conflictingNames();

    ImportKind kind() const { return m_kind; }
    HeaderFamily family() const { return m_family; }
    DateOrder dateOrder() const { return m_dateOrder; }
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }

    QString target(int column) const;        // empty when the column is ignored
    int column(const QString &target) const; // -1 when no column feeds `target`
    bool has(const QString &target) const { return column(target) >= 0; }

    // What is wrong with the mapping as a whole (e.g. no e-mail, name or company column
    // for leads); empty when it can be imported.
    QStringList missingColumns() const;
    // One line per column: “Company Name” → company, “Notes” → ignored (not recognised).
    QStringList describe() const;

private:
    enum class Note { Mapped, Unknown, Duplicate, NotImported, Blank };
    void assign(int column, const QString &target);
    void finish();

    ImportKind m_kind = ImportKind::Leads;
    HeaderFamily m_family = HeaderFamily::English;
    DateOrder m_dateOrder = DateOrder::MonthFirst;
    QStringList m_headers;
    QStringList m_targets;
    QList<Note> m_notes;
    QHash<QString, int> m_columnOf; // target → first column, filled by finish()
};

} // namespace baton
