#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class ImportIssueModel;
class ImportPreviewModel;
class ImportWizard;

// The third step: the first rows as Baton reads them, every problem marked in
// the table and listed under it ("row 17, column Effectif: …"). Next (or Import)
// stays disabled while the file has errors, with a sentence saying why.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard &wizard);

    ImportPreviewModel *previewModel() const { return m_preview; }
    ImportIssueModel *errorModel() const { return m_errors; }
    QTableView *previewTable() const { return m_previewTable; }
    QTableView *errorTable() const { return m_errorTable; }
    QString blockedReason() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();
    void showIssue(const QModelIndex &index);

    ImportWizard &m_wizard;
    ImportPreviewModel *m_preview;
    ImportIssueModel *m_errors;
    QTableView *m_previewTable;
    QTableView *m_errorTable;
    QLabel *m_status;
    QLabel *m_errorHeading;
    QLabel *m_blocked;
    QPushButton *m_reload;
};

} // namespace baton
