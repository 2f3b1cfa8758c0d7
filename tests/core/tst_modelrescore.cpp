// Rescoring after a model change from the per-lead activity aggregates gives what rescoring
// lead by lead from the activities gives: same scores, fired rules, due times, stages,
// hand-offs and events, except the lead-by-lead path's score_changed events for scores the
// new model leaves as they were.
#include "domain/clock.h"
#include "io/demogenerator.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace baton;

namespace {
constexpr Timestamp kEnd = 1795392000000; // 2026-11-23T00:00:00Z

using ModelChange = std::function<void(ScoringModel &)>;

qsizetype ruleIndex(const ScoringModel &model, const QString &id)
{
    for (qsizetype i = 0; i < model.rules.size(); ++i) {
        if (model.rules.at(i).id == id)
            return i;
    }
    return -1;
}

ScoringRule activityRule(const QString &id, int points, std::optional<ActivityType> type, const QString &property = {},
                         const QString &contains = {}, const QString &equals = {}, int minCount = 1,
                         std::optional<int> withinDays = std::nullopt)
{
    ScoringRule r;
    r.id = id;
    r.label = id;
    r.points = points;
    r.kind = RuleKind::ActivityCount;
    r.activityType = type;
    r.propertyName = property;
    r.propertyContains = contains;
    r.propertyEquals = equals;
    r.minCount = minCount;
    r.withinDays = withinDays;
    return r;
}

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery &query = db.prepared(sql);
    QStringList out;
    if (!query.exec())
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        out << values.join(QLatin1Char('|'));
    }
    query.finish();
    return out;
}

// Everything a rescore may write, in a comparable form.
struct Snapshot
{
    QStringList leads, scores, handoffs, notifications, settings;
    QStringList events; // lead|kind|at|actor|payload, per lead in order, after `sinceEvent`
};

Snapshot snapshot(Database &db, qint64 sinceEvent, const QHash<QString, QString> &firedBefore)
{
    Snapshot s;
    // Every column but version: the lead-by-lead path writes every lead.
    s.leads = rows(db, QStringLiteral("SELECT id, stage, stage_since, review, owner, urgent, score, model_version, "
                                      "amount, handoff_id, review_deadline, assigned_at, reminded, breached, "
                                      "last_activity, last_touch, score_due, next_due FROM leads ORDER BY id"));
    s.scores = rows(db, QStringLiteral("SELECT * FROM scores ORDER BY lead_id"));
    s.handoffs = rows(db, QStringLiteral("SELECT * FROM handoffs ORDER BY id"));
    s.notifications =
        rows(db, QStringLiteral("SELECT user_id, lead_id, kind, at, message FROM notifications ORDER BY id"));
    s.settings = rows(db, QStringLiteral("SELECT * FROM settings ORDER BY key"));
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT lead_id, kind, at, actor, payload FROM lead_events WHERE id > ? ORDER BY lead_id, id"));
    q.addBindValue(sinceEvent);
    q.exec();
    while (q.next()) {
        const QString lead = q.value(0).toString();
        const QString kind = q.value(1).toString();
        const QByteArray payload = q.value(4).toByteArray();
        if (kind == u"score_changed") {
            // The model's version alone: not a move of the score.
            const QJsonObject p = QJsonDocument::fromJson(payload).object();
            QStringList fired;
            for (const QJsonValue &v : p.value(u"fired").toArray())
                fired << v.toString();
            if (p.value(u"old") == p.value(u"new") && fired.join(QLatin1Char(',')) == firedBefore.value(lead))
                continue;
        }
        s.events << QStringList{lead, kind, q.value(2).toString(), q.value(3).toString(), QString::fromUtf8(payload)}
                        .join(QLatin1Char('|'));
    }
    q.finish();
    return s;
}

} // namespace

