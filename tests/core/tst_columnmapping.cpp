// Header recognition (HubSpot, Salesforce, Pipedrive, English, French, mapping files),
// country normalisation, and reading company sizes, dates and full names.
#include "io/cellvalue.h"
#include "io/columnmapping.h"
#include "io/countries.h"
#include "io/csvreader.h"

#include <QFile>
#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::HeaderFamily)
Q_DECLARE_METATYPE(baton::DateOrder)
Q_DECLARE_METATYPE(baton::ImportKind)

namespace {

QByteArray dataFile(const QString &name)
{
    QFile f(QStringLiteral(BATON_TEST_DATA "/csv/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

QStringList headerOf(const QString &file)
{
    return CsvReader::parse(dataFile(file)).records.constFirst().fields;
}

// "Header=target" for every column; ignored columns have an empty target.
QStringList mappedColumns(const ColumnMapping &m)
{
    QStringList result;
    for (int c = 0; c < m.columnCount(); ++c)
        result << m.headers().at(c) + u'=' + m.target(c);
    return result;
}

constexpr Timestamp utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    // days from civil (Howard Hinnant), enough for test constants
    y -= mo <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    return days * kMsPerDay + h * kMsPerHour + mi * kMsPerMinute + s * 1000LL + ms;
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachExportFamilyMaps_data();
    void eachExportFamilyMaps();
    void headersCompareWithoutCaseAccentsAndPunctuation_data();
    void headersCompareWithoutCaseAccentsAndPunctuation();
    void aPresetRecognisesOnlyItsVendorsNames();
    void theFirstOfTwoColumnsForOneFieldWins();
    void dateOrderFollowsTheHeaders_data();
    void dateOrderFollowsTheHeaders();
    void missingColumnsAreNamed_data();
    void missingColumnsAreNamed();
    void describeSaysWhyAColumnIsIgnored();
    void mappingFile();
    void badMappingFiles_data();
    void badMappingFiles();
    void noTwoEqualNamesFeedDifferentFields();

    void countries_data();
    void countries();
    void everyCountryNameMapsToItsOwnCode();
    void allOfEuropeIsKnown();

    void companySizes_data();
    void companySizes();
    void times_data();
    void times();
    void fullNames_data();
    void fullNames();
    void formatCellTimeReadsBack();
};

void TestColumnMapping::eachExportFamilyMaps_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<HeaderFamily>("family");
    QTest::addColumn<QStringList>("columns");

    QTest::addRow("a HubSpot contacts export is recognised as HubSpot")
        << u"hubspot.csv"_s << HeaderFamily::HubSpot
        << QStringList{u"Record ID="_s,
                       u"First Name=first_name"_s,
                       u"Last Name=last_name"_s,
                       u"Email=email"_s,
                       u"Job Title=title"_s,
                       u"Company Name=company"_s,
                       u"Number of Employees=company_size"_s,
                       u"Industry=industry"_s,
                       u"Country/Region=country"_s,
                       u"Original Source=source"_s,
                       u"Create Date=created_at"_s,
                       u"Phone Number=phone"_s,
                       u"Lifecycle Stage="_s};
    QTest::addRow("a Salesforce report with display names is recognised as Salesforce")
        << u"salesforce_display.csv"_s << HeaderFamily::Salesforce
        << QStringList{u"Lead ID=id"_s,          u"First Name=first_name"_s,
                       u"Last Name=last_name"_s, u"Title=title"_s,
                       u"Company=company"_s,     u"No. of Employees=company_size"_s,
                       u"Industry=industry"_s,   u"Country=country"_s,
                       u"Lead Source=source"_s,  u"Created Date=created_at"_s,
                       u"Email=email"_s,         u"Phone=phone"_s,
                       u"Lead Status="_s};
    QTest::addRow("a Salesforce export with API names is recognised as Salesforce")
        << u"salesforce_api.csv"_s << HeaderFamily::Salesforce
        << QStringList{u"Id=id"_s,
                       u"FirstName=first_name"_s,
                       u"LastName=last_name"_s,
                       u"Title=title"_s,
                       u"Company=company"_s,
                       u"NumberOfEmployees=company_size"_s,
                       u"Industry=industry"_s,
                       u"Country=country"_s,
                       u"LeadSource=source"_s,
                       u"CreatedDate=created_at"_s,
                       u"Email=email"_s,
                       u"Phone=phone"_s};
    QTest::addRow("a Pipedrive leads export is recognised as Pipedrive, lead title left out")
        << u"pipedrive.csv"_s << HeaderFamily::Pipedrive
        << QStringList{u"Person - Name=name"_s,
                       u"Person - Email=email"_s,
                       u"Organization - Name=company"_s,
                       u"Person - Job title=title"_s,
                       u"Organization - Number of employees=company_size"_s,
                       u"Organization - Industry=industry"_s,
                       u"Organization - Country=country"_s,
                       u"Lead - Source=source"_s,
                       u"Lead created=created_at"_s,
                       u"Lead - Title="_s};
    QTest::addRow("French headers are recognised as French")
        << u"french.csv"_s << HeaderFamily::French
        << QStringList{u"Prénom=first_name"_s, u"Nom=last_name"_s,   u"Courriel=email"_s,
                       u"Société=company"_s,   u"Poste=title"_s,     u"Effectif=company_size"_s,
                       u"Secteur=industry"_s,  u"Pays=country"_s,    u"Source=source"_s,
                       u"Campagne=campaign"_s, u"Téléphone=phone"_s, u"Date de création=created_at"_s};
    QTest::addRow("common English synonyms with a single full-name column")
        << u"english_fullname.csv"_s << HeaderFamily::English
        << QStringList{u"Name=name"_s,         u"E-mail=email"_s,           u"Organisation=company"_s,
                       u"Position=title"_s,    u"Employees=company_size"_s, u"Sector=industry"_s,
                       u"Country=country"_s,   u"Source=source"_s,          u"Campaign=campaign"_s,
                       u"Created=created_at"_s};
}

void TestColumnMapping::eachExportFamilyMaps()
{
    QFETCH(QString, file);
    QFETCH(HeaderFamily, family);
    QFETCH(QStringList, columns);
    const ColumnMapping m = ColumnMapping::recognise(headerOf(file), ImportKind::Leads);
    QCOMPARE(m.family(), family);
    QCOMPARE(mappedColumns(m), columns);
    QVERIFY(m.missingColumns().isEmpty());
}

void TestColumnMapping::headersCompareWithoutCaseAccentsAndPunctuation_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("target");

    QTest::addRow("upper case with trailing space") << u"EMAIL "_s << ImportKind::Leads << u"email"_s;
    QTest::addRow("hyphenated e-mail") << u"e-mail"_s << ImportKind::Leads << u"email"_s;
    QTest::addRow("French courriel") << u"Courriel"_s << ImportKind::Leads << u"email"_s;
    QTest::addRow("Société without its accent") << u"societe"_s << ImportKind::Leads << u"company"_s;
    QTest::addRow("Entreprise") << u"Entreprise"_s << ImportKind::Leads << u"company"_s;
    QTest::addRow("Fonction") << u"FONCTION"_s << ImportKind::Leads << u"title"_s;
    QTest::addRow("Prénom with a decomposed accent") << u"Pre\u0301nom"_s << ImportKind::Leads << u"first_name"_s;
    QTest::addRow("Téléphone without accents") << u"telephone"_s << ImportKind::Leads << u"phone"_s;
    QTest::addRow("snake case of a display name") << u"job_title"_s << ImportKind::Leads << u"title"_s;
    QTest::addRow("a no-break space inside a header") << u"Company\u00A0Name"_s << ImportKind::Leads << u"company"_s;
    QTest::addRow("an unknown header feeds nothing") << u"Favourite colour"_s << ImportKind::Leads << QString();
    QTest::addRow("a Baton export column that is computed, not imported")
        << u"score"_s << ImportKind::Leads << QString();
    QTest::addRow("activity type") << u"Activity Type"_s << ImportKind::Activities << u"type"_s;
    QTest::addRow("activity time as Date") << u"Date"_s << ImportKind::Activities << u"at"_s;
    QTest::addRow("activity lead id") << u"Lead ID"_s << ImportKind::Activities << u"lead_id"_s;
    QTest::addRow("activity e-mail in French") << u"Courriel"_s << ImportKind::Activities << u"email"_s;
    QTest::addRow("a lead column means nothing for activities") << u"Company"_s << ImportKind::Activities << QString();
}

void TestColumnMapping::headersCompareWithoutCaseAccentsAndPunctuation()
{
    QFETCH(QString, header);
    QFETCH(ImportKind, kind);
    QFETCH(QString, target);
    QCOMPARE(ColumnMapping::recognise({header}, kind).target(0), target);
}

void TestColumnMapping::aPresetRecognisesOnlyItsVendorsNames()
{
    const QStringList headers = {u"Person - Name"_s, u"Email"_s,      u"Company"_s,
                                 u"Organisation"_s,  u"first_name"_s, u"First Name"_s};
    const ColumnMapping sf = ColumnMapping::recognise(headers, ImportKind::Leads, HeaderFamily::Salesforce);
    QCOMPARE(sf.family(), HeaderFamily::Salesforce);
    QCOMPARE(mappedColumns(sf), (QStringList{u"Person - Name="_s, u"Email=email"_s, u"Company=company"_s,
                                             u"Organisation="_s, u"first_name=first_name"_s, u"First Name="_s}));
    // Pipedrive has no "Company" nor "First Name"; Baton's own ids count when spelt exactly, in any case.
    const ColumnMapping pd = ColumnMapping::recognise(headers, ImportKind::Leads, HeaderFamily::Pipedrive);
    QCOMPARE(mappedColumns(pd), (QStringList{u"Person - Name=name"_s, u"Email=email"_s, u"Company=company"_s,
                                             u"Organisation="_s, u"first_name=first_name"_s, u"First Name="_s}));
    QVERIFY(ColumnMapping::presetFromName(u"HubSpot"_s) == HeaderFamily::HubSpot);
    QVERIFY(ColumnMapping::presetFromName(u"salesforce"_s) == HeaderFamily::Salesforce);
    QVERIFY(!ColumnMapping::presetFromName(u"map.json"_s));
}

void TestColumnMapping::theFirstOfTwoColumnsForOneFieldWins()
{
    const ColumnMapping m = ColumnMapping::recognise({u"Work Email"_s, u"E-mail"_s, u"Company"_s}, ImportKind::Leads);
    QCOMPARE(m.column(u"email"_s), 0);
    QCOMPARE(m.target(1), QString());
    QCOMPARE(m.describe().at(1), u"“E-mail” → ignored (email comes from “Work Email”)"_s);
}

void TestColumnMapping::dateOrderFollowsTheHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<DateOrder>("order");

