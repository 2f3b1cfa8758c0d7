#pragma once

#include "domain/lead.h"
#include "domain/user.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace baton {

class LeadActions;

// The lead's contact and company fields. Marketing roles edit them (validated as
// they type, saved through LeadActions::updateFields); everyone else reads them.
class LeadFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LeadFieldEditor(LeadActions &actions, QWidget *parent = nullptr);

    // Shows `lead`; edits in progress on the same lead survive a refresh.
    void setLead(const Lead &lead);
    bool isEditable() const { return m_editable; }
    bool isDirty() const;
    // The fields changed so far, by field id.
    QHash<QString, QString> changes() const;
    // Saves the changes; false (and the reason shown) when invalid or refused.
    bool save();
    void revert();

    // The fields shown, in order, as ids of LeadFields::fieldIds().
    static const QStringList &shownFields();
    // Why `value` is not acceptable for `field` (empty when it is), for the inline message.
    static QString validate(const QString &field, const QString &value);
    // Marketing owns contact data: marketers, marketing managers and admins edit it.
    static bool mayEdit(Role role);

private:
    void updateState();
    void applyRole();

    LeadActions &m_actions;
    QString m_leadId;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QString> m_original;
    QLabel *m_message;
    QLabel *m_readOnlyNote;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_editable = false;
};

} // namespace baton