namespace baton {

// In baton: PipelineService names it a friend, to switch publishModel to its reference path.
class TestModelRescore : public QObject
{
    Q_OBJECT

public:
    static void setEachLead(PipelineService &p, bool eachLead) { p.m_rescoreEachLead = eachLead; }

private Q_SLOTS:
    void initTestCase();
    void sameAsLeadByLead_data();
    void sameAsLeadByLead();
    void oddActivities_data();
    void oddActivities();
    void triggersKeepAggregatesExact();
    void cancelPublishesNothing();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace baton

namespace {
// lead id -> one column of its scores row
QHash<QString, QString> column(Database &db, const QString &name)
{
    QHash<QString, QString> values;
    for (const QString &row : rows(db, QStringLiteral("SELECT lead_id, %1 FROM scores").arg(name))) {
        const QStringList parts = row.split(QLatin1Char('|'));
        values.insert(parts.at(0), parts.at(1));
    }
    return values;
}

struct Published
{
    Snapshot after;
    int modelVersion = 0;
    int moved = 0; // leads whose score moved
};

Result<Published> publish(const QString &path, const ModelChange &change, Timestamp now, bool eachLead)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return Error{db.error()};
    ManualClock clock(now);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return Error{s.error()};
    if (Status s = pipeline.tick(); !s)
        return Error{s.error()};
    const QHash<QString, QString> firedBefore = column(*db.value(), QStringLiteral("fired"));
    const QHash<QString, QString> scoreBefore = column(*db.value(), QStringLiteral("score"));
    const QStringList last = rows(*db.value(), QStringLiteral("SELECT coalesce(max(id), 0) FROM lead_events"));
    ScoringModel model = pipeline.model();
    change(model);
    TestModelRescore::setEachLead(pipeline, eachLead);
    if (Status s = pipeline.publishModel(model, QStringLiteral("marc")); !s)
        return Error{s.error()};
    Published p;
    p.after = snapshot(*db.value(), last.value(0).toLongLong(), firedBefore);
    p.modelVersion = pipeline.model().version;
    const QHash<QString, QString> scoreAfter = column(*db.value(), QStringLiteral("score"));
    for (auto it = scoreAfter.cbegin(); it != scoreAfter.cend(); ++it)
        p.moved += scoreBefore.value(it.key()) != it.value();
    return p;
}
} // namespace

void TestModelRescore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.leads = 400;
    options.seed = 5;
    options.end = kEnd;
    options.activitiesPerLead = 14;
    QVERIFY(generateDemo(m_demo, options).ok());
}

void TestModelRescore::sameAsLeadByLead_data()
{
    QTest::addColumn<ModelChange>("change");
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<bool>("scoresMove");

    QTest::addRow("an activity rule's points")
        << ModelChange([](ScoringModel &m) { m.rules[ruleIndex(m, QStringLiteral("pricing_page"))].points += 5; }) << 0
        << true;
    QTest::addRow("points that make leads cross the MQL threshold") << ModelChange([](ScoringModel &m) {
        m.rules[ruleIndex(m, QStringLiteral("pricing_page"))].points += 30;
        m.rules[ruleIndex(m, QStringLiteral("webinar"))].points += 30;
    }) << 0 << true;
    QTest::addRow("a wider window (due times move)") << ModelChange([](ScoringModel &m) {
        ScoringRule &r = m.rules[ruleIndex(m, QStringLiteral("email_engaged"))];
        r.withinDays = 30;
        r.minCount = 2;
    }) << 0 << true;
    QTest::addRow("a window needing more recent activities than kept") << ModelChange([](ScoringModel &m) {
        ScoringRule &r = m.rules[ruleIndex(m, QStringLiteral("email_engaged"))];
        r.withinDays = 90;
        r.minCount = 6;
        r.points = 25;
    }) << 0 << true;
    QTest::addRow("a new property test") << ModelChange([](ScoringModel &m) {
        m.rules << activityRule(QStringLiteral("blog"), 7, ActivityType::PageView, QStringLiteral("url"),
                                QStringLiteral("/BLOG/1"), {}, 2);
    }) << 0 << true;
    QTest::addRow("a property test the database cannot decide") << ModelChange([](ScoringModel &m) {
        m.rules << activityRule(QStringLiteral("accent"), 9, ActivityType::ContentDownload, QStringLiteral("asset"),
                                QStringLiteral("é"));
        m.rules << activityRule(QStringLiteral("quoted"), 4, ActivityType::PageView, QStringLiteral("u\"rl"));
    }) << 0 << false;
    QTest::addRow("equality with spaces, any type, many activities") << ModelChange([](ScoringModel &m) {
        m.rules << activityRule(QStringLiteral("kind"), 6, std::nullopt, QStringLiteral("asset_kind"), {},
                                QStringLiteral("  CASE_study "));
        m.rules << activityRule(QStringLiteral("busy"), 3, std::nullopt, {}, {}, {}, 12);
        m.rules << activityRule(QStringLiteral("busy_week"), 5, std::nullopt, {}, {}, {}, 3, 5);
    }) << 0 << true;
    QTest::addRow("attribute rules and inactivity") << ModelChange([](ScoringModel &m) {
        m.rules[ruleIndex(m, QStringLiteral("senior_title"))].points = 35;
        m.rules[ruleIndex(m, QStringLiteral("inactive"))].withinDays = 10;
    }) << 0 << true;
    QTest::addRow("a rule removed") << ModelChange([](ScoringModel &m) {
        m.rules.removeAt(ruleIndex(m, QStringLiteral("case_study")));
    }) << 0 << true;
    QTest::addRow("weeks later: windows closed, leads inactive")
        << ModelChange([](ScoringModel &m) { m.rules[ruleIndex(m, QStringLiteral("demo_request"))].points += 10; })
        << 20 << true;
    QTest::addRow("before the last activities (they do not count yet)")
        << ModelChange([](ScoringModel &m) { m.rules[ruleIndex(m, QStringLiteral("unsubscribed"))].points -= 10; })
        << -3 << true;
}

