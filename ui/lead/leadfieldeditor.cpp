#include "leadfieldeditor.h"

#include "badges.h"

#include "common/leadactions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace baton {

namespace {
QString fieldLabel(const QString &field)
{
    if (field == u"first_name") return LeadFieldEditor::tr("First name");
    if (field == u"last_name") return LeadFieldEditor::tr("Last name");
    if (field == u"email") return LeadFieldEditor::tr("E-mail");
    if (field == u"phone") return LeadFieldEditor::tr("Phone");
    if (field == u"title") return LeadFieldEditor::tr("Title");
    if (field == u"company") return LeadFieldEditor::tr("Company");
    if (field == u"company_size") return LeadFieldEditor::tr("Company size");
    if (field == u"industry") return LeadFieldEditor::tr("Industry");
    if (field == u"country") return LeadFieldEditor::tr("Country");
    return field;
}

QString placeholder(const QString &field)
{
    if (field == u"email") return LeadFieldEditor::tr("name@company.com");
    if (field == u"company_size") return LeadFieldEditor::tr("employees, e.g. 120");
    if (field == u"country") return LeadFieldEditor::tr("ISO code, e.g. FR");
    return QString();
}
} // namespace

const QStringList &LeadFieldEditor::shownFields()
{
    static const QStringList fields = {
        QStringLiteral("first_name"), QStringLiteral("last_name"),    QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("title"),        QStringLiteral("company"),
        QStringLiteral("company_size"), QStringLiteral("industry"),   QStringLiteral("country"),
    };
    return fields;
}

QString LeadFieldEditor::validate(const QString &field, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    if (field == u"email") {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
        if (!shape.match(v).hasMatch())
            return tr("“%1” is not an e-mail address (name@company.com).").arg(v);
    } else if (field == u"company_size") {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok)
            return tr("Company size must be a whole number of employees, not “%1”.").arg(v);
        if (n < 0)
            return tr("Company size cannot be negative.");
    } else if (field == u"country") {
        static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{2}$"));
        if (!letters.match(v).hasMatch() || QLocale::codeToTerritory(v.toUpper()) == QLocale::AnyTerritory)
            return tr("“%1” is not an ISO country code (two letters, e.g. FR, DE, GB).").arg(v);
    }
    return QString();
}

bool LeadFieldEditor::mayEdit(Role role)
{
    return role == Role::Marketer || role == Role::MarketingManager || role == Role::Admin;
}

LeadFieldEditor::LeadFieldEditor(LeadActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_message(new QLabel(this))
    , m_readOnlyNote(new QLabel(tr("Only marketing edits contact data."), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(Theme::kGrid * 2);
    form->setVerticalSpacing(Theme::kGrid / 2);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &field : shownFields()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(field);
        edit->setPlaceholderText(placeholder(field));
        edit->setAccessibleName(fieldLabel(field));
        m_edits.insert(field, edit);
        auto *label = new QLabel(fieldLabel(field), this);
        label->setFont(Theme::font(Theme::kMeta));
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, &LeadFieldEditor::updateState);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_save->isEnabled())
                save();
        });
    }
    m_message->setWordWrap(true);
    m_message->setFont(Theme::font(Theme::kMeta));
    m_message->hide();
    m_readOnlyNote->setFont(Theme::font(Theme::kMeta));
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(QStringLiteral("saveFieldsButton"));
    m_revert->setObjectName(QStringLiteral("revertFieldsButton"));
    connect(m_save, &QPushButton::clicked, this, &LeadFieldEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &LeadFieldEditor::revert);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnlyNote, 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::kGrid);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    applyRole();
}

void LeadFieldEditor::applyRole()
{
    const std::optional<User> user = m_actions.currentUser();
    m_editable = user && mayEdit(user->role);
    for (QLineEdit *edit : std::as_const(m_edits)) {
        edit->setReadOnly(!m_editable);
        edit->setFrame(m_editable);
        edit->setFocusPolicy(m_editable ? Qt::StrongFocus : Qt::ClickFocus);
    }
    m_readOnlyNote->setVisible(!m_editable);
    m_save->setVisible(m_editable);
    m_revert->setVisible(m_editable);
    updateState();
}

void LeadFieldEditor::setLead(const Lead &lead)
{
    const bool sameLead = lead.id == m_leadId;
    m_leadId = lead.id;
    for (const QString &field : shownFields()) {
        QLineEdit *edit = m_edits.value(field);
        const QString value = lead.fields.value(field);
        // Keep what the user is typing on this lead; take everything else from core.
        if (!sameLead || edit->text() == m_original.value(field))
            edit->setText(value);
        m_original.insert(field, value);
        edit->setPlaceholderText(m_editable ? placeholder(field) : tr("—"));
    }
    m_message->hide();
    applyRole();
}

bool LeadFieldEditor::isDirty() const
{
    return !changes().isEmpty();
}

QHash<QString, QString> LeadFieldEditor::changes() const
{
    QHash<QString, QString> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text != m_original.value(it.key()).trimmed())
            out.insert(it.key(), text);
    }
    return out;
}

void LeadFieldEditor::updateState()
{
    const Theme theme = themeOf(*this);
    QStringList errors;
    for (const QString &field : shownFields()) {
        QLineEdit *edit = m_edits.value(field);
        const QString error = m_editable ? validate(field, edit->text()) : QString();
        QPalette pal = palette();
        if (!error.isEmpty()) {
            pal.setColor(QPalette::Text, theme.color(Theme::Token::Bad));
            errors << error;
        }
        edit->setPalette(pal);
        edit->setToolTip(error);
    }
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, theme.color(Theme::Token::Bad));
    m_message->setPalette(messagePalette);
    // Every problem at once, one per line: fixing one should not reveal the next.
    m_message->setText(errors.join(u'\n'));
    m_message->setVisible(!errors.isEmpty());
    const bool dirty = isDirty();
    m_save->setEnabled(m_editable && dirty && errors.isEmpty() && !m_leadId.isEmpty());
    m_revert->setEnabled(m_editable && dirty);
    m_save->setToolTip(!errors.isEmpty() ? errors.join(u'\n') : dirty ? QString() : tr("Nothing changed yet."));
    setPrimaryButton(*m_save, m_save->isEnabled(), theme);
}

bool LeadFieldEditor::save()
{
    updateState();
    if (!m_save->isEnabled())
        return false;
    QString refusal;
    const QMetaObject::Connection c =
        connect(&m_actions, &LeadActions::failed, this, [&refusal](const QString &message) { refusal = message; });
    const bool ok = m_actions.updateFields(m_leadId, changes());
    disconnect(c);
    if (!ok) {
        m_message->setText(refusal);
        m_message->show();
        return false;
    }
    // Show what core stored (it trims, and upper-cases country codes), not what was typed.
    if (const std::optional<Lead> stored = m_actions.pipeline().lead(m_leadId)) {
        m_leadId.clear();
        setLead(*stored);
    }
    return true;
}

void LeadFieldEditor::revert()
{
    for (const QString &field : shownFields())
        m_edits.value(field)->setText(m_original.value(field));
    updateState();
}

} // namespace baton
