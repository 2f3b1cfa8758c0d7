#include "columnmapping.h"

#include "countries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace baton {

namespace {

struct ColumnMappingTr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

enum KindMask { ForLeads = 1, ForActivities = 2, ForBoth = 3 };

struct Alias
{
    HeaderFamily family;
    int kinds;
    const char16_t *target; // "-": known, deliberately not imported
    const char16_t *names;  // '|'-separated
};

using F = HeaderFamily;

// Every header Baton recognises. All names that compare equal must feed the same
// field (tst_columnmapping checks it).
constexpr Alias kAliases[] = {
    // Baton's own export (CsvExport): the ids themselves.
    {F::Baton, ForLeads, u"id", u"id"},
    {F::Baton, ForLeads, u"first_name", u"first_name"},
    {F::Baton, ForLeads, u"last_name", u"last_name"},
    {F::Baton, ForBoth, u"email", u"email"},
    {F::Baton, ForLeads, u"phone", u"phone"},
    {F::Baton, ForLeads, u"title", u"title"},
    {F::Baton, ForLeads, u"company", u"company"},
    {F::Baton, ForLeads, u"company_size", u"company_size"},
    {F::Baton, ForLeads, u"industry", u"industry"},
    {F::Baton, ForLeads, u"country", u"country"},
    {F::Baton, ForLeads, u"source", u"source"},
    {F::Baton, ForLeads, u"campaign", u"campaign"},
    {F::Baton, ForLeads, u"created_at", u"created_at"},
    {F::Baton, ForLeads, u"-", u"stage|owner|score"},
    {F::Baton, ForActivities, u"lead_id", u"lead_id"},
    {F::Baton, ForActivities, u"type", u"type"},
    {F::Baton, ForActivities, u"at", u"at"},
    {F::Baton, ForActivities, u"url", u"url"},
    {F::Baton, ForActivities, u"asset", u"asset"},
    {F::Baton, ForActivities, u"asset_kind", u"asset_kind"},
    {F::Baton, ForActivities, u"actor", u"actor"},

    {F::HubSpot, ForLeads, u"first_name", u"First Name"},
    {F::HubSpot, ForLeads, u"last_name", u"Last Name"},
    {F::HubSpot, ForLeads, u"email", u"Email"},
    {F::HubSpot, ForLeads, u"title", u"Job Title"},
    {F::HubSpot, ForLeads, u"company", u"Company Name"},
    {F::HubSpot, ForLeads, u"company_size", u"Number of Employees"},
    {F::HubSpot, ForLeads, u"industry", u"Industry"},
    {F::HubSpot, ForLeads, u"country", u"Country/Region"},
    {F::HubSpot, ForLeads, u"source", u"Original Source"},
    {F::HubSpot, ForLeads, u"created_at", u"Create Date"},
    {F::HubSpot, ForLeads, u"phone", u"Phone Number"},

    {F::Salesforce, ForLeads, u"id", u"Lead ID|Id"},
    {F::Salesforce, ForLeads, u"first_name", u"First Name|FirstName"},
    {F::Salesforce, ForLeads, u"last_name", u"Last Name|LastName"},
    {F::Salesforce, ForLeads, u"title", u"Title"},
    {F::Salesforce, ForLeads, u"company", u"Company"},
    {F::Salesforce, ForLeads, u"company_size", u"No. of Employees|NumberOfEmployees"},
    {F::Salesforce, ForLeads, u"industry", u"Industry"},
    {F::Salesforce, ForLeads, u"country", u"Country"},
    {F::Salesforce, ForLeads, u"source", u"Lead Source|LeadSource"},
    {F::Salesforce, ForLeads, u"created_at", u"Created Date|CreatedDate"},
    {F::Salesforce, ForLeads, u"email", u"Email"},
    {F::Salesforce, ForLeads, u"phone", u"Phone"},

    {F::Pipedrive, ForLeads, u"name", u"Person - Name|Name"},
    {F::Pipedrive, ForLeads, u"first_name", u"Person - First name"},
    {F::Pipedrive, ForLeads, u"last_name", u"Person - Last name"},
    {F::Pipedrive, ForLeads, u"email", u"Person - Email|Email|Person - Email - Work"},
    {F::Pipedrive, ForLeads, u"phone", u"Person - Phone|Person - Phone - Work"},
    {F::Pipedrive, ForLeads, u"company", u"Organization - Name|Organization"},
    {F::Pipedrive, ForLeads, u"title", u"Person - Job title"},
    {F::Pipedrive, ForLeads, u"company_size", u"Organization - Number of employees"},
    {F::Pipedrive, ForLeads, u"industry", u"Organization - Industry"},
    {F::Pipedrive, ForLeads, u"country", u"Organization - Country"},
    {F::Pipedrive, ForLeads, u"source", u"Lead - Source"},
    {F::Pipedrive, ForLeads, u"created_at", u"Lead created|Add time"},

    {F::English, ForLeads, u"first_name", u"First Name|Given Name|Forename"},
    {F::English, ForLeads, u"last_name", u"Last Name|Surname|Family Name"},
    {F::English, ForLeads, u"name", u"Name|Full Name|Contact Name|Contact"},
    {F::English, ForBoth, u"email", u"Email|Email Address|Work Email|Business Email|Mail"},
    {F::English, ForLeads, u"phone", u"Phone|Phone Number|Telephone|Tel|Mobile|Mobile Phone"},
    {F::English, ForLeads, u"title", u"Title|Job Title|Position|Job"},
    {F::English, ForLeads, u"company", u"Company|Company Name|Organization|Organisation|Account|Account Name|Employer"},
    {F::English, ForLeads, u"company_size",
     u"Company Size|Employees|Number of Employees|Employee Count|Headcount|Size"},
    {F::English, ForLeads, u"industry", u"Industry|Sector|Vertical"},
    {F::English, ForLeads, u"country", u"Country|Country/Region|Country Code"},
    {F::English, ForLeads, u"source", u"Source|Lead Source|Origin|UTM Source"},
    {F::English, ForLeads, u"campaign", u"Campaign|Campaign Name|UTM Campaign"},
    {F::English, ForLeads, u"created_at",
     u"Created|Created At|Created On|Creation Date|Date Created|Create Date|Created Date"},
    {F::English, ForActivities, u"lead_id", u"Lead ID|Lead"},
    {F::English, ForActivities, u"type", u"Type|Activity Type|Activity"},
    {F::English, ForActivities, u"at", u"Time|Timestamp|Date|Date/Time|Occurred At|When"},
    {F::English, ForActivities, u"url", u"URL|Page URL|Page|Link"},
    {F::English, ForActivities, u"asset", u"Asset|Asset Name|Content|Document"},
    {F::English, ForActivities, u"asset_kind", u"Asset Kind|Asset Type|Content Type"},
    {F::English, ForActivities, u"actor", u"Actor|By|User"},

    {F::French, ForLeads, u"first_name", u"Prénom"},
    {F::French, ForLeads, u"last_name", u"Nom|Nom de famille"},
    {F::French, ForLeads, u"name", u"Nom complet|Prénom et nom|Nom et prénom"},
    {F::French, ForBoth, u"email", u"E-mail|Courriel|Adresse e-mail|Adresse électronique|Mail"},
    {F::French, ForLeads, u"company",
     u"Société|Entreprise|Nom de l'entreprise|Nom de la société|Organisation|Raison sociale"},
    {F::French, ForLeads, u"title", u"Poste|Fonction|Titre|Intitulé de poste"},
    {F::French, ForLeads, u"company_size",
     u"Effectif|Effectifs|Taille de l'entreprise|Nombre d'employés|Nombre de salariés"},
    {F::French, ForLeads, u"industry", u"Secteur|Secteur d'activité|Industrie"},
    {F::French, ForLeads, u"country", u"Pays"},
    {F::French, ForLeads, u"source", u"Source|Origine"},
    {F::French, ForLeads, u"campaign", u"Campagne"},
    {F::French, ForLeads, u"phone", u"Téléphone|Tél|Portable|Mobile"},
    {F::French, ForLeads, u"created_at", u"Date de création|Créé le|Date d'ajout"},
    {F::French, ForActivities, u"type", u"Type|Type d'activité|Activité"},
    {F::French, ForActivities, u"at", u"Date|Heure|Date et heure|Horodatage"},
    {F::French, ForActivities, u"url", u"Lien|Page"},
    {F::French, ForActivities, u"asset", u"Contenu|Document"},
    {F::French, ForActivities, u"asset_kind", u"Type de contenu"},
    {F::French, ForActivities, u"actor", u"Utilisateur|Par"},
};

struct Recognised
{
    HeaderFamily family;
    int kinds;
    QString target;
    QString name; // as written in the table
};

// comparisonKey(name) → every table entry with that key.
const QMultiHash<QString, Recognised> &aliasIndex()
{
    static const QMultiHash<QString, Recognised> index = [] {
        QMultiHash<QString, Recognised> h;
        for (const Alias &a : kAliases) {
            for (const QString &name : QString::fromUtf16(a.names).split(QLatin1Char('|')))
                h.insert(comparisonKey(name), Recognised{a.family, a.kinds, QString::fromUtf16(a.target), name});
        }
        return h;
    }();
    return index;
}

int kindMask(ImportKind kind)
{
    return kind == ImportKind::Leads ? ForLeads : ForActivities;
}

// The entries for `header` usable for `kind` (and `family`, if given).
QList<Recognised> lookUp(const QString &header, ImportKind kind, std::optional<HeaderFamily> family = std::nullopt)
{
    QList<Recognised> found;
    const QString key = comparisonKey(header);
    for (auto it = aliasIndex().constFind(key); it != aliasIndex().cend() && it.key() == key; ++it) {
        if (!(it->kinds & kindMask(kind)))
            continue;
        if (family && it->family != *family)
            continue;
        // Baton's ids are recognised as the family only when written exactly so.
        if (family == HeaderFamily::Baton && header.trimmed().compare(it->name, Qt::CaseInsensitive) != 0)
            continue;
        found.append(*it);
    }
    return found;
}

HeaderFamily detectFamily(const QStringList &headers, ImportKind kind)
{
    // Earlier families win ties: a vendor is named only when it recognises a column the
    // plain English names do not.
    constexpr std::array order = {F::Baton, F::English, F::French, F::HubSpot, F::Salesforce, F::Pipedrive};
    HeaderFamily best = F::English;
    qsizetype bestCount = 0;
    for (const HeaderFamily family : order) {
        qsizetype count = 0;
        for (const QString &header : headers) {
            if (!lookUp(header, kind, family).isEmpty())
                ++count;
        }
        if (count > bestCount) {
            best = family;
            bestCount = count;
        }
    }
    return best;
}

QString dateTarget(ImportKind kind)
{
    return kind == ImportKind::Leads ? QStringLiteral("created_at") : QStringLiteral("at");
}

} // namespace

