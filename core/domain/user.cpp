#include "user.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct RoleTr
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QString roleId(Role role)
{
    switch (role) {
    case Role::SalesRep: return QStringLiteral("sales_rep");
    case Role::SalesManager: return QStringLiteral("sales_manager");
    case Role::MarketingManager: return QStringLiteral("marketing_manager");
    case Role::Marketer: return QStringLiteral("marketer");
    case Role::Admin: return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role r : {Role::SalesRep, Role::SalesManager, Role::MarketingManager, Role::Marketer, Role::Admin}) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::SalesRep: return RoleTr::tr("Sales rep");
    case Role::SalesManager: return RoleTr::tr("Sales manager");
    case Role::MarketingManager: return RoleTr::tr("Marketing manager");
    case Role::Marketer: return RoleTr::tr("Marketer");
    case Role::Admin: return RoleTr::tr("Administrator");
    }
    Q_UNREACHABLE();
    return QString();
}

bool isSalesRole(Role role)
{
    return role == Role::SalesRep || role == Role::SalesManager;
}

bool mayDecideAndWork(Role role)
{
    return isSalesRole(role);
}

bool mayHandOff(Role role)
{
    return role != Role::SalesRep;
}

bool mayEditScoring(Role role)
{
    return role == Role::MarketingManager || role == Role::Admin;
}

bool mayEditLeadFields(Role role)
{
    return role == Role::Marketer || role == Role::MarketingManager || role == Role::Admin;
}

bool mayManageUsers(Role role)
{
    return role == Role::Admin;
}

bool mayReassign(Role role)
{
    return role == Role::SalesManager || role == Role::Admin;
}

} // namespace baton
