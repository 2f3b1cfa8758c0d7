#pragma once

#include "domain/rejectionreason.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baton {

// Asks why sales turns a lead down (UI.md "Dialogs"): the lead's name and score on
// top, every reason as a radio button with its one-line explanation, a comment
// (mandatory for reasons that need one) and "Reject and send to marketing" as the
// default button, enabled only once the choice is complete. Esc cancels.
// setTexts() reuses it for a disqualification or a loss.
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    RejectDialog(const QString &leadName, int score, const QList<RejectionReason> &reasons, QWidget *parent = nullptr);

    QString reasonId() const; // empty until one is chosen
    QString comment() const;  // trimmed
    bool isValid() const;
    QPushButton *acceptButton() const { return m_accept; }

    // The window title, the question above the reasons and the default button's text.
    void setTexts(const QString &title, const QString &prompt, const QString &acceptText);
    // Selects a reason by id (e.g. from a keyboard shortcut); false if unknown.
    bool selectReason(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    QList<RejectionReason> m_reasons;
    QButtonGroup *m_group;
    QLabel *m_prompt;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QPushButton *m_accept;
};

} // namespace baton