QString headerFamilyName(HeaderFamily family)
{
    switch (family) {
    case HeaderFamily::Baton: return QStringLiteral("Baton");
    case HeaderFamily::English: return ColumnMappingTr::tr("English names");
    case HeaderFamily::French: return ColumnMappingTr::tr("French names");
    case HeaderFamily::HubSpot: return QStringLiteral("HubSpot");
    case HeaderFamily::Salesforce: return QStringLiteral("Salesforce");
    case HeaderFamily::Pipedrive: return QStringLiteral("Pipedrive");
    case HeaderFamily::Custom: return ColumnMappingTr::tr("mapping file");
    }
    Q_UNREACHABLE();
    return QString();
}

const QStringList &ColumnMapping::targets(ImportKind kind)
{
    static const QStringList leads = {
        QStringLiteral("id"),       QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("name"),     QStringLiteral("email"),      QStringLiteral("phone"),
        QStringLiteral("title"),    QStringLiteral("company"),    QStringLiteral("company_size"),
        QStringLiteral("industry"), QStringLiteral("country"),    QStringLiteral("source"),
        QStringLiteral("campaign"), QStringLiteral("created_at"),
    };
    static const QStringList activities = {
        QStringLiteral("lead_id"), QStringLiteral("email"), QStringLiteral("type"),       QStringLiteral("at"),
        QStringLiteral("url"),     QStringLiteral("asset"), QStringLiteral("asset_kind"), QStringLiteral("actor"),
    };
    return kind == ImportKind::Leads ? leads : activities;
}

