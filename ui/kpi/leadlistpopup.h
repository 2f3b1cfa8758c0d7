#pragma once

#include "storage/feedbackstore.h"

#include <QFrame>
#include <QHash>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace baton {

class Theme;

// The leads behind a bar or a point: a small popup list of names; clicking one
// opens the lead (leadChosen) and closes the list.
class LeadListPopup : public QFrame
{
    Q_OBJECT

public:
    LeadListPopup(const Theme &theme, QWidget *parent = nullptr);

    // Shows `title` and the leads (at most kMostShown, then "and N more") at `globalPos`.
    void showLeads(const QString &title, const QStringList &leadIds, const QHash<QString, LeadLabel> &labels,
                   const QPoint &globalPos);
    QStringList shownLeads() const; // for tests

    static constexpr int kMostShown = 300;

Q_SIGNALS:
    void leadChosen(const QString &leadId);

private:
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace baton
