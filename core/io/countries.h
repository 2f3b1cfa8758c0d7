#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

// A country Baton recognises in imported files.
struct Country
{
    QString alpha2; // ISO 3166-1 alpha-2, what Baton stores
    QString alpha3;
    QStringList names; // English, French and common local or informal names
};

// The recognised countries: all of Europe, North America, the largest markets of
// South America, Asia, Oceania and Africa.
const QList<Country> &knownCountries();

// The ISO alpha-2 code of a country given by its alpha-2 or alpha-3 code or one of
// its names, compared without case, accents and punctuation ("Royaume-Uni", "UK",
// "GBR", "u.k." → GB). Nothing for an empty or unknown text.
std::optional<QString> countryCode(const QString &text);

// Lower-case letters and digits of `text` with accents dropped: "Pays-Bas" and
// "pays bas" both give "paysbas". Headers and country names are compared this way.
QString comparisonKey(const QString &text);

} // namespace baton