QStringList ColumnMapping::conflictingNames()
{
    QStringList conflicts;
    const QMultiHash<QString, Recognised> &index = aliasIndex();
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        for (auto other = index.constFind(it.key()); other != index.cend() && other.key() == it.key(); ++other) {
            if ((it->kinds & other->kinds) && it->target != other->target)
                conflicts << QStringLiteral("%1 (%2) / %3 (%4)").arg(it->name, it->target, other->name, other->target);
        }
    }
    return conflicts;
}

std::optional<HeaderFamily> ColumnMapping::presetFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"hubspot")
        return HeaderFamily::HubSpot;
    if (n == u"salesforce")
        return HeaderFamily::Salesforce;
    if (n == u"pipedrive")
        return HeaderFamily::Pipedrive;
    return std::nullopt;
}

void ColumnMapping::assign(int column, const QString &target)
{
    if (target == u"-") {
        m_notes[column] = Note::NotImported;
        return;
    }
    if (has(target)) {
        m_notes[column] = Note::Duplicate;
        m_targets[column] = target; // kept for describe(); column() returns the first
        return;
    }
    m_targets[column] = target;
    m_notes[column] = Note::Mapped;
}

ColumnMapping ColumnMapping::recognise(const QStringList &headers, ImportKind kind, std::optional<HeaderFamily> preset)
{
    ColumnMapping m;
    m.m_kind = kind;
    m.m_headers = headers;
    m.m_targets = QStringList(headers.size(), QString());
    m.m_notes = QList<Note>(headers.size(), Note::Unknown);
    m.m_family = preset ? *preset : detectFamily(headers, kind);
    for (int c = 0; c < m.columnCount(); ++c) {
        if (comparisonKey(headers.at(c)).isEmpty()) {
            m.m_notes[c] = Note::Blank;
            continue;
        }
        QList<Recognised> found = lookUp(headers.at(c), kind);
        if (preset) {
            // The vendor's names, and Baton's ids written exactly so.
            const QString exact = headers.at(c).trimmed();
            found.removeIf([&](const Recognised &r) {
                return r.family == HeaderFamily::Baton ? exact.compare(r.name, Qt::CaseInsensitive) != 0
                                                       : r.family != *preset;
            });
        }
        if (!found.isEmpty())
            m.assign(c, found.constFirst().target);
    }
    m.finish();
    return m;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QStringList &headers, ImportKind kind)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ColumnMappingTr::tr("the mapping file is not valid JSON: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1)};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QStringLiteral("columns")).isObject())
        return Error{ColumnMappingTr::tr(
            "the mapping file needs a \"columns\" object: {\"columns\": {\"File header\": \"field\"}}")};

    ColumnMapping m;
    m.m_kind = kind;
    m.m_headers = headers;
    m.m_targets = QStringList(headers.size(), QString());
    m.m_notes = QList<Note>(headers.size(), Note::Unknown);
    m.m_family = HeaderFamily::Custom;

    QList<bool> listed(headers.size(), false);
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        int column = -1;
        for (int c = 0; c < m.columnCount() && column < 0; ++c) {
            if (!listed.at(c) && comparisonKey(headers.at(c)) == comparisonKey(it.key()))
                column = c;
        }
        if (column < 0)
            return Error{
                ColumnMappingTr::tr("the mapping file names column “%1”, which the file does not have").arg(it.key())};
        listed[column] = true;
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty())) {
            m.m_notes[column] = Note::NotImported;
            continue;
        }
        const QString target = it.value().toString();
        if (!it.value().isString() || !targets(kind).contains(target))
            return Error{ColumnMappingTr::tr("the mapping file maps “%1” to “%2”, which is not a field; fields: %3")
                             .arg(it.key(), it.value().isString() ? target : ColumnMappingTr::tr("(not a text)"),
                                  targets(kind).join(QStringLiteral(", ")))};
        if (m.has(target))
            return Error{ColumnMappingTr::tr("the mapping file maps two columns to %1").arg(target)};
        m.assign(column, target);
    }
    for (int c = 0; c < m.columnCount(); ++c) {
        if (listed.at(c))
            continue;
        if (comparisonKey(headers.at(c)).isEmpty()) {
            m.m_notes[c] = Note::Blank;
            continue;
        }
        const QList<Recognised> found = lookUp(headers.at(c), kind);
        if (!found.isEmpty())
            m.assign(c, found.constFirst().target);
    }
    m.finish();

    const QJsonValue order = root.value(QStringLiteral("date_order"));
    if (!order.isUndefined()) {
        const QString o = order.toString();
        if (o == u"day_first")
            m.m_dateOrder = DateOrder::DayFirst;
        else if (o == u"month_first")
            m.m_dateOrder = DateOrder::MonthFirst;
        else
            return Error{ColumnMappingTr::tr("\"date_order\" must be \"day_first\" or \"month_first\"")};
    }
    return m;
}

