#include "userpicker.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kUserIdRole = Qt::UserRole;
}

UserPicker::UserPicker(const QList<User> &users, const QString &current, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is using Baton?"));
    auto *title = new QLabel(tr("Who is using Baton?"), this);
    title->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    auto *intro = new QLabel(tr("Choose yourself in the list. Baton shows your leads and notifications, "
                                "and records your actions under your name."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    for (const User &u : users) {
        if (!u.active)
            continue;
        auto *item = new QListWidgetItem(label(u), m_list);
        item->setData(kUserIdRole, u.id);
        if (u.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 4px; }"));
    m_list->setMinimumHeight(Theme::kGrid * 36);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Continue"));
    m_ok->setDefault(true);
    m_ok->setEnabled(m_list->currentItem() != nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_ok->setEnabled(item != nullptr); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 2, Theme::kGrid * 2, Theme::kGrid * 2, Theme::kGrid * 2);
    layout->setSpacing(Theme::kGrid + Theme::kGrid / 2);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(Theme::kGrid * 52, sizeHint().height());
}

QString UserPicker::userId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kUserIdRole).toString() : QString();
}

std::optional<QString> UserPicker::choose(const QList<User> &users, const QString &current, QWidget *parent)
{
    UserPicker picker(users, current, parent);
    if (picker.exec() != QDialog::Accepted || picker.userId().isEmpty())
        return std::nullopt;
    return picker.userId();
}

std::optional<User> UserPicker::find(const QList<User> &users, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const User &u : users) {
        if (u.id == wanted)
            return u;
    }
    for (const User &u : users) {
        if (u.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return u;
    }
    return std::nullopt;
}

QString UserPicker::initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.first().left(1) + words.last().left(1)).toUpper();
}

QString UserPicker::label(const User &user)
{
    return tr("(%1) %2 · %3").arg(initials(user.name), user.name, roleDisplayName(user.role));
}

} // namespace baton