    QTest::addRow("HubSpot writes US dates") << headerOf(u"hubspot.csv"_s) << DateOrder::MonthFirst;
    QTest::addRow("Salesforce writes US dates") << headerOf(u"salesforce_display.csv"_s) << DateOrder::MonthFirst;
    QTest::addRow("French headers mean day first") << headerOf(u"french.csv"_s) << DateOrder::DayFirst;
    QTest::addRow("a French date header decides even among English ones")
        << QStringList{u"Email"_s, u"Company"_s, u"Title"_s, u"Date de création"_s} << DateOrder::DayFirst;
    QTest::addRow("plain English names mean month first")
        << QStringList{u"Email"_s, u"Created"_s} << DateOrder::MonthFirst;
}

void TestColumnMapping::dateOrderFollowsTheHeaders()
{
    QFETCH(QStringList, headers);
    QFETCH(DateOrder, order);
    QCOMPARE(ColumnMapping::recognise(headers, ImportKind::Leads).dateOrder(), order);
}

void TestColumnMapping::missingColumnsAreNamed_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("problems");

    QTest::addRow("leads need an e-mail, a name or a company")
        << QStringList{u"Job"_s, u"Industry"_s} << ImportKind::Leads
        << QStringList{u"no column gives an e-mail, a name or a company, and a lead needs one of them"_s};
    QTest::addRow("a company alone is enough for leads")
        << QStringList{u"Company"_s} << ImportKind::Leads << QStringList{};
    QTest::addRow("activities need a lead, a type and a time")
        << QStringList{u"url"_s} << ImportKind::Activities
        << QStringList{u"no column gives the lead (an e-mail or a lead id)"_s, u"no column gives the activity type"_s,
                       u"no column gives the activity time"_s};
}

