// The import wizard offscreen: a good file goes through mapping, preview and
// import; errors keep Import disabled and mark their cell; a mapping combo plans
// again; duplicates are skipped or merged; Cancel (and a cancelling progress
// report) writes nothing; bad files are refused on the first page; who may
// import. Also the desktop notifier's "new since last seen" rule.

#include "common/leadactions.h"
#include "common/theme.h"
#include "common/traynotifier.h"
#include "import/importduplicatespage.h"
#include "import/importfilepage.h"
#include "import/importissuemodel.h"
#include "import/importmappingmodel.h"
#include "import/importmappingpage.h"
#include "import/importpreviewmodel.h"
#include "import/importpreviewpage.h"
#include "import/importprogresspage.h"
#include "import/importsummarypage.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "scenariofixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <memory>

using namespace baton;
using namespace baton::test;

namespace {

// Marc imports (marketing); Ana is a rep. Ada is already a lead, with no title and no country.
const char kScenario[] = R"(
{"at":"2026-02-01T08:00:00Z","op":"config","auto_handoff":false}
{"at":"2026-02-01T08:00:00Z","op":"user","id":"marc","name":"Marc Petit","role":"marketing_manager"}
{"at":"2026-02-01T08:00:00Z","op":"user","id":"mia","name":"Mia Chen","role":"marketer"}
{"at":"2026-02-01T08:00:00Z","op":"user","id":"ana","name":"Ana Ruiz","role":"sales_rep"}
{"at":"2026-02-01T08:00:00Z","op":"user","id":"lea","name":"Léa Martin","role":"sales_manager"}
{"at":"2026-02-01T08:00:00Z","op":"user","id":"root","name":"Sam Admin","role":"admin"}
{"at":"2026-02-01T09:00:00Z","op":"lead","id":"ADA","first_name":"Ada","last_name":"Lovelace","email":"ada@analytical.io","company":"Analytical Engines"}
)";

