#pragma once

#include <QWizardPage>

class QLabel;

namespace baton {

class ImportWizard;

// The end: what changed ("1 204 leads created, 12 duplicates skipped; on the board
// MQL +83 …"), or why nothing was imported.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard &wizard);

    QString headline() const;
    QString text() const;

    void initializePage() override;
    int nextId() const override;

private:
    ImportWizard &m_wizard;
    QLabel *m_headline;
    QLabel *m_text;
};

} // namespace baton