void TestColumnMapping::missingColumnsAreNamed()
{
    QFETCH(QStringList, headers);
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, problems);
    QCOMPARE(ColumnMapping::recognise(headers, kind).missingColumns(), problems);
}

void TestColumnMapping::describeSaysWhyAColumnIsIgnored()
{
    const ColumnMapping m = ColumnMapping::recognise({u"email"_s, u"Notes"_s, u"stage"_s, u""_s}, ImportKind::Leads);
    QCOMPARE(m.describe(), (QStringList{u"“email” → email"_s, u"“Notes” → ignored (not recognised)"_s,
                                        u"“stage” → ignored (not imported)"_s, u"column 4 → ignored (no header)"_s}));
    QCOMPARE(m.family(), HeaderFamily::Baton);
}

void TestColumnMapping::mappingFile()
{
    const QStringList headers = headerOf(u"mapping_custom.csv"_s);
    Result<ColumnMapping> m = ColumnMapping::fromJson(dataFile(u"mapping_custom.json"_s), headers, ImportKind::Leads);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error()));
    QCOMPARE(m->family(), HeaderFamily::Custom);
    QCOMPARE(m->dateOrder(), DateOrder::DayFirst);
    QCOMPARE(mappedColumns(m.value()),
             (QStringList{u"Courriel pro=email"_s, u"Boîte=company"_s, u"Taille=company_size"_s, u"Notes="_s,
                          u"Pays d'origine=country"_s, u"Arrivée=created_at"_s}));

    // Columns the file leaves out are recognised automatically.
    Result<ColumnMapping> partial =
        ColumnMapping::fromJson(R"({"columns": {"Boîte": "company"}})", {u"Boîte"_s, u"Email"_s}, ImportKind::Leads);
    QVERIFY(partial.ok());
    QCOMPARE(mappedColumns(partial.value()), (QStringList{u"Boîte=company"_s, u"Email=email"_s}));
}

