#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace baton {

class ImportWizard;

// The first step: which file. Reading it happens on Next, so a file that cannot
// be used (unreadable, empty, not text) is refused here with the reason.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard &wizard);

    void setPath(const QString &path);
    QString path() const;
    QString problem() const;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();

    ImportWizard &m_wizard;
    QLineEdit *m_path;
    QLabel *m_problem;
};

} // namespace baton
