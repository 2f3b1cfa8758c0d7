#pragma once

#include <QString>

#include <optional>

namespace baton {

enum class Role { SalesRep, SalesManager, MarketingManager, Marketer, Admin };

QString roleId(Role role); // "sales_rep", ...
std::optional<Role> roleFromId(const QString &id);
QString roleDisplayName(Role role);

// What each role may do (PRODUCT.md and ARCHITECTURE.md "Reliability").
bool mayDecideAndWork(Role role);   // accept, reject, contact, advance, won, lost
bool mayHandOff(Role role);         // marketing vouches for a lead; sales managers reassign
bool mayEditScoring(Role role);     // scoring model, reasons, campaigns
bool mayEditLeadFields(Role role);  // contact and company fields: marketing owns them
bool mayManageUsers(Role role);
bool mayReassign(Role role);
bool isSalesRole(Role role);

inline const QString kSystemActor = QStringLiteral("system");

struct User
{
    QString id;
    QString name;
    Role role = Role::SalesRep;
    bool active = true;
    bool away = false;
    int capacity = -1; // most pending SALs at once; -1 means no limit
    int seq = 0;      // order in which users were added: the round-robin order

    bool takesHandoffs() const { return role == Role::SalesRep && active && !away; }
};

} // namespace baton
