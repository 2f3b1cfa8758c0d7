#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace baton {

class ImportWizard;
struct ImportOutcome;

// Writing: a progress bar fed by the runner and a Cancel button. When the runner
// is done (written, failed or cancelled) the wizard moves on to the summary.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard &wizard);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Says why the window stays open when someone tries to close it mid-import.
    void explainClose();

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void finished(const ImportOutcome &outcome);

    ImportWizard &m_wizard;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QLabel *m_note;
    bool m_done = false;
};

} // namespace baton
