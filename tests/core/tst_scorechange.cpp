// activityMayChangeScore: the pipeline skips rescoring only when an activity
// cannot move the score.
#include "scoring/scoreengine.h"

#include <QTest>

using namespace baton;

namespace {
constexpr Timestamp kNow = 1767600000000;
}

class TestScoreChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mayChange_data();
    void mayChange();
    void agreesWithAFullRescore();
};

void TestScoreChange::mayChange_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("daysSinceLastActivity");
    QTest::addColumn<bool>("expected");
    QTest::addRow("a pricing page view counts") << "page_view" << "url" << "https://x.io/Pricing" << 1 << true;
    QTest::addRow("a blog page view does not") << "page_view" << "url" << "https://x.io/blog" << 1 << false;
    QTest::addRow("an e-mail open feeds the 7-day window") << "email_open" << QString() << QString() << 1 << true;
    QTest::addRow("an e-mail click does not") << "email_click" << QString() << QString() << 1 << false;
    QTest::addRow("a guide download does not") << "content_download" << "asset_kind" << "guide" << 1 << false;
    QTest::addRow("a case study download counts") << "content_download" << "asset_kind" << "case_study" << 1 << true;
    QTest::addRow("a call after 29 days does not") << "call" << QString() << QString() << 29 << false;
    QTest::addRow("a call after 30 days ends the inactivity") << "call" << QString() << QString() << 30 << true;
    QTest::addRow("a demo request counts") << "demo_request" << QString() << QString() << 0 << true;
}

void TestScoreChange::mayChange()
{
    QFETCH(QString, type);
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(int, daysSinceLastActivity);
    QFETCH(bool, expected);
    Activity a;
    a.type = *activityTypeFromId(type);
    a.at = kNow;
    if (!property.isEmpty())
        a.properties.insert(property, value);
    const Timestamp last = kNow - qint64(daysSinceLastActivity) * kMsPerDay;
    QCOMPARE(activityMayChangeScore(ScoringModel::defaultModel(), a, last, kNow), expected);
}

void TestScoreChange::agreesWithAFullRescore()
{
    // Whenever it says "no change", a full rescore gives the same total.
    const ScoringModel model = ScoringModel::defaultModel();
    LeadFields f;
    f.email = QStringLiteral("cto@acme.io");
    f.title = QStringLiteral("CTO");
    const Timestamp created = kNow - 40 * kMsPerDay;
    QList<Activity> history;
    const QList<ActivityType> types = {ActivityType::EmailClick, ActivityType::FormSubmit, ActivityType::Note,
                                       ActivityType::EmailOpen, ActivityType::PageView, ActivityType::Meeting};
    Timestamp now = kNow - 20 * kMsPerDay;
    for (int i = 0; i < 60; ++i) {
        now += (i % 7) * kMsPerHour * 5;
        Activity a;
        a.id = i + 1;
        a.type = types.at(i % types.size());
        a.at = now;
        const Timestamp last = history.isEmpty() ? created : history.constLast().at;
        const int before = scoreLead(model, f, created, history, now).total;
        const bool may = activityMayChangeScore(model, a, last, now);
        history << a;
        const int after = scoreLead(model, f, created, history, now).total;
        if (!may)
            QCOMPARE(after, before);
    }
}

QTEST_GUILESS_MAIN(TestScoreChange)
#include "tst_scorechange.moc"
