#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace baton {

class Theme;

// The status bar's brief answer to an action: "Rejected · Undo" after a change
// that can be undone, or the reason an action was refused. It fades after a while.
class ConfirmationBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShowMs = 8000;

    explicit ConfirmationBar(const Theme &theme, QWidget *parent = nullptr);

    void showSuccess(const QString &message, bool undoable);
    void showFailure(const QString &message);
    QString message() const;
    bool undoOffered() const;

Q_SIGNALS:
    void undoRequested();

private:
    const Theme &m_theme;
    QLabel *m_text;
    QPushButton *m_undo;
    QTimer *m_hide;
};

} // namespace baton