void TestColumnMapping::badMappingFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::addRow("not JSON") << QByteArray("{\"columns\": ")
                              << u"the mapping file is not valid JSON: unterminated object at character 13"_s;
    QTest::addRow("no columns object")
        << QByteArray("{\"email\": \"Email\"}")
        << u"the mapping file needs a \"columns\" object: {\"columns\": {\"File header\": \"field\"}}"_s;
    QTest::addRow("a column the file does not have")
        << QByteArray("{\"columns\": {\"Mail pro\": \"email\"}}")
        << u"the mapping file names column “Mail pro”, which the file does not have"_s;
    QTest::addRow("a field that does not exist")
        << QByteArray("{\"columns\": {\"Boîte\": \"organisation\"}}")
        << u"the mapping file maps “Boîte” to “organisation”, which is not a field; fields: id, first_name, "
           "last_name, name, email, phone, title, company, company_size, industry, country, source, campaign, "
           "created_at"_s;
    QTest::addRow("two columns for one field")
        << QByteArray("{\"columns\": {\"Boîte\": \"company\", \"Email\": \"company\"}}")
        << u"the mapping file maps two columns to company"_s;
    QTest::addRow("an unknown date order") << QByteArray("{\"columns\": {}, \"date_order\": \"dmy\"}")
                                           << u"\"date_order\" must be \"day_first\" or \"month_first\""_s;
}

