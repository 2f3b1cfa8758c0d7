#include "contactdialog.h"

#include "lead/badges.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kNoteLines = 3;
} // namespace

const QList<ActivityType> &ContactDialog::types()
{
    static const QList<ActivityType> list = {ActivityType::Call, ActivityType::EmailSent, ActivityType::Meeting};
    return list;
}

ContactDialog::ContactDialog(const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Log contact"));
    setModal(true);
    {
        // Dialogs are surfaces (UI.md palette), like the panes.
        const Theme surfaceTheme = themeOf(*this);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, surfaceTheme.color(Theme::Token::Surface));
        setPalette(pal);
    }

    auto *name = new QLabel(leadName, this);
    name->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    auto *prompt = new QLabel(tr("How did you reach them?"), this);

    auto *typeRow = new QHBoxLayout;
    typeRow->setSpacing(Theme::kGrid * 2);
    for (int i = 0; i < types().size(); ++i) {
        auto *radio = new QRadioButton(activityTypeDisplayName(types().at(i)), this);
        radio->setObjectName(activityTypeId(types().at(i)));
        radio->setToolTip(tr("Press %1").arg(i + 1));
        m_group->addButton(radio, i);
        typeRow->addWidget(radio);
    }
    typeRow->addStretch();
    m_group->button(0)->setChecked(true);

    auto *noteLabel = new QLabel(tr("&Note (optional)"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, next step…"));
    m_note->setFixedHeight(QFontMetrics(m_note->font()).lineSpacing() * kNoteLines + Theme::kGrid * 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Log contact"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    setPrimaryButton(*m_accept, true, themeOf(*this));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 3, Theme::kGrid * 3, Theme::kGrid * 3, Theme::kGrid * 2);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(name);
    layout->addWidget(prompt);
    layout->addLayout(typeRow);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(buttons);
    setMinimumWidth(Theme::kGrid * 50);
}

ActivityType ContactDialog::type() const
{
    const int i = m_group->checkedId();
    return i >= 0 && i < types().size() ? types().at(i) : ActivityType::Call;
}

void ContactDialog::setType(ActivityType type)
{
    const qsizetype i = types().indexOf(type);
    if (i >= 0)
        m_group->button(int(i))->setChecked(true);
}

QString ContactDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ContactDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() == Qt::NoModifier && key >= Qt::Key_1 && key < Qt::Key_1 + int(types().size())) {
        m_group->button(key - Qt::Key_1)->setChecked(true);
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace baton
