#pragma once

#include "domain/user.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

namespace baton {

// "Who are you?": the database's users with their role. Baton has no passwords
// (a shared team tool on trusted machines); the choice is remembered per database.
class UserPicker : public QDialog
{
    Q_OBJECT

public:
    UserPicker(const QList<User> &users, const QString &current, QWidget *parent = nullptr);

    QString userId() const;

    // Asks; nullopt when cancelled.
    static std::optional<QString> choose(const QList<User> &users, const QString &current, QWidget *parent = nullptr);

    // The user named by `text` (an id, or a name in any case), if there is one.
    static std::optional<User> find(const QList<User> &users, const QString &text);

    // "AR" for Ana Ruiz.
    static QString initials(const QString &name);
    // "(AR) Ana Ruiz · Sales rep"
    static QString label(const User &user);

private:
    QListWidget *m_list;
    QPushButton *m_ok;
};

} // namespace baton
