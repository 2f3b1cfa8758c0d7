#include "scoring/scoringmodel.h"

#include <QTest>

using namespace baton;
using namespace Qt::StringLiterals;

namespace {
// JSON written with single quotes, which moc and readers both handle better than
// escaped double quotes or raw strings.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// A model around the given rules, with one list "icp" to refer to.
QByteArray withRules(const char *rules)
{
    return json("{'version': 1, 'name': 't', 'lists': {'icp': ['Software']}, 'rules': [") + json(rules) + "]}";
}

ScoringRule findRule(const ScoringModel &model, const QString &id)
{
    for (const ScoringRule &rule : model.rules) {
        if (rule.id == id)
            return rule;
    }
    qFatal("no rule %s in the model", qPrintable(id)); // a test bug, not a result
}
} // namespace

class TestScoringModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultModelHasTheTwelveRulesInOrder()
    {
        const ScoringModel model = ScoringModel::defaultModel();
        QCOMPARE(model.version, 1);
        QStringList ids;
        for (const ScoringRule &rule : model.rules)
            ids.append(rule.id);
        QCOMPARE(ids, (QStringList{u"senior_title"_s, u"company_size"_s, u"icp_industry"_s, u"target_market"_s,
                                   u"personal_email"_s, u"pricing_page"_s, u"case_study"_s, u"webinar"_s,
                                   u"email_engaged"_s, u"demo_request"_s, u"unsubscribed"_s, u"inactive"_s}));
    }

    void defaultRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("points");
        QTest::addColumn<RuleKind>("kind");
        auto row = [](const char *id, const char *label, int points, RuleKind kind) {
            QTest::addRow("%s is worth %d", id, points)
                << QString::fromUtf8(id) << QString::fromUtf8(label) << points << kind;
        };
        row("senior_title", "Senior title", 20, RuleKind::AttributePattern);
        row("company_size", "Company size in ICP", 15, RuleKind::AttributeRange);
        row("icp_industry", "Industry in ICP", 15, RuleKind::AttributeInList);
        row("target_market", "Target market", 10, RuleKind::AttributeInList);
        row("personal_email", "Personal email", -10, RuleKind::AttributeInList);
        row("pricing_page", "Visited pricing page", 20, RuleKind::ActivityCount);
        row("case_study", "Downloaded case study", 15, RuleKind::ActivityCount);
        row("webinar", "Attended webinar", 10, RuleKind::ActivityCount);
        row("email_engaged", "Engaged with e-mail", 10, RuleKind::ActivityCount);
        row("demo_request", "Requested a demo", 30, RuleKind::ActivityCount);
        row("unsubscribed", "Unsubscribed", -20, RuleKind::ActivityCount);
        row("inactive", "Inactive", -15, RuleKind::NoActivity);
    }

    void defaultRule()
    {
        QFETCH(QString, id);
        QFETCH(QString, label);
        QFETCH(int, points);
        QFETCH(RuleKind, kind);
        const ScoringModel model = ScoringModel::defaultModel();
        const ScoringRule rule = findRule(model, id);
        QCOMPARE(rule.label, label);
        QCOMPARE(rule.points, points);
        QCOMPARE(rule.kind, kind);
    }

    void defaultParameters()
    {
        const ScoringModel model = ScoringModel::defaultModel();
        const ScoringRule size = findRule(model, u"company_size"_s);
        QCOMPARE(size.min, std::optional(50.0));
        QCOMPARE(size.max, std::optional(500.0));
        const ScoringRule email = findRule(model, u"email_engaged"_s);
        QCOMPARE(email.activityType, std::optional(ActivityType::EmailOpen));
        QCOMPARE(email.minCount, 3);
        QCOMPARE(email.withinDays, std::optional(7));
        QCOMPARE(findRule(model, u"inactive"_s).withinDays, std::optional(30));
        QCOMPARE(findRule(model, u"pricing_page"_s).propertyContains, u"/pricing"_s);
        QCOMPARE(findRule(model, u"case_study"_s).propertyEquals, u"case_study"_s);
        QVERIFY(findRule(model, u"personal_email"_s).domainMatch);
        QCOMPARE(model.lists.value(u"icp_industries"_s),
                 (QStringList{u"Software"_s, u"SaaS"_s, u"E-commerce"_s, u"Manufacturing"_s, u"Financial Services"_s}));
        QCOMPARE(model.lists.value(u"target_markets"_s).size(), 9);
        QCOMPARE(model.lists.value(u"personal_domains"_s).size(), 17);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("the default model") << ScoringModel::defaultModel().toJson();
        QTest::addRow("every optional key") << withRules(
            "{'id': 'a', 'points': -3, 'kind': 'attribute_range', 'field': 'company_size', 'min': 2.5},"
            "{'id': 'b', 'label': 'B', 'points': 0, 'kind': 'attribute_in_list', 'field': 'industry', 'list': 'icp'},"
            "{'id': 'c', 'points': 1, 'kind': 'activity_count', 'property': 'asset'},"
            "{'id': 'd', 'points': 1, 'kind': 'activity_count', 'activity_type': 'note', 'min_count': 2,"
            "'within_days': 1, 'property': 'subject', 'property_equals': 'x', 'property_contains': 'y'}");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const Result<ScoringModel> first = ScoringModel::fromJson(json);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error()));
        const Result<ScoringModel> second = ScoringModel::fromJson(first->toJson());
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error()));
        QCOMPARE(*second, *first);
    }

    void labelDefaultsToId()
    {
        const Result<ScoringModel> model = ScoringModel::fromJson(
            withRules("{'id': 'webinar', 'points': 10, 'kind': 'activity_count'}"));
        QVERIFY(model.ok());
        QCOMPARE(model->rules.first().label, u"webinar"_s);
        QCOMPARE(model->rules.first().activityType, std::nullopt); // any type
    }

    void fromJsonError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const QByteArray &json, const char *message) {
            QTest::addRow("%s", name) << json << QString::fromUtf8(message);
        };
        row("broken JSON is refused", "{\"version\": 1,", "not valid JSON: ");
        row("an array is not a model", json("[]"), "a scoring model must be a JSON object");
        row("a missing version is refused", json("{'rules': []}"), "version must be a positive integer");
        row("version 0 is refused", json("{'version': 0, 'rules': []}"), "version must be a positive integer");
        row("missing rules are refused", json("{'version': 1}"), "rules must be an array");
        row("an unknown top-level key is refused", json("{'version': 1, 'rules': [], 'rulez': []}"),
            "unknown key 'rulez' in the model");
        row("a list entry that is not a string is refused", json("{'version': 1, 'lists': {'x': ['a', 2]}, 'rules': []}"),
            "list 'x': entry 2 is not a string");
        row("a rule that is not an object is refused", withRules("3"), "rule 1: not a JSON object");
        row("a missing id is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'no_activity', 'within_days': 3},"
            "{'points': 1, 'kind': 'no_activity', 'within_days': 3}"), "rule 2: missing id");
        row("a duplicate id is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'activity_count'},"
            "{'id': 'a', 'points': 2, 'kind': 'activity_count'}"), "rule 2 (a): duplicate id, already used by rule 1");
        row("a missing kind is refused", withRules("{'id': 'a', 'points': 1}"), "rule 1 (a): missing kind");
        row("an unknown kind is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_regex'}"),
            "rule 1 (a): unknown kind 'attribute_regex' (expected attribute_pattern, attribute_in_list, "
            "attribute_range, activity_count or no_activity)");
        row("a misspelt key is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'activity_count',"
            "'activty_type': 'page_view'}"), "rule 1 (a): unknown key 'activty_type' for kind activity_count");
        row("a key of another kind is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'activity_count',"
            "'pattern': 'x'}"), "rule 1 (a): unknown key 'pattern' for kind activity_count");
        row("missing points are refused", withRules("{'id': 'a', 'kind': 'activity_count'}"),
            "rule 1 (a): points must be an integer");
        row("fractional points are refused", withRules("{'id': 'a', 'points': 2.5, 'kind': 'activity_count'}"),
            "rule 1 (a): points must be an integer");
        row("a missing field is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_pattern',"
            "'pattern': 'x'}"), "rule 1 (a): missing field");
        row("an unknown field is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_pattern',"
            "'field': 'job_title', 'pattern': 'x'}"), "rule 1 (a): unknown field 'job_title'");
        row("a missing pattern is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_pattern',"
            "'field': 'title'}"), "rule 1 (a): missing pattern");
        row("an invalid regular expression is refused", withRules("{'id': 'a', 'points': 1,"
            "'kind': 'attribute_pattern', 'field': 'title', 'pattern': '(CEO'}"), "rule 1 (a): invalid pattern '(CEO': ");
        row("a missing list name is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_in_list',"
            "'field': 'industry'}"), "rule 1 (a): missing list");
        row("a list that does not exist is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_in_list',"
            "'field': 'industry', 'list': 'icp_industries'}"), "rule 1 (a): unknown list 'icp_industries'");
        row("a non-boolean domain_match is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_in_list',"
            "'field': 'industry', 'list': 'icp', 'domain_match': 'yes'}"), "rule 1 (a): domain_match must be true or false");
        row("a range without bounds is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_range',"
            "'field': 'company_size'}"), "rule 1 (a): needs min or max");
        row("a textual bound is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_range',"
            "'field': 'company_size', 'max': '500'}"), "rule 1 (a): max must be a number");
        row("min above max is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'attribute_range',"
            "'field': 'company_size', 'min': 500, 'max': 50}"), "rule 1 (a): min 500 is greater than max 50");
        row("an unknown activity type is refused", withRules(
            "{'id': 'a', 'points': 1, 'kind': 'activity_count'}, {'id': 'b', 'points': 1, 'kind': 'activity_count'},"
            "{'id': 'pricing_page', 'points': 20, 'kind': 'activity_count', 'activity_type': 'page_vew'}"),
            "rule 3 (pricing_page): unknown activity type 'page_vew'");
        row("a property filter without property is refused", withRules("{'id': 'a', 'points': 1,"
            "'kind': 'activity_count', 'property_contains': '/pricing'}"),
            "rule 1 (a): property_contains and property_equals need property");
        row("min_count 0 is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'activity_count',"
            "'min_count': 0}"), "rule 1 (a): min_count must be a positive integer");
        row("within_days 0 is refused", withRules("{'id': 'a', 'points': 1, 'kind': 'activity_count',"
            "'within_days': 0}"), "rule 1 (a): within_days must be a positive integer");
        row("no_activity without within_days is refused", withRules("{'id': 'a', 'points': 1,"
            "'kind': 'no_activity'}"), "rule 1 (a): missing within_days");
    }

    void fromJsonError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<ScoringModel> model = ScoringModel::fromJson(json);
        QVERIFY(!model.ok());
        // Messages that end in a separator carry a parser's detail after it.
        if (message.endsWith(u": "))
            QVERIFY2(model.error().startsWith(message), qPrintable(model.error()));
        else
            QCOMPARE(model.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestScoringModel)
#include "tst_scoringmodel.moc"
