// The reject dialog: a reason is required, "other" also needs a comment, the
// default button is enabled only when the choice is complete, Esc cancels.
#include "triage/rejectdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace baton;
using namespace Qt::StringLiterals;

class TestRejectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLeadNameAndScore()
    {
        RejectDialog dialog(u"Anna Schmidt"_s, 72, RejectionReason::defaults());
        QCOMPARE(dialog.findChild<QLabel *>(u"leadName"_s)->text(), u"Anna Schmidt"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"leadScore"_s)->text().contains(u"72"_s));
    }

    void listsEveryReasonAsARadioButton()
    {
        const QList<RejectionReason> reasons = RejectionReason::defaults();
        RejectDialog dialog(u"Anna"_s, 50, reasons);
        QCOMPARE(dialog.findChildren<QRadioButton *>().size(), reasons.size());
        for (const RejectionReason &r : reasons) {
            auto *radio = dialog.findChild<QRadioButton *>(r.id);
            QVERIFY2(radio, qPrintable(r.id));
            QCOMPARE(radio->text(), r.label);
            // The one-line explanation is on screen next to it.
            bool explained = false;
            for (QLabel *label : dialog.findChildren<QLabel *>())
                explained = explained || label->text() == r.explanation;
            QVERIFY2(explained, qPrintable(r.id));
        }
    }

    void acceptDisabledWithoutAReason()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        QVERIFY(dialog.reasonId().isEmpty());
        QVERIFY(!dialog.isValid());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.acceptButton()->toolTip().isEmpty());
        QVERIFY(dialog.acceptButton()->isDefault());
        QCOMPARE(dialog.acceptButton()->text(), u"Reject and send to marketing"_s);
    }

    void validReasonEnablesAccept()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        dialog.findChild<QRadioButton *>(u"no_budget"_s)->click();
        QCOMPARE(dialog.reasonId(), u"no_budget"_s);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.acceptButton()->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void otherNeedsAComment()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        dialog.findChild<QRadioButton *>(u"other"_s)->click();
        QVERIFY(!dialog.acceptButton()->isEnabled());
        auto *comment = dialog.findChild<QPlainTextEdit *>(u"comment"_s);
        comment->setPlainText(u"   "_s);
        QVERIFY2(!dialog.acceptButton()->isEnabled(), "blank is not a comment");
        comment->setPlainText(u"Asked us to stop calling"_s);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.comment(), u"Asked us to stop calling"_s);
        // Back to a reason that needs no comment: still valid.
        comment->clear();
        dialog.findChild<QRadioButton *>(u"duplicate"_s)->click();
        QVERIFY(dialog.acceptButton()->isEnabled());
    }

    void numberKeysPickAReason()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        QTest::keyClick(&dialog, Qt::Key_2);
        QCOMPARE(dialog.reasonId(), RejectionReason::defaults().at(1).id);
    }

    void escCancels()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        dialog.findChild<QRadioButton *>(u"no_budget"_s)->click();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void textsCanSayLost()
    {
        RejectDialog dialog(u"Anna"_s, 50, RejectionReason::defaults());
        dialog.setTexts(u"Mark as lost"_s, u"Why was the deal lost?"_s, u"Mark as lost"_s);
        QCOMPARE(dialog.windowTitle(), u"Mark as lost"_s);
        QCOMPARE(dialog.acceptButton()->text(), u"Mark as lost"_s);
    }
};

QTEST_MAIN(TestRejectDialog)
#include "tst_rejectdialog.moc"