QString csv(const char *name)
{
    return QStringLiteral(BATON_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

// Next, or Import on the last step before writing: whichever the wizard shows.
QAbstractButton *forwardButton(QWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard.button(QWizard::NextButton);
}

// Clicks forward until the import starts; false if a step refuses.
bool goToImport(ImportWizard &wizard)
{
    for (int i = 0; i < 4 && wizard.currentId() != ImportWizard::ProgressPage; ++i) {
        QAbstractButton *forward = forwardButton(wizard);
        if (!forward->isEnabled())
            return false;
        forward->click();
    }
    return wizard.currentId() == ImportWizard::ProgressPage;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_theme.apply(*qApp);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_f.reset();
        m_dir.reset();
    }

    void goodFileIsImported_data();
    void goodFileIsImported();
    void activitiesAreImported_data();
    void activitiesAreImported();
    void errorsKeepImportDisabled_data();
    void errorsKeepImportDisabled();
    void mappingComboPlansAgain();
    void duplicatesSkipOrMerge_data();
    void duplicatesSkipOrMerge();
    void cancelledByProgressWritesNothing_data();
    void cancelledByProgressWritesNothing();
    void cancelButtonStopsTheImport();
    void badFileIsRefused_data();
    void badFileIsRefused();
    void whoMayImport_data();
    void whoMayImport();
    void mainWindowImportActionsFollowTheRole();
    void trayShowsOnlyNewNotifications_data();
    void trayShowsOnlyNewNotifications();
    void trayMessageListsAFew();

private:
    // The fixture's pipeline in memory, or in a file (the import then runs on a worker thread).
    void setUp(bool onDisk)
    {
        m_f = std::make_unique<ScenarioFixture>();
        const QString location = onDisk ? m_dir->filePath(QStringLiteral("baton.sqlite")) : QStringLiteral(":memory:");
        const QString error = m_f->setUp(kScenario, location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    int leadCount() { return m_f->pipeline->leads().count(); }

    Theme m_theme{Theme::Mode::Light};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScenarioFixture> m_f;
};

void TestImportWizard::goodFileIsImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("onDisk");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("mappedColumns");

    QTest::addRow("a UTF-8 file, imported on the window's in-memory pipeline")
        << csv("utf8_comma_lf.csv") << false << 2 << 4;
    QTest::addRow("a UTF-8 file, imported on a worker thread with its own connection")
        << csv("utf8_comma_lf.csv") << true << 2 << 4;
    QTest::addRow("a French semicolon file in Windows-1252") << csv("windows1252_semicolon.csv") << true << -1 << -1;
}

void TestImportWizard::goodFileIsImported()
{
    QFETCH(QString, file);
    QFETCH(bool, onDisk);
    QFETCH(int, created);
    QFETCH(int, mappedColumns);
    setUp(onDisk);
    const int before = leadCount();

    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.page(ImportWizard::PreviewPage));
    QAbstractItemModelTester mappingTester(mapping->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(preview->previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester errorTester(preview->errorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QVERIFY(wizard.openFile(file));
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    const ImportPlan &plan = wizard.session().plan();
    QVERIFY2(plan.ok(), qPrintable(plan.errors.isEmpty() ? QString() : plan.errors.constFirst().text()));
    if (created < 0)
        created = int(plan.newLeads.size());
    QVERIFY(created > 0);
    // The detected format, and one row per column with a combo box on it.
    QVERIFY(mapping->formatText().contains(csvEncodingName(plan.encoding)));
    QCOMPARE(mapping->model()->rowCount(), plan.mapping.columnCount());
    int mapped = 0;
    for (int r = 0; r < mapping->model()->rowCount(); ++r) {
        const QModelIndex field = mapping->model()->index(r, ImportMappingModel::FieldColumn);
        QVERIFY(qobject_cast<QComboBox *>(mapping->table()->indexWidget(field)));
        mapped += field.data(ImportMappingModel::TargetRole).toString().isEmpty() ? 0 : 1;
    }
    if (mappedColumns >= 0)
        QCOMPARE(mapped, mappedColumns);
    QVERIFY(forwardButton(wizard)->isEnabled());

    forwardButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(preview->previewModel()->rowCount(), plan.rows);
    QCOMPARE(preview->errorModel()->rowCount(), 0);
    QVERIFY(preview->blockedReason().isEmpty());
    QCOMPARE(forwardButton(wizard)->text().remove(QLatin1Char('&')), QStringLiteral("Import"));

    QVERIFY(goToImport(wizard));
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.outcome() && wizard.outcome()->ok);
    QCOMPARE(imported.size(), 1);
    m_f->pipeline->reload();
    QCOMPARE(leadCount(), before + created);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.page(ImportWizard::SummaryPage));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 lead(s) created").arg(created)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("New +%1").arg(created)), qPrintable(summary->text()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
}

void TestImportWizard::activitiesAreImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("recorded"); // -1: the file has errors, Import stays disabled

    QTest::addRow("three activities of a known lead are recorded") << csv("activities_known_lead.csv") << 3;
    QTest::addRow("an activity of an unknown e-mail blocks the whole file") << csv("activities.csv") << -1;
}

void TestImportWizard::activitiesAreImported()
{
    QFETCH(QString, file);
    QFETCH(int, recorded);
    setUp(true);
    const qsizetype before = m_f->pipeline->leads().activities(QStringLiteral("ADA")).size();

    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Activities, QStringLiteral("marc"));
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Import activities"));
    wizard.show();
    QVERIFY(wizard.openFile(file));
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
    QCOMPARE(mapping->model()->index(1, ImportMappingModel::FieldColumn).data(ImportMappingModel::TargetRole),
             QVariant(QStringLiteral("type")));
    forwardButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    if (recorded < 0) {
        QVERIFY(!forwardButton(wizard)->isEnabled());
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard.page(ImportWizard::PreviewPage));
        QVERIFY(preview->previewModel()
                    ->indexOf(4, QStringLiteral("email"))
                    .data(ImportPreviewModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("grace@cobol.dev")));
        return;
    }
    QVERIFY(goToImport(wizard)); // no duplicates step for activities
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.outcome()->ok);
    QCOMPARE(m_f->pipeline->leads().activities(QStringLiteral("ADA")).size(), before + recorded);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.page(ImportWizard::SummaryPage));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 activity record(s) added to 1 lead(s)").arg(recorded)),
             qPrintable(summary->text()));
}

