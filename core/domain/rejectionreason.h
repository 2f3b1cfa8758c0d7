#pragma once

#include <QList>
#include <QString>

namespace baton {

// Why sales turned a lead down. The default list is PRODUCT.md's; the list in
// the database is editable, so the UI reads it from there.
struct RejectionReason
{
    QString id;
    QString label;
    QString explanation;
    bool needsComment = false;

    static QList<RejectionReason> defaults();
};

} // namespace baton
