#include "lead.h"

#include <QStringList>

namespace baton {

QString LeadFields::displayName() const
{
    const QString name = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? email : name;
}

QString LeadFields::emailDomain() const
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

const QStringList &LeadFields::fieldIds()
{
    static const QStringList ids = {
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("title"),     QStringLiteral("company"),
        QStringLiteral("company_size"), QStringLiteral("industry"), QStringLiteral("country"),
        QStringLiteral("source"),     QStringLiteral("campaign"),
    };
    return ids;
}

bool LeadFields::isField(const QString &field)
{
    return fieldIds().contains(field);
}

bool LeadFields::set(const QString &field, const QString &text)
{
    if (field == u"company_size") {
        if (text.trimmed().isEmpty()) {
            companySize.reset();
            return true;
        }
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (ok)
            companySize = n;
        return ok;
    }
    QString *target = field == u"first_name" ? &firstName
        : field == u"last_name"              ? &lastName
        : field == u"email"                  ? &email
        : field == u"phone"                  ? &phone
        : field == u"title"                  ? &title
        : field == u"company"                ? &company
        : field == u"industry"               ? &industry
        : field == u"country"                ? &country
        : field == u"source"                 ? &source
        : field == u"campaign"               ? &campaign
                                             : nullptr;
    if (!target)
        return false;
    *target = text;
    return true;
}

QString LeadFields::value(const QString &field) const
{
    if (field == u"first_name")
        return firstName;
    if (field == u"last_name")
        return lastName;
    if (field == u"email")
        return email;
    if (field == u"email_domain")
        return emailDomain();
    if (field == u"phone")
        return phone;
    if (field == u"title")
        return title;
    if (field == u"company")
        return company;
    if (field == u"company_size")
        return companySize ? QString::number(*companySize) : QString();
    if (field == u"industry")
        return industry;
    if (field == u"country")
        return country;
    if (field == u"source")
        return source;
    if (field == u"campaign")
        return campaign;
    return QString();
}

} // namespace baton
