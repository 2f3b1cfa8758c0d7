#pragma once

#include "columnmapping.h"
#include "domain/result.h"
#include "domain/time.h"

#include <QString>

#include <optional>
#include <utility>

namespace baton {

// Reading the text of one cell of an imported file into a lead or activity field.
// Errors say what is wrong with the value; the caller adds the row and column.

// A company size: "120", "1,200", "1 200", "1.200" (thousands separators in groups of
// three), a range "50-200" / "50 – 200" / "50 to 200", or "10,000+". A range gives its
// lower bound, the only figure it promises ("at least 50 employees"), which keeps a
// "501-1000" company out of a 50–500 ideal-customer range. Empty text gives nothing.
Result<std::optional<int>> parseCompanySize(const QString &text);

// A time, as UTC:
//   2026-01-05   2026-01-05 14:02   2026-01-05T14:02:33Z   2026-01-05T14:02:33.250+01:00   2026/01/05
//   01/05/2026 and 1/5/2026 2:02 PM (month or day first, as `order` says; a two-digit year is 20xx)
//   05.01.2026 (always day first)
// A time without a zone is taken as UTC.
Result<Timestamp> parseCellTime(const QString &text, DateOrder order);

// "Ada Lovelace" → (Ada, Lovelace); "Mary Ann Smith" → (Mary, Ann Smith): the first word is
// the first name, as HubSpot and Salesforce split them; "Lovelace, Ada" → (Ada, Lovelace);
// a single word is a first name.
std::pair<QString, QString> splitFullName(const QString &name);

// Whether `email` can be a lead's e-mail address (the pipeline's own check: exactly one
// '@' with text on both sides, no spaces).
bool isPlausibleEmail(const QString &email);

// ISO-8601 UTC, with milliseconds only when there are any: 2026-01-05T09:00:00Z.
QString formatCellTime(Timestamp t);

} // namespace baton
