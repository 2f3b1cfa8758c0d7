#include "rejectdialog.h"

#include "lead/badges.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr int kCommentLines = 3;
} // namespace

RejectDialog::RejectDialog(const QString &leadName, int score, const QList<RejectionReason> &reasons, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
    , m_group(new QButtonGroup(this))
    , m_prompt(new QLabel(tr("Why are you sending this lead back to marketing?"), this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Reject lead"));
    setModal(true);
    {
        // Dialogs are surfaces (UI.md palette), like the panes.
        const Theme surfaceTheme = themeOf(*this);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, surfaceTheme.color(Theme::Token::Surface));
        setPalette(pal);
    }
    const Theme theme = themeOf(*this);

    auto *name = new QLabel(leadName, this);
    name->setObjectName(QStringLiteral("leadName"));
    name->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scoreLabel = new QLabel(tr("Score %1").arg(score), this);
    scoreLabel->setObjectName(QStringLiteral("leadScore"));
    scoreLabel->setFont(Theme::font(Theme::kBody, QFont::DemiBold));
    QPalette scorePalette = scoreLabel->palette();
    const QColor band = theme.scoreColor(score);
    scorePalette.setColor(QPalette::WindowText,
                          band == theme.color(Theme::Token::TextSecondary) ? theme.color(Theme::Token::Text) : band);
    scoreLabel->setPalette(scorePalette);
    auto *top = new QHBoxLayout;
    top->addWidget(name, 1);
    top->addWidget(scoreLabel);

    m_prompt->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(Theme::kGrid * 2);
    grid->setVerticalSpacing(Theme::kGrid / 2);
    for (int i = 0; i < reasons.size(); ++i) {
        const RejectionReason &reason = reasons.at(i);
        auto *radio = new QRadioButton(reason.label, this);
        radio->setObjectName(reason.id);
        if (i < 9)
            radio->setToolTip(tr("Press %1").arg(i + 1));
        m_group->addButton(radio, i);
        auto *explanation = new QLabel(reason.explanation, this);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        explanation->installEventFilter(this);
        explanation->setProperty("reasonIndex", i);
        grid->addWidget(radio, i, 0);
        grid->addWidget(explanation, i, 1);
    }
    grid->setColumnStretch(1, 1);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });

    m_commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(QFontMetrics(m_comment->font()).lineSpacing() * kCommentLines + Theme::kGrid * 2);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RejectDialog::updateState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Reject and send to marketing"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    m_accept->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 3, Theme::kGrid * 3, Theme::kGrid * 3, Theme::kGrid * 2);
    layout->setSpacing(Theme::kGrid);
    layout->addLayout(top);
    layout->addSpacing(Theme::kGrid / 2);
    layout->addWidget(m_prompt);
    layout->addLayout(grid);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);
    layout->addSpacing(Theme::kGrid);
    layout->addWidget(buttons);
    setMinimumWidth(Theme::kGrid * 60);
    updateState();
}

QString RejectDialog::reasonId() const
{
    const int i = m_group->checkedId();
    return i >= 0 && i < m_reasons.size() ? m_reasons.at(i).id : QString();
}

QString RejectDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

bool RejectDialog::isValid() const
{
    const int i = m_group->checkedId();
    if (i < 0 || i >= m_reasons.size())
        return false;
    return !m_reasons.at(i).needsComment || !comment().isEmpty();
}

void RejectDialog::setTexts(const QString &title, const QString &prompt, const QString &acceptText)
{
    setWindowTitle(title);
    m_prompt->setText(prompt);
    m_accept->setText(acceptText);
}

bool RejectDialog::selectReason(const QString &id)
{
    for (int i = 0; i < m_reasons.size(); ++i) {
        if (m_reasons.at(i).id == id) {
            m_group->button(i)->setChecked(true);
            return true;
        }
    }
    return false;
}

void RejectDialog::updateState()
{
    const int i = m_group->checkedId();
    const bool needsComment = i >= 0 && i < m_reasons.size() && m_reasons.at(i).needsComment;
    m_commentLabel->setText(needsComment ? tr("&Comment for marketing (required for “%1”)").arg(m_reasons.at(i).label)
                                         : tr("&Comment for marketing (optional)"));
    m_comment->setPlaceholderText(needsComment ? tr("Say why, so marketing can learn from it.")
                                               : tr("Anything marketing should know about this lead?"));
    const bool valid = isValid();
    m_accept->setEnabled(valid);
    setPrimaryButton(*m_accept, valid, themeOf(*this));
    m_accept->setToolTip(valid          ? QString()
                             : i < 0    ? tr("Choose a reason first.")
                                        : tr("“%1” needs a comment that says why.").arg(m_reasons.at(i).label));
}

void RejectDialog::keyPressEvent(QKeyEvent *event)
{
    // 1–9 pick a reason, so a rep can reject without the mouse.
    const int key = event->key();
    if (event->modifiers() == Qt::NoModifier && key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int i = key - Qt::Key_1;
        if (i < m_reasons.size()) {
            m_group->button(i)->setChecked(true);
            m_group->button(i)->setFocus();
            if (m_reasons.at(i).needsComment)
                m_comment->setFocus();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

bool RejectDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking an explanation chooses its reason, like clicking the radio's text.
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant index = watched->property("reasonIndex");
        if (index.isValid()) {
            if (QAbstractButton *b = m_group->button(index.toInt()))
                b->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace baton
