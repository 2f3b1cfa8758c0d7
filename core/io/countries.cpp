#include "countries.h"

#include <QHash>

namespace baton {

namespace {

struct CountryEntry
{
    const char16_t *alpha2;
    const char16_t *alpha3;
    const char16_t *names; // '|'-separated
};

// English name first, then French, then other spellings people type.
constexpr CountryEntry kCountries[] = {
    // European Union
    {u"AT", u"AUT", u"Austria|Autriche|Österreich"},
    {u"BE", u"BEL", u"Belgium|Belgique|België|Belgien"},
    {u"BG", u"BGR", u"Bulgaria|Bulgarie"},
    {u"HR", u"HRV", u"Croatia|Croatie|Hrvatska"},
    {u"CY", u"CYP", u"Cyprus|Chypre"},
    {u"CZ", u"CZE", u"Czechia|Tchéquie|Czech Republic|République tchèque|Česko"},
    {u"DK", u"DNK", u"Denmark|Danemark|Danmark"},
    {u"EE", u"EST", u"Estonia|Estonie|Eesti"},
    {u"FI", u"FIN", u"Finland|Finlande|Suomi"},
    {u"FR", u"FRA", u"France|République française|French Republic"},
    {u"DE", u"DEU", u"Germany|Allemagne|Deutschland"},
    {u"GR", u"GRC", u"Greece|Grèce|Hellas|EL"},
    {u"HU", u"HUN", u"Hungary|Hongrie|Magyarország"},
    {u"IE", u"IRL", u"Ireland|Irlande|Republic of Ireland|Éire|Eire"},
    {u"IT", u"ITA", u"Italy|Italie|Italia"},
    {u"LV", u"LVA", u"Latvia|Lettonie"},
    {u"LT", u"LTU", u"Lithuania|Lituanie"},
    {u"LU", u"LUX", u"Luxembourg|Luxemburg"},
    {u"MT", u"MLT", u"Malta|Malte"},
    {u"NL", u"NLD", u"Netherlands|Pays-Bas|The Netherlands|Holland|Hollande|Nederland"},
    {u"PL", u"POL", u"Poland|Pologne|Polska"},
    {u"PT", u"PRT", u"Portugal"},
    {u"RO", u"ROU", u"Romania|Roumanie|România"},
    {u"SK", u"SVK", u"Slovakia|Slovaquie|Slovensko"},
    {u"SI", u"SVN", u"Slovenia|Slovénie|Slovenija"},
    {u"ES", u"ESP", u"Spain|Espagne|España"},
    {u"SE", u"SWE", u"Sweden|Suède|Sverige"},
    // Rest of Europe
    {u"GB", u"GBR",
     u"United Kingdom|Royaume-Uni|UK|U.K.|Great Britain|Grande-Bretagne|Britain|England|Angleterre|"
     u"Scotland|Écosse|Wales|Pays de Galles|Northern Ireland|Irlande du Nord|"
     u"United Kingdom of Great Britain and Northern Ireland"},
    {u"CH", u"CHE", u"Switzerland|Suisse|Schweiz|Svizzera"},
    {u"NO", u"NOR", u"Norway|Norvège|Norge"},
    {u"IS", u"ISL", u"Iceland|Islande|Ísland"},
    {u"LI", u"LIE", u"Liechtenstein"},
    {u"MC", u"MCO", u"Monaco"},
    {u"AD", u"AND", u"Andorra|Andorre"},
    {u"SM", u"SMR", u"San Marino|Saint-Marin"},
    {u"VA", u"VAT", u"Vatican City|Vatican|Holy See|Saint-Siège|Cité du Vatican"},
    {u"AL", u"ALB", u"Albania|Albanie"},
    {u"BA", u"BIH", u"Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia"},
    {u"ME", u"MNE", u"Montenegro|Monténégro"},
    {u"MK", u"MKD", u"North Macedonia|Macédoine du Nord|Macedonia|Macédoine"},
    {u"RS", u"SRB", u"Serbia|Serbie"},
    {u"XK", u"XKX", u"Kosovo"},
    {u"MD", u"MDA", u"Moldova|Moldavie|Republic of Moldova"},
    {u"UA", u"UKR", u"Ukraine"},
    {u"BY", u"BLR", u"Belarus|Biélorussie"},
    {u"RU", u"RUS", u"Russia|Russie|Russian Federation|Fédération de Russie"},
    {u"TR", u"TUR", u"Turkey|Turquie|Türkiye"},
    {u"GE", u"GEO", u"Georgia|Géorgie"},
    {u"AM", u"ARM", u"Armenia|Arménie"},
    {u"AZ", u"AZE", u"Azerbaijan|Azerbaïdjan"},
    // Americas
    {u"US", u"USA",
     u"United States|États-Unis|United States of America|U.S.|U.S.A.|America|Amérique|"
     u"Etats-Unis d'Amérique|États-Unis d'Amérique"},
    {u"CA", u"CAN", u"Canada"},
    {u"MX", u"MEX", u"Mexico|Mexique|México"},
    {u"BR", u"BRA", u"Brazil|Brésil|Brasil"},
    {u"AR", u"ARG", u"Argentina|Argentine"},
    {u"CL", u"CHL", u"Chile|Chili"},
    {u"CO", u"COL", u"Colombia|Colombie"},
    {u"PE", u"PER", u"Peru|Pérou|Perú"},
    {u"VE", u"VEN", u"Venezuela"},
    {u"UY", u"URY", u"Uruguay"},
    // Asia and the Middle East
    {u"CN", u"CHN", u"China|Chine|People's Republic of China|PRC"},
    {u"JP", u"JPN", u"Japan|Japon"},
    {u"KR", u"KOR", u"South Korea|Corée du Sud|Korea|Corée|Republic of Korea|République de Corée"},
    {u"IN", u"IND", u"India|Inde"},
    {u"ID", u"IDN", u"Indonesia|Indonésie"},
    {u"SG", u"SGP", u"Singapore|Singapour"},
    {u"MY", u"MYS", u"Malaysia|Malaisie"},
    {u"TH", u"THA", u"Thailand|Thaïlande"},
    {u"VN", u"VNM", u"Vietnam|Viêt Nam|Viet Nam"},
    {u"PH", u"PHL", u"Philippines"},
    {u"HK", u"HKG", u"Hong Kong"},
    {u"TW", u"TWN", u"Taiwan|Taïwan"},
    {u"PK", u"PAK", u"Pakistan"},
    {u"BD", u"BGD", u"Bangladesh"},
    {u"IL", u"ISR", u"Israel|Israël"},
    {u"AE", u"ARE", u"United Arab Emirates|Émirats arabes unis|UAE|U.A.E.|EAU|Emirates"},
    {u"SA", u"SAU", u"Saudi Arabia|Arabie saoudite|KSA"},
    {u"QA", u"QAT", u"Qatar"},
    {u"LB", u"LBN", u"Lebanon|Liban"},
    // Oceania
    {u"AU", u"AUS", u"Australia|Australie"},
    {u"NZ", u"NZL", u"New Zealand|Nouvelle-Zélande"},
    // Africa
    {u"ZA", u"ZAF", u"South Africa|Afrique du Sud"},
    {u"NG", u"NGA", u"Nigeria|Nigéria"},
    {u"EG", u"EGY", u"Egypt|Égypte"},
    {u"MA", u"MAR", u"Morocco|Maroc"},
    {u"TN", u"TUN", u"Tunisia|Tunisie"},
    {u"DZ", u"DZA", u"Algeria|Algérie"},
    {u"KE", u"KEN", u"Kenya"},
    {u"SN", u"SEN", u"Senegal|Sénégal"},
    {u"CI", u"CIV", u"Côte d'Ivoire|Ivory Coast|Cote d'Ivoire"},
    {u"GH", u"GHA", u"Ghana"},
    {u"CM", u"CMR", u"Cameroon|Cameroun"},
};

const QHash<QString, QString> &countryIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> h;
        for (const Country &c : knownCountries()) {
            h.insert(comparisonKey(c.alpha2), c.alpha2);
            h.insert(comparisonKey(c.alpha3), c.alpha2);
            for (const QString &name : c.names)
                h.insert(comparisonKey(name), c.alpha2);
        }
        return h;
    }();
    return index;
}

} // namespace

QString comparisonKey(const QString &text)
{
    // Compatibility decomposition splits "é" into "e" + a combining accent (dropped
    // below) and turns no-break spaces, ligatures and full-width letters into plain ones.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

const QList<Country> &knownCountries()
{
    static const QList<Country> countries = [] {
        QList<Country> list;
        for (const CountryEntry &e : kCountries) {
            list.append(Country{QString::fromUtf16(e.alpha2), QString::fromUtf16(e.alpha3),
                                QString::fromUtf16(e.names).split(QLatin1Char('|'))});
        }
        return list;
    }();
    return countries;
}

std::optional<QString> countryCode(const QString &text)
{
    const QString key = comparisonKey(text);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = countryIndex().constFind(key);
    if (it == countryIndex().cend())
        return std::nullopt;
    return it.value();
}

} // namespace baton