void TestImportWizard::errorsKeepImportDisabled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("why");

    QTest::addRow("a company size that is not a number marks its cell")
        << csv("bad_company_size.csv") << 2 << QStringLiteral("company_size") << QStringLiteral("abc");
    QTest::addRow("an e-mail address that is not one marks its cell")
        << csv("bad_email.csv") << 2 << QStringLiteral("email") << QStringLiteral("ada@@analytical.io");
    QTest::addRow("an unknown country marks its cell")
        << csv("bad_country.csv") << 2 << QStringLiteral("country") << QStringLiteral("Atlantis");
    QTest::addRow("a date that is no date marks its cell")
        << csv("bad_date.csv") << 3 << QStringLiteral("created_at") << QStringLiteral("yesterday");
    QTest::addRow("a row with too many values marks the whole row")
        << csv("bad_ragged.csv") << -1 << QString() << QStringLiteral("values");
}

void TestImportWizard::errorsKeepImportDisabled()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, why);
    setUp(false);
    const int before = leadCount();

    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.page(ImportWizard::PreviewPage));
    QAbstractItemModelTester previewTester(preview->previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.show();
    QVERIFY(wizard.openFile(file));
    forwardButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));

    const ImportPlan &plan = wizard.session().plan();
    QVERIFY(!plan.ok());
    QVERIFY(!preview->isComplete());
    QVERIFY(!forwardButton(wizard)->isEnabled());
    QVERIFY(preview->blockedReason().contains(QStringLiteral("Nothing can be imported")));
    // Every error is listed under the preview.
    QCOMPARE(preview->errorModel()->rowCount(), int(plan.errors.size()));
    QVERIFY(preview->errorTable()->isVisibleTo(&wizard));

    ImportPreviewModel *model = preview->previewModel();
    if (row < 0) {
        // A row-wide error: every cell of that row is tinted and explains.
        row = plan.errors.constFirst().row;
        const QModelIndex first = model->indexOf(row, QString());
        QVERIFY(first.isValid());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(why));
        QCOMPARE(first.data(Qt::BackgroundRole).value<QColor>().rgb(), m_theme.color(Theme::Token::Bad).rgb());
        return;
    }
    const QModelIndex cell = model->indexOf(row, column);
    QVERIFY(cell.isValid());
    QCOMPARE(model->headerData(cell.row(), Qt::Vertical).toInt(), row);
    QCOMPARE(cell.data().toString(), why);
    QVERIFY(!cell.data(ImportPreviewModel::ProblemRole).toString().isEmpty());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data(ImportPreviewModel::ProblemRole).toString());
    const QColor tint = cell.data(Qt::BackgroundRole).value<QColor>();
    QCOMPARE(tint.rgb(), m_theme.color(Theme::Token::Bad).rgb());
    QVERIFY(tint.alpha() < 255);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
    // A clean cell of another column stays untinted.
    const QModelIndex other = cell.siblingAtColumn(cell.column() == 0 ? 1 : 0);
    QVERIFY(other.data(ImportPreviewModel::ProblemRole).toString().isEmpty()
            || other.data(Qt::BackgroundRole).value<QColor>().alpha() < tint.alpha());
    // Clicking the problem in the list shows its cell.
    const QModelIndex listed = preview->errorModel()->index(0, 0);
    Q_EMIT preview->errorTable()->clicked(listed);
    QVERIFY(preview->previewTable()->currentIndex().isValid());

    QCOMPARE(leadCount(), before);
}