void TestColumnMapping::badMappingFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Result<ColumnMapping> m = ColumnMapping::fromJson(json, {u"Boîte"_s, u"Email"_s}, ImportKind::Leads);
    QVERIFY(!m.ok());
    QCOMPARE(m.error(), error);
}

void TestColumnMapping::noTwoEqualNamesFeedDifferentFields()
{
    QCOMPARE(ColumnMapping::conflictingNames(), QStringList());
}

void TestColumnMapping::countries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::addRow("United Kingdom") << u"United Kingdom"_s << u"GB"_s;
    QTest::addRow("UK, which is not ISO") << u"UK"_s << u"GB"_s;
    QTest::addRow("u.k. with dots") << u"u.k."_s << u"GB"_s;
    QTest::addRow("Royaume-Uni") << u"Royaume-Uni"_s << u"GB"_s;
    QTest::addRow("alpha-3 GBR in lower case") << u"gbr"_s << u"GB"_s;
    QTest::addRow("England counts as GB") << u"England"_s << u"GB"_s;
    QTest::addRow("États-Unis") << u"États-Unis"_s << u"US"_s;
    QTest::addRow("Etats Unis without accents or hyphen") << u"etats unis"_s << u"US"_s;
    QTest::addRow("USA") << u"USA"_s << u"US"_s;
    QTest::addRow("U.S.") << u"U.S."_s << u"US"_s;
    QTest::addRow("Allemagne") << u"Allemagne"_s << u"DE"_s;
    QTest::addRow("Deutschland") << u"Deutschland"_s << u"DE"_s;
    QTest::addRow("alpha-2 in lower case") << u"de"_s << u"DE"_s;
    QTest::addRow("Pays-Bas") << u"Pays-Bas"_s << u"NL"_s;
    QTest::addRow("Holland") << u"Holland"_s << u"NL"_s;
    QTest::addRow("Suisse") << u"Suisse"_s << u"CH"_s;
    QTest::addRow("CHE") << u"CHE"_s << u"CH"_s;
    QTest::addRow("Côte d'Ivoire typed without accent and apostrophe") << u"cote divoire"_s << u"CI"_s;
    QTest::addRow("Czech Republic") << u"Czech Republic"_s << u"CZ"_s;
    QTest::addRow("Tchéquie") << u"Tchéquie"_s << u"CZ"_s;
    QTest::addRow("Corée du Sud") << u"Corée du Sud"_s << u"KR"_s;
    QTest::addRow("surrounding spaces") << u"  France "_s << u"FR"_s;
}

void TestColumnMapping::countries()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(countryCode(text).value_or(u"(unknown)"_s), code);
}

void TestColumnMapping::everyCountryNameMapsToItsOwnCode()
{
    QVERIFY(knownCountries().size() >= 60);
    for (const Country &c : knownCountries()) {
        QCOMPARE(countryCode(c.alpha2).value_or(QString()), c.alpha2);
        QCOMPARE(countryCode(c.alpha3).value_or(QString()), c.alpha2);
        for (const QString &name : c.names)
            QCOMPARE(countryCode(name).value_or(name), c.alpha2);
    }
    QVERIFY(!countryCode(u"Atlantis"_s));
    QVERIFY(!countryCode(u"XX"_s));
    QVERIFY(!countryCode(u" - "_s));
}

