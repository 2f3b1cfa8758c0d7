#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;
class QTableView;

namespace baton {

class ImportIssueModel;
class ImportWizard;

// The leads' last step before writing: the rows whose e-mail (or id) Baton
// already knows or that repeat an earlier row, and whether to skip them or merge
// them (fill the existing leads' empty fields). Each choice plans again.
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDuplicatesPage(ImportWizard &wizard);

    ImportIssueModel *model() const { return m_model; }
    QRadioButton *skipButton() const { return m_skip; }
    QRadioButton *mergeButton() const { return m_merge; }
    QString outcomeText() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();

    ImportWizard &m_wizard;
    ImportIssueModel *m_model;
    QLabel *m_count;
    QTableView *m_table;
    QRadioButton *m_skip;
    QRadioButton *m_merge;
    QLabel *m_outcome;
    QLabel *m_problem;
};

} // namespace baton