void TestImportWizard::mappingComboPlansAgain()
{
    setUp(false);
    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
    QAbstractItemModelTester tester(mapping->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy replanned(&wizard, &ImportWizard::planChanged);
    wizard.show();
    QVERIFY(wizard.openFile(csv("mapping_custom.csv")));

    // "Courriel pro" and "Boîte" are nobody's names: no e-mail, name or company, so no Next.
    const ColumnMapping &detected = wizard.session().plan().mapping;
    QCOMPARE(detected.headers().at(0), QStringLiteral("Courriel pro"));
    QVERIFY(detected.target(0).isEmpty());
    QVERIFY(!mapping->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(mapping->problem().contains(QStringLiteral("e-mail")));

    // Choosing a field in the first column's combo box plans again with it.
    auto *combo = qobject_cast<QComboBox *>(
        mapping->table()->indexWidget(mapping->model()->index(0, ImportMappingModel::FieldColumn)));
    QVERIFY(combo);
    const int planned = int(replanned.size());
    combo->setCurrentIndex(combo->findData(QStringLiteral("email")));
    QCOMPARE(int(replanned.size()), planned + 1);
    QCOMPARE(wizard.session().plan().mapping.target(0), QStringLiteral("email"));
    QVERIFY(wizard.session().isMappingEdited());
    QVERIFY(mapping->isComplete());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(mapping->problem().isEmpty());
    // Ada is already a lead: a duplicate; Grace is new.
    QCOMPARE(wizard.session().plan().newLeads.size(), 1);
    QCOMPARE(wizard.session().plan().duplicates.size(), 1);
    QCOMPARE(wizard.session().plan().newLeads.constFirst().fields.email, QStringLiteral("grace@cobol.dev"));

    // A field feeds from one column: choosing e-mail for "Boîte" ignores "Courriel pro".
    auto *second = qobject_cast<QComboBox *>(
        mapping->table()->indexWidget(mapping->model()->index(1, ImportMappingModel::FieldColumn)));
    QVERIFY(second);
    second->setCurrentIndex(second->findData(QStringLiteral("company")));
    QCOMPARE(wizard.session().plan().mapping.target(1), QStringLiteral("company"));
    QCOMPARE(wizard.session().plan().newLeads.constFirst().fields.company, QStringLiteral("Cobol Inc"));
    second->setCurrentIndex(second->findData(QStringLiteral("email")));
    QCOMPARE(wizard.session().plan().mapping.target(1), QStringLiteral("email"));
    QVERIFY(wizard.session().plan().mapping.target(0).isEmpty());
    QCOMPARE(combo->currentData().toString(), QString()); // the first combo follows

    // The date order is part of the mapping: Grace's 06/01/2026 is 6 January read day first.
    second->setCurrentIndex(second->findData(QStringLiteral("company")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("email")));
    auto *dateCombo = qobject_cast<QComboBox *>(
        mapping->table()->indexWidget(mapping->model()->index(5, ImportMappingModel::FieldColumn)));
    QVERIFY(dateCombo);
    dateCombo->setCurrentIndex(dateCombo->findData(QStringLiteral("created_at")));
    QCOMPARE(wizard.session().plan().mapping.target(5), QStringLiteral("created_at"));
    auto *dateOrder = mapping->findChild<QComboBox *>(QStringLiteral("dateOrder"));
    dateOrder->setCurrentIndex(dateOrder->findData(int(DateOrder::DayFirst)));
    Q_EMIT dateOrder->activated(dateOrder->currentIndex());
    QCOMPARE(wizard.session().plan().mapping.dateOrder(), DateOrder::DayFirst);
    QVERIFY(wizard.session().plan().ok());
    const Timestamp sixthOfJanuary = QDateTime(QDate(2026, 1, 6), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(wizard.session().plan().newLeads.constFirst().createdAt.value_or(0), sixthOfJanuary);

    // Back to what Baton recognised.
    mapping->findChild<QPushButton *>(QStringLiteral("resetMapping"))->click();
    QVERIFY(!wizard.session().isMappingEdited());
    QVERIFY(wizard.session().plan().mapping.target(0).isEmpty());
    QVERIFY(!mapping->isComplete());
}

void TestImportWizard::duplicatesSkipOrMerge_data()
{
    QTest::addColumn<bool>("merge");
    QTest::addColumn<int>("newLeads");
    QTest::addColumn<int>("merges");
    QTest::addColumn<QString>("adaTitle");

    // duplicates.csv: Ada twice (Baton has her), Grace and a new lead.
    QTest::addRow("skipped duplicates leave Ada as she was") << false << 2 << 0 << QString();
    QTest::addRow("merged duplicates fill Ada's empty title") << true << 2 << 1 << QStringLiteral("CTO");
}

void TestImportWizard::duplicatesSkipOrMerge()
{
    QFETCH(bool, merge);
    QFETCH(int, newLeads);
    QFETCH(int, merges);
    QFETCH(QString, adaTitle);
    setUp(true);
    const int before = leadCount();

    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    auto *duplicates = qobject_cast<ImportDuplicatesPage *>(wizard.page(ImportWizard::DuplicatesPage));
    QAbstractItemModelTester tester(duplicates->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.show();
    QVERIFY(wizard.openFile(csv("duplicates.csv")));
    forwardButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(forwardButton(wizard)->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Next")));
    forwardButton(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPage));
    QCOMPARE(duplicates->model()->rowCount(), 2);
    QVERIFY(duplicates->skipButton()->isChecked());

    if (merge)
        duplicates->mergeButton()->click();
    const ImportPlan &plan = wizard.session().plan();
    QCOMPARE(plan.duplicatePolicy, merge ? DuplicatePolicy::Merge : DuplicatePolicy::Skip);
    QCOMPARE(int(plan.newLeads.size()), newLeads);
    QCOMPARE(int(plan.merges.size()), merges);
    QCOMPARE(duplicates->model()->rowCount(), 2);
    QVERIFY(duplicates->outcomeText().contains(merge ? QStringLiteral("1 existing lead(s) updated")
                                                     : QStringLiteral("2 duplicate row(s) skipped")));
    QCOMPARE(forwardButton(wizard)->text().remove(QLatin1Char('&')), QStringLiteral("Import"));

    QVERIFY(goToImport(wizard));
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.outcome()->ok);
    m_f->pipeline->reload();
    QCOMPARE(leadCount(), before + newLeads);
    QCOMPARE(m_f->pipeline->lead(QStringLiteral("ADA"))->fields.title, adaTitle);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.page(ImportWizard::SummaryPage));
    QVERIFY2(summary->text().contains(merge ? QStringLiteral("1 existing lead(s) updated from 2 duplicate row(s)")
                                            : QStringLiteral("2 duplicate row(s) skipped")),
             qPrintable(summary->text()));
}

void TestImportWizard::cancelledByProgressWritesNothing_data()
{
    QTest::addColumn<bool>("onDisk");
    QTest::addColumn<int>("cancelAt"); // the progress report that cancels: 0 before the first row, else the last

    QTest::addRow("in memory, before the first row") << false << 0;
    QTest::addRow("in memory, after the last row") << false << 1;
    QTest::addRow("on a worker thread, before the first row") << true << 0;
    QTest::addRow("on a worker thread, after the last row, rolled back") << true << 1;
}

void TestImportWizard::cancelledByProgressWritesNothing()
{
    QFETCH(bool, onDisk);
    QFETCH(int, cancelAt);
    setUp(onDisk);
    const int before = leadCount();

    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.runner()->setProgressHook(
        [cancelAt](int done, int total) { return cancelAt == 0 ? done != 0 || total == 0 : done < total; });
    wizard.show();
    QVERIFY(wizard.openFile(csv("utf8_comma_lf.csv")));
    QVERIFY(goToImport(wizard));
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));

    QVERIFY(wizard.outcome());
    QVERIFY(!wizard.outcome()->ok);
    QVERIFY(wizard.outcome()->cancelled);
    QCOMPARE(wizard.outcome()->error, LeadImport::cancelledMessage());
    QCOMPARE(imported.size(), 0);
    m_f->pipeline->reload();
    QCOMPARE(leadCount(), before);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.page(ImportWizard::SummaryPage));
    QCOMPARE(summary->headline(), QStringLiteral("Import cancelled"));
    QVERIFY(summary->text().contains(QStringLiteral("nothing was imported")));
}

