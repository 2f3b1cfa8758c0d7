#pragma once

#include "domain/activity.h"

#include <QDialog>

class QButtonGroup;
class QPlainTextEdit;
class QPushButton;

namespace baton {

// Logs a sales contact: call, e-mail sent or meeting, with an optional note.
// Keys 1–3 pick the type; Enter logs it; Esc cancels.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(const QString &leadName, QWidget *parent = nullptr);

    ActivityType type() const;
    void setType(ActivityType type);
    QString note() const; // trimmed
    QPushButton *acceptButton() const { return m_accept; }

    // The types offered, in order.
    static const QList<ActivityType> &types();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QButtonGroup *m_group;
    QPlainTextEdit *m_note;
    QPushButton *m_accept;
};

} // namespace baton