void TestModelRescore::sameAsLeadByLead()
{
    QFETCH(ModelChange, change);
    QFETCH(int, daysLater);
    QFETCH(bool, scoresMove);
    const QString each = m_dir.filePath(QStringLiteral("each.sqlite"));
    const QString fast = m_dir.filePath(QStringLiteral("fast.sqlite"));
    QFile::remove(each);
    QFile::remove(fast);
    QVERIFY(QFile::copy(m_demo, each));
    QVERIFY(QFile::copy(m_demo, fast));
    const Timestamp now = kEnd + daysLater * kMsPerDay;

    Result<Published> expected = publish(each, change, now, true);
    QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error()));
    Result<Published> actual = publish(fast, change, now, false);
    QVERIFY2(actual.ok(), qPrintable(actual.ok() ? QString() : actual.error()));

    QCOMPARE(actual->modelVersion, expected->modelVersion);
    QCOMPARE(actual->moved, expected->moved);
    if (scoresMove)
        QVERIFY(expected->moved > 0);
    QCOMPARE(actual->after.leads, expected->after.leads);
    QCOMPARE(actual->after.scores, expected->after.scores);
    QCOMPARE(actual->after.handoffs, expected->after.handoffs);
    QCOMPARE(actual->after.notifications, expected->after.notifications);
    QCOMPARE(actual->after.settings, expected->after.settings);
    QCOMPARE(actual->after.events, expected->after.events);
}

void TestModelRescore::oddActivities_data()
{
    QTest::addColumn<QVariantMap>("properties");
    const auto url = [](const QVariant &v) { return QVariantMap{{QStringLiteral("url"), v}}; };
    QTest::addRow("upper case") << url(QStringLiteral("https://x.io/PRICING"));
    QTest::addRow("non-ASCII") << url(QStringLiteral("https://x.io/prícing/pricing"));
    QTest::addRow("folds to ASCII") << url(QStringLiteral("https://x.io/PRICING\u212A")); // Kelvin sign, folds to k
    QTest::addRow("a number") << url(42);
    QTest::addRow("true") << url(true);
    QTest::addRow("null") << url(QVariant());
    QTest::addRow("a list") << url(QVariantList{QStringLiteral("/pricing")});
    QTest::addRow("empty") << url(QString());
    QTest::addRow("blank") << url(QStringLiteral("   "));
    QTest::addRow("no url") << QVariantMap{{QStringLiteral("asset"), QStringLiteral("/pricing")}};
    QTest::addRow("no properties") << QVariantMap();
}