void TestImportWizard::cancelButtonStopsTheImport()
{
    setUp(true);
    const int before = leadCount();

    // The worker waits in its first progress report until the test has clicked Cancel.
    QSemaphore entered;
    QSemaphore release;
    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    QVERIFY(wizard.runner()->runsInBackground());
    wizard.runner()->setProgressHook([&](int, int) {
        entered.release();
        release.acquire();
        return true;
    });
    wizard.show();
    QVERIFY(wizard.openFile(csv("utf8_comma_lf.csv")));
    QVERIFY(goToImport(wizard));
    QTRY_VERIFY(entered.available() == 1);

    auto *progress = qobject_cast<ImportProgressPage *>(wizard.page(ImportWizard::ProgressPage));
    QVERIFY(wizard.runner()->isRunning());
    // Mid-import the wizard does not close: neither Esc, nor the window's close button.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    wizard.close();
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));

    QVERIFY(progress->cancelButton()->isEnabled());
    progress->cancelButton()->click();
    QVERIFY(!progress->cancelButton()->isEnabled());
    release.release();

    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.outcome()->cancelled);
    m_f->pipeline->reload();
    QCOMPARE(leadCount(), before);
    QVERIFY(!wizard.runner()->isRunning());
}

void TestImportWizard::badFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes"); // written to a file first; a null array: no file at all
    QTest::addColumn<QString>("why");

    QTest::addRow("an empty file") << QByteArray("") << QStringLiteral("is empty");
    QTest::addRow("a file of blank lines") << QByteArray("\n\n  \r\n") << QStringLiteral("is empty");
    QByteArray junk("PK\x03\x04", 4);
    for (int i = 0; i < 512; ++i)
        junk.append(char((i * 37) % 256));
    QTest::addRow("binary junk (a zipped spreadsheet)") << junk << QStringLiteral("binary data");
    QTest::addRow("a file that does not exist") << QByteArray() << QStringLiteral("cannot be read");
}