void TestColumnMapping::allOfEuropeIsKnown()
{
    const QStringList europe = {
        u"AT"_s, u"BE"_s, u"BG"_s, u"HR"_s, u"CY"_s, u"CZ"_s, u"DK"_s, u"EE"_s, u"FI"_s, u"FR"_s, u"DE"_s, u"GR"_s,
        u"HU"_s, u"IE"_s, u"IT"_s, u"LV"_s, u"LT"_s, u"LU"_s, u"MT"_s, u"NL"_s, u"PL"_s, u"PT"_s, u"RO"_s, u"SK"_s,
        u"SI"_s, u"ES"_s, u"SE"_s, u"GB"_s, u"CH"_s, u"NO"_s, u"IS"_s, u"LI"_s, u"MC"_s, u"AD"_s, u"SM"_s, u"VA"_s,
        u"AL"_s, u"BA"_s, u"ME"_s, u"MK"_s, u"RS"_s, u"MD"_s, u"UA"_s, u"BY"_s, u"RU"_s, u"TR"_s, u"US"_s, u"CA"_s};
    for (const QString &code : europe)
        QVERIFY2(countryCode(code) == code, qPrintable(code));
}

void TestColumnMapping::companySizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size"); // -1: empty, -2: error
    QTest::addColumn<QString>("error");

    QTest::addRow("a plain number") << u"120"_s << 120 << QString();
    QTest::addRow("leading zeros") << u"007"_s << 7 << QString();
    QTest::addRow("nine digits") << u" 123456789 "_s << 123456789 << QString();
    QTest::addRow("thousands with a comma") << u"1,200"_s << 1200 << QString();
    QTest::addRow("thousands with a space, French style") << u"1 200"_s << 1200 << QString();
    QTest::addRow("thousands with a narrow no-break space") << u"12\u202F000"_s << 12000 << QString();
    QTest::addRow("thousands with a dot, German style") << u"1.200"_s << 1200 << QString();
    QTest::addRow("a range gives its lower bound") << u"50-200"_s << 50 << QString();
    QTest::addRow("a range with an en dash and spaces") << u"51 – 200"_s << 51 << QString();
    QTest::addRow("a range with words") << u"201 to 500"_s << 201 << QString();
    QTest::addRow("an open range") << u"10,000+"_s << 10000 << QString();
    QTest::addRow("more than") << u">500"_s << 500 << QString();
    QTest::addRow("empty means unknown") << u"  "_s << -1 << QString();
    QTest::addRow("words are not a number")
        << u"abc"_s << -2 << u"company size “abc” is not a number (write 120, 1,200 or a range such as 50-200)"_s;
    QTest::addRow("a decimal is not a head count")
        << u"1,5"_s << -2 << u"company size “1,5” is not a number (write 120, 1,200 or a range such as 50-200)"_s;
    QTest::addRow("a negative number")
        << u"-5"_s << -2 << u"company size “-5” is not a number (write 120, 1,200 or a range such as 50-200)"_s;
    QTest::addRow("mixed separators")
        << u"1,000.000"_s << -2
        << u"company size “1,000.000” is not a number (write 120, 1,200 or a range such as 50-200)"_s;
    QTest::addRow("a range that goes down") << u"200-50"_s << -2 << u"company size range “200-50” goes down"_s;
    QTest::addRow("more than an int") << u"99999999999"_s << -2 << u"company size “99999999999” is too large"_s;
}

void TestColumnMapping::companySizes()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    QFETCH(QString, error);
    const Result<std::optional<int>> parsed = parseCompanySize(text);
    if (size == -2) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), error);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().value_or(-1), size);
}

