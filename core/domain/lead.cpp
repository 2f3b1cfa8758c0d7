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