void TestImportWizard::badFileIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    setUp(false);
    const int before = leadCount();

    const QString path = m_dir->filePath(QStringLiteral("leads.csv"));
    if (!bytes.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ImportWizard wizard(*m_f->pipeline, m_theme, ImportKind::Leads, QStringLiteral("marc"));
    wizard.show();
    QVERIFY(!wizard.openFile(path));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    auto *page = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
    QVERIFY2(page->problem().contains(why), qPrintable(page->problem()));
    QVERIFY(page->problem().contains(QStringLiteral("leads.csv")));
    QVERIFY(!wizard.session().isLoaded());
    QCOMPARE(leadCount(), before);
}

void TestImportWizard::whoMayImport_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");

    QTest::addRow("a marketing manager may") << QStringLiteral("marc") << true;
    QTest::addRow("a marketer may") << QStringLiteral("mia") << true;
    QTest::addRow("an admin may") << QStringLiteral("root") << true;
    QTest::addRow("a sales rep may not") << QStringLiteral("ana") << false;
    QTest::addRow("a sales manager may not") << QStringLiteral("lea") << false;
}

void TestImportWizard::whoMayImport()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    setUp(false);
    const QString why = ImportWizard::whyNotImport(m_f->pipeline->user(user), true);
    QCOMPARE(why.isEmpty(), allowed);
    if (!allowed)
        QVERIFY(why.contains(m_f->pipeline->user(user)->name));
    // Nobody chosen: a new database imports as the system; one with users asks who you are.
    QVERIFY(ImportWizard::whyNotImport(std::nullopt, false).isEmpty());
    QVERIFY(!ImportWizard::whyNotImport(std::nullopt, true).isEmpty());
}

void TestImportWizard::mainWindowImportActionsFollowTheRole()
{
    setUp(false);
    LeadActions actions(*m_f->pipeline, QStringLiteral("ana"));
    MainWindow window(actions, m_theme);
    QAction *importLeads = nullptr;
    QAction *importActivities = nullptr;
    for (QAction *a : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (a->text() == QStringLiteral("Import &leads…"))
            importLeads = a;
        if (a->text() == QStringLiteral("Import &activities…"))
            importActivities = a;
    }
    QVERIFY(importLeads && importActivities);
    QVERIFY(!importLeads->isEnabled());
    QVERIFY(!importActivities->isEnabled());
    QVERIFY(importLeads->toolTip().contains(QStringLiteral("marketing")));
    QVERIFY(!window.startImport(ImportKind::Leads));

    window.setCurrentUser(QStringLiteral("marc"));
    QVERIFY(importLeads->isEnabled());
    QVERIFY(importActivities->isEnabled());
    QPointer<ImportWizard> wizard = window.startImport(ImportKind::Activities);
    QVERIFY(wizard);
    QCOMPARE(wizard->kind(), ImportKind::Activities);
    QVERIFY(wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!wizard); // deletes itself when closed

    // The desktop notifications toggle is there; offscreen there is no tray, so it says so.
    auto *toggle = window.findChild<QAction *>(QStringLiteral("desktopNotifications"));
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    if (!window.trayNotifier()->isAvailable()) {
        QVERIFY(!toggle->isEnabled());
        QVERIFY(toggle->toolTip().contains(QStringLiteral("no system tray")));
    }
}

