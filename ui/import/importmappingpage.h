#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class ImportMappingModel;
class ImportWizard;

// The second step: the detected format (encoding, delimiter, rows, whose export)
// and the column mapping as a table of combo boxes. Next waits until the mapping
// can be imported (a lead needs an e-mail, a name or a company column; ...).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard &wizard);

    ImportMappingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString formatText() const;
    QString problem() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();

    ImportWizard &m_wizard;
    ImportMappingModel *m_model;
    QTableView *m_table;
    QLabel *m_format;
    QLabel *m_problem;
    QComboBox *m_dateOrder;
    QPushButton *m_reset;
    QLabel *m_moved;
};

} // namespace baton
