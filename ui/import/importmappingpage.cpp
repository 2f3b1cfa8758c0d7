#include "importmappingpage.h"

#include "importfielddelegate.h"
#include "importlook.h"
#include "importmappingmodel.h"
#include "importwizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

namespace {

constexpr int kExampleRows = 20; // rows searched for a column's first value

QString delimiterName(QChar c)
{
    if (c == u',')
        return ImportMappingPage::tr("comma-separated");
    if (c == u';')
        return ImportMappingPage::tr("semicolon-separated");
    if (c == u'\t')
        return ImportMappingPage::tr("tab-separated");
    return ImportMappingPage::tr("separated by “%1”").arg(c);
}

QString familyText(HeaderFamily family)
{
    switch (family) {
    case HeaderFamily::Baton: return ImportMappingPage::tr("columns of a Baton export");
    case HeaderFamily::English: return ImportMappingPage::tr("English column names");
    case HeaderFamily::French: return ImportMappingPage::tr("French column names");
    case HeaderFamily::HubSpot: return ImportMappingPage::tr("a HubSpot export");
    case HeaderFamily::Salesforce: return ImportMappingPage::tr("a Salesforce export");
    case HeaderFamily::Pipedrive: return ImportMappingPage::tr("a Pipedrive export");
    case HeaderFamily::Custom: return ImportMappingPage::tr("your mapping");
    }
    return QString();
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard),
      m_model(new ImportMappingModel(wizard.kind(), this)),
      m_table(new QTableView(this)),
      m_format(new QLabel(this)),
      m_problem(importlook::problemLabel(wizard.theme(), this)),
      m_dateOrder(new QComboBox(this)),
      m_reset(new QPushButton(tr("&Use the detected mapping"), this)),
      m_moved(importlook::noteLabel(QString(), this))
{
    m_moved->hide();
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Each column of the file feeds one Baton field. Change a field where Baton guessed wrong, or "
                   "choose “(ignore)” to leave a column out."));

    m_format->setObjectName(QStringLiteral("detectedFormat"));
    m_format->setWordWrap(true);
    m_format->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));

    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportMappingModel::FieldColumn, new ImportFieldDelegate(wizard.kind(), this));
    importlook::setTableLook(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(Theme::kGrid * 4 - 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ImportMappingModel::HeaderColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportMappingModel::ExampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImportMappingModel::FieldColumn, QHeaderView::Fixed);
    header->resizeSection(ImportMappingModel::HeaderColumn, 220);
    header->resizeSection(ImportMappingModel::FieldColumn, 260);
    // Combo boxes on every row: the mapping reads at a glance and changes in one click.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, ImportMappingModel::FieldColumn);
            if (i.flags() & Qt::ItemIsEditable)
                m_table->openPersistentEditor(i);
        }
    });
    connect(m_model, &ImportMappingModel::targetEdited, this, [this](int column, const QString &target) {
        const int freed = m_wizard.session().setTarget(column, target);
        importlook::setProblem(m_moved, freed < 0 ? QString()
                                                  : tr("“%1” now feeds %2, so “%3” is ignored.")
                                                        .arg(m_model->index(column, 0).data().toString(),
                                                             ImportMappingModel::fieldLabel(target),
                                                             m_model->index(freed, 0).data().toString()));
        m_wizard.sessionChanged();
    });

    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("month/day/year (US)"), int(DateOrder::MonthFirst));
    m_dateOrder->addItem(tr("day/month/year"), int(DateOrder::DayFirst));
    auto *dateLabel = new QLabel(tr("&Dates like 05/01/2026 read as"), this);
    dateLabel->setBuddy(m_dateOrder);
    connect(m_dateOrder, &QComboBox::activated, this, [this] {
        m_wizard.session().setDateOrder(DateOrder(m_dateOrder->currentData().toInt()));
        m_wizard.sessionChanged();
    });
    m_reset->setObjectName(QStringLiteral("resetMapping"));
    m_reset->setToolTip(tr("Forget your changes and map the columns as Baton recognised them."));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_wizard.session().resetMapping();
        importlook::setProblem(m_moved, QString());
        m_wizard.sessionChanged();
    });
    auto *options = new QHBoxLayout;
    options->addWidget(dateLabel);
    options->addWidget(m_dateOrder);
    options->addStretch(1);
    options->addWidget(m_reset);

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(m_format);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_moved);
    layout->addLayout(options);
    layout->addWidget(m_problem);

    connect(&wizard, &ImportWizard::planChanged, this, &ImportMappingPage::refresh);
}

QString ImportMappingPage::formatText() const
{
    return m_format->text();
}

QString ImportMappingPage::problem() const
{
    return m_problem->text();
}

void ImportMappingPage::initializePage()
{
    importlook::setProblem(m_moved, QString());
    refresh();
}

void ImportMappingPage::refresh()
{
    const ImportSession &session = m_wizard.session();
    const ImportPlan &plan = session.plan();
    const CsvDocument &doc = session.document();
    const QStringList headers = doc.records.isEmpty() ? QStringList() : doc.records.constFirst().fields;

    QStringList examples(headers.size());
    int seen = 0;
    for (qsizetype r = 1; r < doc.records.size() && seen < kExampleRows; ++r, ++seen) {
        const QStringList &fields = doc.records.at(r).fields;
        for (int c = 0; c < headers.size() && c < fields.size(); ++c) {
            if (examples.at(c).isEmpty())
                examples[c] = fields.at(c).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
    }
    m_model->setColumns(headers, examples, session.targets(), plan.mapping.describe());

    m_format->setText(tr("“%1”: %2, %3, %Ln data row(s). The column names look like %4.", nullptr, plan.rows)
                          .arg(session.fileName(), csvEncodingName(plan.encoding), delimiterName(plan.delimiter),
                               familyText(session.detectedFamily())));
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(plan.mapping.dateOrder())));
    m_reset->setEnabled(session.isMappingEdited());

    QStringList problems;
    for (const ImportIssue &issue : session.fileErrors())
        problems << issue.message;
    if (!problems.isEmpty()) {
        QString text = problems.join(QLatin1Char('\n'));
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        const QString what = plan.mapping.missingColumns().isEmpty() ? tr("Go back and choose another file.")
                                                                     : tr("Choose above which column gives it.");
        importlook::setProblem(m_problem, tr("%1.\n%2").arg(text, what));
    } else {
        importlook::setProblem(m_problem, QString());
    }
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard.session().isLoaded() && m_wizard.session().fileErrors().isEmpty();
}

int ImportMappingPage::nextId() const
{
    return ImportWizard::PreviewPage;
}

} // namespace baton