void ColumnMapping::finish()
{
    m_columnOf.clear();
    for (int c = columnCount() - 1; c >= 0; --c) {
        if (m_notes.at(c) == Note::Mapped)
            m_columnOf.insert(m_targets.at(c), c);
    }
    const int dateColumn = column(dateTarget(m_kind));
    const bool frenchDateHeader = dateColumn >= 0
                                  && !lookUp(m_headers.at(dateColumn), m_kind, HeaderFamily::French).isEmpty()
                                  && lookUp(m_headers.at(dateColumn), m_kind, HeaderFamily::English).isEmpty();
    const HeaderFamily majority = m_family == HeaderFamily::Custom ? detectFamily(m_headers, m_kind) : m_family;
    m_dateOrder = frenchDateHeader || majority == HeaderFamily::French ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

QString ColumnMapping::target(int c) const
{
    if (c < 0 || c >= columnCount() || m_notes.at(c) != Note::Mapped)
        return QString();
    return m_targets.at(c);
}

int ColumnMapping::column(const QString &t) const
{
    if (!m_columnOf.isEmpty())
        return m_columnOf.value(t, -1);
    for (int c = 0; c < columnCount(); ++c) {
        if (m_notes.at(c) == Note::Mapped && m_targets.at(c) == t)
            return c;
    }
    return -1;
}

QStringList ColumnMapping::missingColumns() const
{
    QStringList problems;
    if (m_kind == ImportKind::Leads) {
        if (!has(QStringLiteral("email")) && !has(QStringLiteral("first_name")) && !has(QStringLiteral("last_name"))
            && !has(QStringLiteral("name")) && !has(QStringLiteral("company")))
            problems << ColumnMappingTr::tr(
                "no column gives an e-mail, a name or a company, and a lead needs one of them");
    } else {
        if (!has(QStringLiteral("email")) && !has(QStringLiteral("lead_id")))
            problems << ColumnMappingTr::tr("no column gives the lead (an e-mail or a lead id)");
        if (!has(QStringLiteral("type")))
            problems << ColumnMappingTr::tr("no column gives the activity type");
        if (!has(QStringLiteral("at")))
            problems << ColumnMappingTr::tr("no column gives the activity time");
    }
    return problems;
}

QStringList ColumnMapping::describe() const
{
    QStringList lines;
    for (int c = 0; c < columnCount(); ++c) {
        const QString header = ColumnMappingTr::tr("“%1”").arg(m_headers.at(c));
        switch (m_notes.at(c)) {
        case Note::Mapped: lines << ColumnMappingTr::tr("%1 → %2").arg(header, m_targets.at(c)); break;
        case Note::Unknown: lines << ColumnMappingTr::tr("%1 → ignored (not recognised)").arg(header); break;
        case Note::Duplicate:
            lines << ColumnMappingTr::tr("%1 → ignored (%2 comes from “%3”)")
                         .arg(header, m_targets.at(c), m_headers.at(column(m_targets.at(c))));
            break;
        case Note::NotImported: lines << ColumnMappingTr::tr("%1 → ignored (not imported)").arg(header); break;
        case Note::Blank: lines << ColumnMappingTr::tr("column %1 → ignored (no header)").arg(c + 1); break;
        }
    }
    return lines;
}

} // namespace baton