void TestImportWizard::trayShowsOnlyNewNotifications_data()
{
    QTest::addColumn<QList<qint64>>("unread"); // ids, newest first
    QTest::addColumn<qint64>("lastSeen");      // before; -1: nothing seen yet
    QTest::addColumn<QList<qint64>>("fresh");
    QTest::addColumn<qint64>("seenAfter");

    const qint64 none = -1;
    QTest::addRow("a first look shows nothing and remembers the newest")
        << QList<qint64>{7, 5, 2} << none << QList<qint64>{} << qint64(7);
    QTest::addRow("a first look at nothing remembers that nothing was seen")
        << QList<qint64>{} << none << QList<qint64>{} << qint64(0);
    QTest::addRow("after an empty first look, the first arrival is new")
        << QList<qint64>{1} << qint64(0) << QList<qint64>{1} << qint64(1);
    QTest::addRow("nothing new since the last look")
        << QList<qint64>{7, 5} << qint64(7) << QList<qint64>{} << qint64(7);
    QTest::addRow("two arrivals are new, the ones seen are not")
        << QList<qint64>{9, 8, 7, 5} << qint64(7) << QList<qint64>{9, 8} << qint64(9);
    QTest::addRow("reading the newest does not make older ones new")
        << QList<qint64>{5, 2} << qint64(7) << QList<qint64>{} << qint64(7);
    QTest::addRow("all read, then one arrives") << QList<qint64>{8} << qint64(7) << QList<qint64>{8} << qint64(8);
}

void TestImportWizard::trayShowsOnlyNewNotifications()
{
    QFETCH(QList<qint64>, unread);
    QFETCH(qint64, lastSeen);
    QFETCH(QList<qint64>, fresh);
    QFETCH(qint64, seenAfter);

    QList<Notification> notifications;
    for (qint64 id : unread)
        notifications << Notification{id,
                                      QStringLiteral("ana"),
                                      QStringLiteral("L%1").arg(id),
                                      QStringLiteral("assigned"),
                                      id * 1000,
                                      QStringLiteral("Lead %1 was handed off to you").arg(id),
                                      false};
    const auto [shown, seen] =
        TrayNotifier::newSince(notifications, lastSeen < 0 ? std::nullopt : std::optional<qint64>(lastSeen));
    QList<qint64> shownIds;
    for (const Notification &n : shown)
        shownIds << n.id;
    QCOMPARE(shownIds, fresh);
    QCOMPARE(seen.value_or(-1), seenAfter);

    // The notifier keeps the mark between looks, and forgets it for another user.
    TrayNotifier tray{QIcon()};
    tray.setUser(QStringLiteral("ana"));
    QVERIFY(tray.update(notifications).isEmpty());
    QVERIFY(tray.update(notifications).isEmpty());
    QList<Notification> more = notifications;
    more.prepend(Notification{100, QStringLiteral("ana"), QStringLiteral("L100"), QStringLiteral("assigned"), 1,
                              QStringLiteral("New"), false});
    QCOMPARE(tray.update(more).size(), 1);
    tray.setUser(QStringLiteral("sam"));
    QVERIFY(tray.update(more).isEmpty());
}

void TestImportWizard::trayMessageListsAFew()
{
    QList<Notification> fresh;
    for (int i = 1; i <= 5; ++i)
        fresh << Notification{
            i,    QStringLiteral("ana"), QString(), QStringLiteral("assigned"), i, QStringLiteral("Message %1").arg(i),
            false};
    const auto [oneTitle, oneText] = TrayNotifier::message(fresh.mid(0, 1));
    QCOMPARE(oneTitle, QStringLiteral("Baton"));
    QCOMPARE(oneText, QStringLiteral("Message 1"));
    const auto [title, text] = TrayNotifier::message(fresh);
    QCOMPARE(title, QStringLiteral("5 new notification(s)")); // English plurals come from baton_en.ts
    QCOMPARE(text, QStringLiteral("Message 1\nMessage 2\nMessage 3\n… and 2 more"));
    QCOMPARE(TrayNotifier::message({}).first, QString());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