void TestModelRescore::oddActivities()
{
    // Activities whose properties SQLite and Qt could read differently: the fast path must
    // agree with the engine on each (by deciding, or by falling back to the activities).
    QFETCH(QVariantMap, properties);
    Snapshot results[2];
    for (const bool eachLead : {true, false}) {
        Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db.ok());
        ManualClock clock(kEnd - 5 * kMsPerDay);
        PipelineService p(*db.value(), clock);
        QVERIFY(p.initialize().ok());
        User marc{QStringLiteral("marc"), QStringLiteral("Marc"), Role::MarketingManager, true, false, -1, 0};
        QVERIFY(p.saveUser(marc).ok());
        LeadFields f;
        f.email = QStringLiteral("a@b.io");
        f.title = QStringLiteral("CTO");
        Result<QString> id = p.createLead(QStringLiteral("l1"), f, kSystemActor);
        QVERIFY(id.ok());
        clock.advance(kMsPerHour);
        QVERIFY(p.recordActivity(*id, ActivityType::PageView, properties, QString()).ok());
        clock.advance(kMsPerHour);
        QVERIFY(p.recordActivity(*id, ActivityType::PageView,
                                 {{QStringLiteral("url"), QStringLiteral("https://x.io/blog")}}, QString())
                    .ok());
        clock.advance(kMsPerDay);
        ScoringModel model = p.model();
        model.rules << activityRule(QStringLiteral("pricing_equals"), 11, ActivityType::PageView, QStringLiteral("url"),
                                    {}, QStringLiteral("https://x.io/pricing"));
        model.rules << activityRule(QStringLiteral("blank"), 2, ActivityType::PageView, QStringLiteral("url"), {},
                                    QStringLiteral(" "));
        model.rules[ruleIndex(model, QStringLiteral("pricing_page"))].points = 33;
        setEachLead(p, eachLead);
        const QHash<QString, QString> firedBefore = column(*db.value(), QStringLiteral("fired"));
        QVERIFY(p.publishModel(model, QStringLiteral("marc")).ok());
        results[eachLead ? 0 : 1] = snapshot(*db.value(), 0, firedBefore);
    }
    QCOMPARE(results[1].scores, results[0].scores);
    QCOMPARE(results[1].leads, results[0].leads);
    QCOMPARE(results[1].events, results[0].events);
}

void TestModelRescore::triggersKeepAggregatesExact()
{
    // Aggregates kept up insert by insert (and after an edit and a delete) equal a recount.
    const QString path = m_dir.filePath(QStringLiteral("recount.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    const QString all = QStringLiteral("SELECT * FROM score_aggregates ORDER BY filter, lead_id");
    QVERIFY(db.exec(QStringLiteral("UPDATE activities SET at = at - 86400000, properties = "
                                   "'{\"url\":\"https://baton.example/pricing\"}' WHERE id % 17 = 0"))
                .ok());
    QVERIFY(db.exec(QStringLiteral("DELETE FROM activities WHERE id % 23 = 0")).ok());
    const QStringList kept = rows(db, all);
    QVERIFY(kept.size() > 400);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM score_aggregates")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE score_filters SET fresh = 1")).ok());
    // A new model fills its filters from scratch.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO scoring_models (version, published_at, published_by, definition) "
                                   "VALUES (99, 0, 'marc', '{}')"))
                .ok());
    QCOMPARE(rows(db, all), kept);
}

void TestModelRescore::cancelPublishesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    ManualClock clock(kEnd);
    PipelineService p(*db.value(), clock);
    QVERIFY(p.initialize().ok());
    const QStringList before = rows(*db.value(), QStringLiteral("SELECT * FROM scores ORDER BY lead_id"));
    ScoringModel model = p.model();
    const int version = model.version;
    model.rules[0].points += 50;
    int calls = 0;
    const Status s = p.publishModel(model, QStringLiteral("marc"), [&calls](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!s.ok());
    QVERIFY(calls > 1);
    QCOMPARE(p.model().version, version);
    QCOMPARE(rows(*db.value(), QStringLiteral("SELECT * FROM scores ORDER BY lead_id")), before);

    int last = 0;
    QVERIFY(p.publishModel(model, QStringLiteral("marc"), [&last](int done, int) {
                 last = done;
                 return true;
             }).ok());
    QCOMPARE(last, 400);
    QCOMPARE(p.model().version, version + 1);
}

QTEST_GUILESS_MAIN(baton::TestModelRescore)
#include "tst_modelrescore.moc"
