// The lead pane: actions enabled by role and stage with a reason when not, the
// breakdown lists every rule, actions go through LeadActions and undo restores.
#include "leadfixture.h"

#include "common/leadactions.h"
#include "lead/activitytimeline.h"
#include "lead/leadfieldeditor.h"
#include "lead/leadheader.h"
#include "lead/leadpane.h"
#include "lead/scorebreakdownview.h"
#include "lead/scorehistorychart.h"
#include "triage/rejectdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace baton;
using namespace Qt::StringLiterals;

class TestLeadPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<LeadFixture> f;

    static QString stageChip(const LeadPane &pane)
    {
        return pane.findChild<LeadHeader *>()->chips().value(0).text;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<LeadFixture>();
        f->createLead(u"L1"_s, u"Anna"_s, u"Schmidt"_s);
        f->clock.advance(kMsPerHour);
        LeadFixture::check(f->pipeline->recordActivity(
            u"L1"_s, ActivityType::PageView, {{u"url"_s, u"https://acme.example/pricing"_s}}, QString()));
        f->handOff(u"L1"_s, u"ana"_s, LeadFixture::t0() + 2 * kMsPerHour);
        f->clock.advance(kMsPerHour);
    }
    void cleanup() { f.reset(); }

    void marketerSeesAcceptDisabledWithWhy()
    {
        LeadActions actions(*f->pipeline, u"mia"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        QPushButton *accept = pane.button(LeadCommand::Accept);
        QVERIFY(!accept->isEnabled());
        QVERIFY(!actions.whyNotDecide().isEmpty());
        QCOMPARE(accept->toolTip(), actions.whyNotDecide());
        for (LeadCommand c : {LeadCommand::Reject, LeadCommand::LogContact, LeadCommand::Advance, LeadCommand::Win,
                              LeadCommand::Lose}) {
            QVERIFY(!pane.button(c)->isEnabled());
            QVERIFY(!pane.button(c)->toolTip().isEmpty());
        }
    }

    void anotherRepCannotDecide()
    {
        LeadActions actions(*f->pipeline, u"sam"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        QVERIFY(!pane.button(LeadCommand::Accept)->isEnabled());
        QVERIFY2(pane.button(LeadCommand::Accept)->toolTip().contains(u"Ana Ruiz"_s),
                 qPrintable(pane.button(LeadCommand::Accept)->toolTip()));
        QVERIFY(pane.button(LeadCommand::LogContact)->isEnabled());
    }

    void ownerSeesWhatTheStageAllows()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        QVERIFY(pane.button(LeadCommand::Accept)->isEnabled());
        QVERIFY(pane.button(LeadCommand::Reject)->isEnabled());
        QVERIFY(pane.button(LeadCommand::LogContact)->isEnabled());
        // A pending SAL is accepted before it advances: core's own words say why.
        QVERIFY(!pane.button(LeadCommand::Advance)->isEnabled());
        QVERIFY(pane.button(LeadCommand::Advance)->toolTip().contains(u"Accept"_s));
        QVERIFY(!pane.button(LeadCommand::Win)->isEnabled());
        QVERIFY(!pane.button(LeadCommand::Lose)->isEnabled());
        QCOMPARE(stageChip(pane), u"SAL"_s);
    }

    void breakdownListsEveryRule()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        auto *view = pane.findChild<ScoreBreakdownView *>();
        QVERIFY(view);
        QCOMPARE(view->rows().size(), f->pipeline->model().rules.size());
        QStringList shown;
        for (const BreakdownRow &r : view->rows())
            shown << r.ruleId;
        for (const ScoringRule &rule : f->pipeline->model().rules)
            QVERIFY2(shown.contains(rule.id), qPrintable(rule.id));
        QCOMPARE(view->total(), f->lead(u"L1"_s).score);
        QCOMPARE(view->total(), 80);
        QCOMPARE(view->thresholdSummary(), u"Sales-ready"_s);
        // Fired rules first.
        QVERIFY(view->rows().first().fired);
        QVERIFY(!view->rows().last().fired);
        // The score history has the creation and the pricing page.
        auto *chart = pane.findChild<ScoreHistoryChart *>();
        QCOMPARE(chart->steps().size(), 2);
        QVERIFY2(chart->steps().at(1).changes.contains(u"+20 Visited pricing page"_s),
                 qPrintable(chart->steps().at(1).changes.join(u", "_s)));
        QVERIFY(chart->steps().at(1).cause.contains(u"/pricing"_s));
    }

    void hoveringAStepNamesTheEvent()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.resize(440, 860);
        pane.show();
        pane.showLead(u"L1"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *chart = pane.findChild<ScoreHistoryChart *>();
        const QPoint at = chart->stepPoint(1).toPoint();
        QCOMPARE(chart->stepAt(at.x()), 1);
        QTest::mouseMove(chart, at);
        QTRY_COMPARE(chart->hoveredStep(), 1);
        const QString tip = describeStep(chart->steps().at(1), QTimeZone::systemTimeZone());
        QVERIFY(tip.contains(u"60 → 80"_s));
        QVERIFY(tip.contains(u"+20 Visited pricing page"_s));
        QTRY_COMPARE(QToolTip::text(), tip);
    }

    void acceptAdvanceAndUndoRestoresTheStage()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        QSignalSpy changed(&pane, &LeadPane::leadChanged);
        pane.button(LeadCommand::Accept)->click();
        QCOMPARE(f->lead(u"L1"_s).review, ReviewStatus::Accepted);
        QCOMPARE(changed.count(), 1);
        // Now it may advance to SQL, and not be accepted twice.
        QVERIFY(!pane.button(LeadCommand::Accept)->isEnabled());
        QVERIFY(pane.button(LeadCommand::Advance)->isEnabled());
        QCOMPARE(pane.button(LeadCommand::Advance)->text(), u"Advance to SQL"_s);
        pane.button(LeadCommand::Advance)->click();
        QCOMPARE(f->lead(u"L1"_s).stage, Stage::Sql);
        QCOMPARE(stageChip(pane), u"SQL"_s);
        QCOMPARE(pane.button(LeadCommand::Reject)->text(), u"Disqualify…"_s);

        actions.undoStack()->undo();
        QCOMPARE(f->lead(u"L1"_s).stage, Stage::Sal);
        QCOMPARE(stageChip(pane), u"SAL"_s); // the pane followed
        QCOMPARE(pane.button(LeadCommand::Advance)->text(), u"Advance to SQL"_s);
        // Undoing the accept as well: the lead is back where the accept left it.
        QSignalSpy failed(&actions, &LeadActions::failed);
        actions.undoStack()->undo();
        QCOMPARE(f->lead(u"L1"_s).review, ReviewStatus::Pending);
        QVERIFY(failed.isEmpty());
        // And both redo in order.
        actions.undoStack()->redo();
        actions.undoStack()->redo();
        QCOMPARE(f->lead(u"L1"_s).stage, Stage::Sql);
        QVERIFY(failed.isEmpty());
    }

    void rejectThroughTheDialogShowsInTheHistory()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.show();
        pane.showLead(u"L1"_s);
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<RejectDialog *>(QApplication::activeModalWidget())) {
                dialog->findChild<QRadioButton *>(u"other"_s)->click();
                dialog->findChild<QPlainTextEdit *>(u"comment"_s)->setPlainText(u"Wrong country office"_s);
                dialog->acceptButton()->click();
            }
        });
        pane.button(LeadCommand::Reject)->click();
        QCOMPARE(f->lead(u"L1"_s).stage, Stage::Nurture);
        auto *rejections = pane.findChild<ActivityTimeline *>(u"rejections"_s);
        QCOMPARE(rejections->entries().size(), 1);
        QCOMPARE(rejections->entries().at(0).title, u"Other"_s);
        QVERIFY(rejections->entries().at(0).detail.contains(u"Wrong country office"_s));
        QVERIFY(rejections->entries().at(0).detail.contains(u"Ana Ruiz"_s));
        auto *stages = pane.findChild<ActivityTimeline *>(u"stages"_s);
        QCOMPARE(stages->entries().at(0).title, u"SAL → Nurture"_s);
        QCOMPARE(stages->entries().at(0).detail, u"by Ana Ruiz"_s);
    }

    void salesReadsTheFieldsMarketingEditsThem()
    {
        {
            LeadActions actions(*f->pipeline, u"ana"_s);
            LeadPane pane(actions);
            pane.showLead(u"L1"_s);
            auto *editor = pane.findChild<LeadFieldEditor *>();
            QVERIFY(!editor->isEditable());
            QVERIFY(editor->findChild<QLineEdit *>(u"email"_s)->isReadOnly());
        }
        LeadActions actions(*f->pipeline, u"mia"_s);
        LeadPane pane(actions);
        pane.showLead(u"L1"_s);
        auto *editor = pane.findChild<LeadFieldEditor *>();
        QVERIFY(editor->isEditable());
        auto *email = editor->findChild<QLineEdit *>(u"email"_s);
        auto *save = editor->findChild<QPushButton *>(u"saveFieldsButton"_s);
        QVERIFY(!save->isEnabled());
        email->selectAll();
        QTest::keyClicks(email, u"anna@"_s);
        QVERIFY2(!save->isEnabled(), "an invalid e-mail cannot be saved");
        QTest::keyClicks(email, u"globex.de"_s);
        QVERIFY(save->isEnabled());
        auto *country = editor->findChild<QLineEdit *>(u"country"_s);
        country->selectAll();
        QTest::keyClicks(country, u"de"_s);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(f->lead(u"L1"_s).fields.email, u"anna@globex.de"_s);
        QCOMPARE(f->lead(u"L1"_s).fields.country, u"DE"_s);
        QCOMPARE(country->text(), u"DE"_s); // what core stored
        QVERIFY(!editor->isDirty());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addRow("an empty value is allowed") << u"email"_s << QString() << true;
        QTest::addRow("a plain address") << u"email"_s << u"anna@globex.de"_s << true;
        QTest::addRow("an address without a domain dot") << u"email"_s << u"anna@globex"_s << false;
        QTest::addRow("two at signs") << u"email"_s << u"a@b@c.de"_s << false;
        QTest::addRow("a space in an address") << u"email"_s << u"anna schmidt@globex.de"_s << false;
        QTest::addRow("a company size") << u"company_size"_s << u"120"_s << true;
        QTest::addRow("a company size of zero") << u"company_size"_s << u"0"_s << true;
        QTest::addRow("a negative company size") << u"company_size"_s << u"-3"_s << false;
        QTest::addRow("a company size in words") << u"company_size"_s << u"about 50"_s << false;
        QTest::addRow("an ISO country code") << u"country"_s << u"FR"_s << true;
        QTest::addRow("a lower-case ISO country code") << u"country"_s << u"gb"_s << true;
        QTest::addRow("a country name") << u"country"_s << u"France"_s << false;
        QTest::addRow("an unassigned code") << u"country"_s << u"QQ"_s << false;
        QTest::addRow("a free-text title") << u"title"_s << u"VP @ Sales!"_s << true;
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(LeadFieldEditor::validate(field, value).isEmpty(), valid);
    }

    void mayEditFollowsRoles()
    {
        QVERIFY(LeadFieldEditor::mayEdit(Role::Marketer));
        QVERIFY(LeadFieldEditor::mayEdit(Role::MarketingManager));
        QVERIFY(LeadFieldEditor::mayEdit(Role::Admin));
        QVERIFY(!LeadFieldEditor::mayEdit(Role::SalesRep));
        QVERIFY(!LeadFieldEditor::mayEdit(Role::SalesManager));
    }

    void emptyAndMissingLeads()
    {
        LeadActions actions(*f->pipeline, u"ana"_s);
        LeadPane pane(actions);
        pane.show();
        pane.showLead(u"nope"_s);
        QVERIFY(!pane.findChild<LeadHeader *>()->isVisible());
        pane.showLead(u"L1"_s);
        QVERIFY(pane.findChild<LeadHeader *>()->isVisible());
    }
};

QTEST_MAIN(TestLeadPane)
#include "tst_leadpane.moc"