void TestColumnMapping::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<Timestamp>("at"); // 0: error

    const auto M = DateOrder::MonthFirst;
    const auto D = DateOrder::DayFirst;
    QTest::addRow("an ISO date is midnight UTC") << u"2026-01-05"_s << M << utc(2026, 1, 5);
    QTest::addRow("date and minutes") << u"2026-01-05 14:02"_s << M << utc(2026, 1, 5, 14, 2);
    QTest::addRow("ISO with Z and milliseconds")
        << u"2026-01-05T14:02:33.250Z"_s << M << utc(2026, 1, 5, 14, 2, 33, 250);
    QTest::addRow("ISO with an offset") << u"2026-01-05T14:02:00+01:00"_s << M << utc(2026, 1, 5, 13, 2);
    QTest::addRow("ISO with a compact negative offset") << u"2026-01-05T14:02-0500"_s << M << utc(2026, 1, 5, 19, 2);
    QTest::addRow("year first with slashes") << u"2026/01/05"_s << D << utc(2026, 1, 5);
    QTest::addRow("US date for month first") << u"01/05/2026"_s << M << utc(2026, 1, 5);
    QTest::addRow("the same text day first") << u"01/05/2026"_s << D << utc(2026, 5, 1);
    QTest::addRow("Salesforce US date and 12-hour time") << u"1/5/2026, 2:02 PM"_s << M << utc(2026, 1, 5, 14, 2);
    QTest::addRow("12 AM is midnight") << u"1/5/2026 12:30 am"_s << M << utc(2026, 1, 5, 0, 30);
    QTest::addRow("French date and time") << u"05/01/2026 14:02"_s << D << utc(2026, 1, 5, 14, 2);
    QTest::addRow("dots are always day first") << u"05.01.2026"_s << M << utc(2026, 1, 5);
    QTest::addRow("a two-digit year is this century") << u"1/5/26"_s << M << utc(2026, 1, 5);
    QTest::addRow("day 31 cannot be a month") << u"31/01/2026"_s << M << Timestamp(0);
    QTest::addRow("30 February") << u"2026-02-30"_s << M << Timestamp(0);
    QTest::addRow("ISO with Z and seconds") << u"2026-01-05T14:02:33Z"_s << M << utc(2026, 1, 5, 14, 2, 33);
    QTest::addRow("ISO with a lower-case z") << u"2026-01-05t14:02:33z"_s << M << utc(2026, 1, 5, 14, 2, 33);
    QTest::addRow("30 February with a time") << u"2026-02-30T10:00:00Z"_s << M << Timestamp(0);
    QTest::addRow("hour 24 with Z") << u"2026-01-05T24:00:00Z"_s << M << Timestamp(0);
    QTest::addRow("minute 60 with Z") << u"2026-01-05T10:60:00Z"_s << M << Timestamp(0);
    QTest::addRow("hour 24") << u"2026-01-05 24:00"_s << M << Timestamp(0);
    QTest::addRow("13 PM") << u"1/5/2026 13:00 PM"_s << M << Timestamp(0);
    QTest::addRow("words") << u"yesterday"_s << M << Timestamp(0);
}

void TestColumnMapping::times()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(Timestamp, at);
    const Result<Timestamp> parsed = parseCellTime(text, order);
    if (at == 0) {
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().startsWith(u"“"_s + text + u"” is not a date (write 2026-01-31"_s));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value(), at);
}

void TestColumnMapping::fullNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::addRow("first and last") << u"Ada Lovelace"_s << u"Ada"_s << u"Lovelace"_s;
    QTest::addRow("the first word is the first name")
        << u"Grace Brewster Hopper"_s << u"Grace"_s << u"Brewster Hopper"_s;
    QTest::addRow("last, first") << u"Hopper, Grace"_s << u"Grace"_s << u"Hopper"_s;
    QTest::addRow("a single word is a first name") << u"Cher"_s << u"Cher"_s << QString();
    QTest::addRow("extra spaces are dropped") << u"  Ada   Lovelace "_s << u"Ada"_s << u"Lovelace"_s;
}

void TestColumnMapping::fullNames()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const auto [f, l] = splitFullName(name);
    QCOMPARE(f, first);
    QCOMPARE(l, last);
}

void TestColumnMapping::formatCellTimeReadsBack()
{
    for (const Timestamp t : {utc(2026, 1, 5, 9), utc(2026, 1, 5, 9, 0, 0, 250), utc(1999, 12, 31, 23, 59, 59)}) {
        QCOMPARE(parseCellTime(formatCellTime(t), DateOrder::MonthFirst).value(), t);
    }
    QCOMPARE(formatCellTime(utc(2026, 1, 5, 9)), u"2026-01-05T09:00:00Z"_s);
    QCOMPARE(formatCellTime(utc(2026, 1, 5, 9, 0, 0, 250)), u"2026-01-05T09:00:00.250Z"_s);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
