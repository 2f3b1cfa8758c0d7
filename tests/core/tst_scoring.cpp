#include "scoring/scoreengine.h"

#include <QTest>

#include <algorithm>

using namespace baton;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(baton::ActivityType)

namespace {
constexpr Timestamp kVisit = 1795183320000; // 2026-11-20 14:02 UTC
constexpr Timestamp kNow = 1796115600000;   // 2026-12-01 09:00 UTC
constexpr qint64 kDay = kMsPerDay;

const ScoringModel &model()
{
    static const ScoringModel m = ScoringModel::defaultModel();
    return m;
}

Activity activity(ActivityType type, Timestamp at, const QVariantMap &properties = {}, qint64 id = 0)
{
    return Activity{.id = id, .leadId = u"L1"_s, .type = type, .at = at, .actor = {}, .properties = properties};
}

Activity pricingView(Timestamp at, qint64 id = 0)
{
    return activity(ActivityType::PageView, at, {{QStringLiteral("url"), QStringLiteral("https://acme.example/pricing")}},
                    id);
}

QList<Activity> opens(const QList<qint64> &ages)
{
    QList<Activity> result;
    for (qsizetype i = 0; i < ages.size(); ++i)
        result.append(activity(ActivityType::EmailOpen, kNow - ages.at(i), {}, i + 1));
    return result;
}

ScoreBreakdown score(const LeadFields &fields, const QList<Activity> &activities = {},
                     Timestamp createdAt = kNow, Timestamp now = kNow)
{
    return scoreLead(model(), fields, createdAt, activities, now);
}

RuleResult ruleResult(const ScoreBreakdown &breakdown, const QString &id)
{
    for (const RuleResult &r : breakdown.rules) {
        if (r.ruleId == id)
            return r;
    }
    // A misspelt id in a test row must not read as "did not fire".
    qFatal("no rule %s in the breakdown", qPrintable(id));
}

LeadFields leadWith(const QString &field, const QString &value)
{
    LeadFields f;
    if (field == u"title")
        f.title = value;
    else if (field == u"industry")
        f.industry = value;
    else if (field == u"country")
        f.country = value;
    else if (field == u"email")
        f.email = value;
    else if (field == u"company_size" && !value.isEmpty())
        f.companySize = value.toInt();
    return f;
}

// The two leads of ARCHITECTURE.md's example scenario.
LeadFields exampleLead(const QString &email, const QString &title, std::optional<int> size,
                       const QString &industry, const QString &country)
{
    LeadFields f;
    f.email = email;
    f.title = title;
    f.companySize = size;
    f.industry = industry;
    f.country = country;
    return f;
}

LeadFields acmeCto()
{
    return exampleLead(u"cto@acme.io"_s, u"CTO"_s, 120, u"Software"_s, u"FR"_s);
}

LeadFields gmailStudent()
{
    return exampleLead(u"jo@gmail.com"_s, u"Student"_s, std::nullopt, u"Education"_s, u"IN"_s);
}
} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeRule_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fires");
        auto row = [](const char *name, const char *rule, const char *field, const char *value, bool fires) {
            QTest::addRow("%s", name) << QString::fromUtf8(rule) << QString::fromUtf8(field)
                                      << QString::fromUtf8(value) << fires;
        };
        const char *t = "senior_title";
        row("CTO is a senior title", t, "title", "CTO", true);
        row("lower-case ceo is a senior title", t, "title", "ceo", true);
        row("Ceo & founder is a senior title", t, "title", "Ceo & founder", true);
        for (const char *c : {"CFO", "COO", "CMO", "CIO"})
            row(qPrintable(QStringLiteral("%1 is a senior title").arg(QLatin1String(c))), t, "title", c, true);
        row("VP Sales is a senior title", t, "title", "VP Sales", true);
        row("vp alone is a senior title", t, "title", "vp", true);
        row("vp of sales is a senior title", t, "title", "vp of sales", true);
        row("Vice President is a senior title", t, "title", "Vice President", true);
        row("Vice-President of Marketing is a senior title", t, "title", "Vice-President of Marketing", true);
        row("Chief of Staff is a senior title", t, "title", "Chief of Staff", true);
        row("Chief Revenue Officer is a senior title", t, "title", "Chief Revenue Officer", true);
        row("CEOs is not a senior title (a plural is another word)", t, "title", "CEOs", false);
        row("Vice-principal is not a senior title", t, "title", "Vice-principal", false);
        row("VPN engineer is not a senior title", t, "title", "VPN engineer", false);
        row("Coordinator does not contain the word COO", t, "title", "Coordinator", false);
        row("Student is not a senior title", t, "title", "Student", false);
        row("an empty title is not a senior title", t, "title", "", false);

        const char *s = "company_size";
        row("company size 49 is below the ICP", s, "company_size", "49", false);
        row("company size 50 is in the ICP", s, "company_size", "50", true);
        row("company size 120 is in the ICP", s, "company_size", "120", true);
        row("company size 500 is in the ICP", s, "company_size", "500", true);
        row("company size 501 is above the ICP", s, "company_size", "501", false);
        row("an unknown company size is not in the ICP", s, "company_size", "", false);

        const char *i = "icp_industry";
        row("Software is an ICP industry", i, "industry", "Software", true);
        row("software in lower case is an ICP industry", i, "industry", "software", true);
        row("SaaS with spaces around is an ICP industry", i, "industry", "  SaaS ", true);
        row("E-COMMERCE is an ICP industry", i, "industry", "E-COMMERCE", true);
        row("financial services is an ICP industry", i, "industry", "financial services", true);
        row("Manufacturing is an ICP industry", i, "industry", "Manufacturing", true);
        row("Education is not an ICP industry", i, "industry", "Education", false);
        row("Soft is not an ICP industry (no prefix match)", i, "industry", "Soft", false);
        row("an empty industry is not an ICP industry", i, "industry", "", false);

        const char *m = "target_market";
        row("FR is a target market", m, "country", "FR", true);
        row("fr in lower case is a target market", m, "country", "fr", true);
        row("gb with spaces around is a target market", m, "country", " gb ", true);
        row("LU is a target market", m, "country", "LU", true);
        row("US is not a target market", m, "country", "US", false);
        row("IN is not a target market", m, "country", "IN", false);
        row("FRA is not a target market (ISO alpha-2 only)", m, "country", "FRA", false);
        row("an empty country is not a target market", m, "country", "", false);

        const char *p = "personal_email";
        row("gmail.com is personal", p, "email", "jo@gmail.com", true);
        row("GMAIL.COM in upper case is personal", p, "email", "JO@GMAIL.COM", true);
        row("googlemail.com is personal", p, "email", "jo@googlemail.com", true);
        row("yahoo.fr matches yahoo.*", p, "email", "jo@yahoo.fr", true);
        row("yahoo.co.uk matches yahoo.*", p, "email", "jo@yahoo.co.uk", true);
        row("hotmail.co.uk matches hotmail.*", p, "email", "jo@hotmail.co.uk", true);
        row("gmx.de matches gmx.*", p, "email", "jo@gmx.de", true);
        row("free.fr is personal", p, "email", "jo@free.fr", true);
        row("proton.me is personal", p, "email", "jo@proton.me", true);
        row("mail.yahoo.com is not personal (first label is mail)", p, "email", "jo@mail.yahoo.com", false);
        row("notgmail.com is not personal", p, "email", "jo@notgmail.com", false);
        row("gmail.com.acme.io is not personal (whole domain only)", p, "email", "jo@gmail.com.acme.io", false);
        row("a bare yahoo domain does not match yahoo.*", p, "email", "jo@yahoo", false);
        row("acme.io is not personal", p, "email", "cto@acme.io", false);
        row("an e-mail without @ is not personal", p, "email", "gmail.com", false);
        row("an empty e-mail is not personal", p, "email", "", false);
    }

    void attributeRule()
    {
        QFETCH(QString, ruleId);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, fires);
        const ScoreBreakdown b = score(leadWith(field, value));
        const RuleResult r = ruleResult(b, ruleId);
        QCOMPARE(r.fired, fires);
        QCOMPARE(r.evidence.isEmpty(), !fires);
        QCOMPARE(b.firedRuleIds(), fires ? QStringList{ruleId} : QStringList{});
        QCOMPARE(b.total, fires ? r.points : 0);
    }

    void activityRule_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<ActivityType>("type");
        QTest::addColumn<QVariantMap>("properties");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("fires");
        const QString url = QStringLiteral("url");
        const QString kind = QStringLiteral("asset_kind");
        auto row = [](const char *name, const char *rule, ActivityType type, const QVariantMap &props, qint64 age,
                      bool fires) { QTest::addRow("%s", name) << QString::fromUtf8(rule) << type << props << age << fires; };
        using T = ActivityType;
        row("a pricing page view fires pricing_page", "pricing_page", T::PageView,
            {{url, QStringLiteral("https://acme.example/pricing")}}, 0, true);
        row("/Pricing/enterprise matches case-insensitively", "pricing_page", T::PageView,
            {{url, QStringLiteral("https://acme.example/Pricing/enterprise")}}, kDay, true);
        row("a pricing page view two years ago still counts", "pricing_page", T::PageView,
            {{url, QStringLiteral("/pricing")}}, 730 * kDay, true);
        row("an /about page view does not fire pricing_page", "pricing_page", T::PageView,
            {{url, QStringLiteral("https://acme.example/about")}}, 0, false);
        row("a page view without url does not fire pricing_page", "pricing_page", T::PageView, {}, 0, false);
        row("a download with a pricing url does not fire pricing_page", "pricing_page", T::ContentDownload,
            {{url, QStringLiteral("/pricing.pdf")}}, 0, false);
        row("a pricing page view 1 ms after now is ignored", "pricing_page", T::PageView,
            {{url, QStringLiteral("/pricing")}}, -1, false);
        row("a case study download fires case_study", "case_study", T::ContentDownload,
            {{kind, QStringLiteral("case_study")}}, 3 * kDay, true);
        row("asset kind CASE_STUDY matches case-insensitively", "case_study", T::ContentDownload,
            {{kind, QStringLiteral("CASE_STUDY")}}, 0, true);
        row("a whitepaper download does not fire case_study", "case_study", T::ContentDownload,
            {{kind, QStringLiteral("whitepaper")}}, 0, false);
        row("a page view tagged case_study does not fire case_study", "case_study", T::PageView,
            {{kind, QStringLiteral("case_study")}}, 0, false);
        row("an attended webinar fires webinar", "webinar", T::WebinarAttended, {}, 100 * kDay, true);
        row("an e-mail click does not fire webinar", "webinar", T::EmailClick, {}, 0, false);
        row("a demo request fires demo_request", "demo_request", T::DemoRequest, {}, 0, true);
        row("a form submit does not fire demo_request", "demo_request", T::FormSubmit, {}, 0, false);
        row("an unsubscribe fires unsubscribed", "unsubscribed", T::Unsubscribe, {}, 0, true);
        row("an e-mail open does not fire unsubscribed", "unsubscribed", T::EmailOpen, {}, 0, false);
        row("a single e-mail open does not fire email_engaged", "email_engaged", T::EmailOpen, {}, 0, false);
    }

    void activityRule()
    {
        QFETCH(QString, ruleId);
        QFETCH(ActivityType, type);
        QFETCH(QVariantMap, properties);
        QFETCH(qint64, age);
        QFETCH(bool, fires);
        const ScoreBreakdown b = score({}, {activity(type, kNow - age, properties, 42)}, kNow - 1000 * kDay);
        const RuleResult r = ruleResult(b, ruleId);
        QCOMPARE(r.fired, fires);
        QCOMPARE(r.activityId, fires ? std::optional<qint64>(42) : std::nullopt);
        QCOMPARE(r.evidenceAt, fires ? std::optional<Timestamp>(kNow - age) : std::nullopt);
    }

    void emailWindow_data()
    {
        QTest::addColumn<QList<qint64>>("ages");
        QTest::addColumn<bool>("fires");
        QTest::addRow("three opens today fire") << QList<qint64>{0, kMsPerHour, 2 * kMsPerHour} << true;
        QTest::addRow("a third open exactly 7 days old no longer counts") << QList<qint64>{0, kDay, 7 * kDay} << false;
        QTest::addRow("a third open 1 ms younger than 7 days counts") << QList<qint64>{0, kDay, 7 * kDay - 1} << true;
        QTest::addRow("two opens do not fire") << QList<qint64>{0, kMsPerHour} << false;
        QTest::addRow("four opens with one outside the window fire") << QList<qint64>{0, kDay, 2 * kDay, 8 * kDay} << true;
        QTest::addRow("three opens older than 7 days do not fire") << QList<qint64>{8 * kDay, 9 * kDay, 10 * kDay} << false;
        QTest::addRow("an open 1 ms after now does not count") << QList<qint64>{0, kMsPerHour, -1} << false;
    }

    void emailWindow()
    {
        QFETCH(QList<qint64>, ages);
        QFETCH(bool, fires);
        QCOMPARE(ruleResult(score({}, opens(ages), kNow - 30 * kDay), QStringLiteral("email_engaged")).fired, fires);
    }

    void inactivity_data()
    {
        QTest::addColumn<qint64>("createdAge");
        QTest::addColumn<std::optional<Activity>>("last");
        QTest::addColumn<bool>("fires");
        const qint64 almost30 = 30 * kDay - 1; // 29 d 23:59:59.999
        const auto none = std::optional<Activity>();
        auto at = [](ActivityType type, qint64 age) { return std::optional(activity(type, kNow - age, {}, 5)); };
        QTest::addRow("created 29d23h59m59.999s ago: not inactive") << almost30 << none << false;
        QTest::addRow("created exactly 30 days ago: inactive") << 30 * kDay << none << true;
        QTest::addRow("created now: not inactive") << qint64(0) << none << false;
        QTest::addRow("a page view 29d23h59m59.999s ago: not inactive")
            << 40 * kDay << at(ActivityType::PageView, almost30) << false;
        QTest::addRow("a page view exactly 30 days ago: inactive")
            << 40 * kDay << at(ActivityType::PageView, 30 * kDay) << true;
        QTest::addRow("a call 10 days ago resets inactivity (any type)") << 40 * kDay << at(ActivityType::Call, 10 * kDay) << false;
        QTest::addRow("a note 29 days ago resets inactivity (any type)") << 40 * kDay << at(ActivityType::Note, 29 * kDay) << false;
        QTest::addRow("an unsubscribe 1 day ago resets inactivity") << 40 * kDay << at(ActivityType::Unsubscribe, kDay) << false;
        QTest::addRow("an activity older than creation does not hide creation")
            << 10 * kDay << at(ActivityType::Meeting, 50 * kDay) << false;
        QTest::addRow("an activity after now does not reset inactivity")
            << 31 * kDay << at(ActivityType::Meeting, -kMsPerHour) << true;
    }

    void inactivity()
    {
        QFETCH(qint64, createdAge);
        QFETCH(std::optional<Activity>, last);
        QFETCH(bool, fires);
        const QList<Activity> activities = last ? QList<Activity>{*last} : QList<Activity>{};
        const RuleResult r = ruleResult(score({}, activities, kNow - createdAge), QStringLiteral("inactive"));
        QCOMPARE(r.fired, fires);
        QCOMPARE(r.points, -15);
    }

    void exampleLeads()
    {
        // ARCHITECTURE.md's example: L1 scores 60 on creation, 80 after the pricing page.
        QCOMPARE(score(acmeCto()).total, 60);
        QCOMPARE(score(acmeCto()).firedRuleIds(),
                 (QStringList{QStringLiteral("senior_title"), QStringLiteral("company_size"),
                              QStringLiteral("icp_industry"), QStringLiteral("target_market")}));
        const QList<Activity> visit = {pricingView(kNow, 1)};
        QCOMPARE(score(acmeCto(), visit).total, 80);
        QCOMPARE(score(acmeCto(), visit, kNow, kNow + 30 * kDay - 1).total, 80);
        QCOMPARE(score(acmeCto(), visit, kNow, kNow + 30 * kDay).total, 65);

        QCOMPARE(score(gmailStudent()).total, -10);
        QCOMPARE(score(gmailStudent()).firedRuleIds(), QStringList{QStringLiteral("personal_email")});
        QCOMPARE(score(gmailStudent(), {}, kNow, kNow + 30 * kDay - 1).total, -10);
        QCOMPARE(score(gmailStudent(), {}, kNow, kNow + 30 * kDay).total, -25);
    }

    void eachRuleFiresAtMostOnce()
    {
        QList<Activity> views;
        for (int i = 0; i < 5; ++i)
            views.append(pricingView(kNow - i * kDay, i));
        const QList<Activity> all = views + opens({0, 1, 2, 3, 4, 5});
        QCOMPARE(score({}, all).total, 20 + 10);
    }

    void activityOrderDoesNotMatter()
    {
        QList<Activity> all = opens({kDay, 2 * kDay, 3 * kDay, 6 * kDay});
        all.append(QList<Activity>{pricingView(kVisit, 10), pricingView(kVisit, 11), pricingView(kNow - kDay, 12)});
        QList<Activity> reversed = all;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(score(acmeCto(), reversed, kVisit), score(acmeCto(), all, kVisit));
        QCOMPARE(ruleResult(score({}, reversed, kVisit), QStringLiteral("pricing_page")).activityId,
                 std::optional<qint64>(10));
    }

    void breakdownListsEveryRuleInModelOrder()
    {
        const ScoreBreakdown b = score(gmailStudent());
        QCOMPARE(b.modelVersion, 1);
        QCOMPARE(b.rules.size(), model().rules.size());
        for (qsizetype i = 0; i < b.rules.size(); ++i) {
            const RuleResult &r = b.rules.at(i);
            QCOMPARE(r.ruleId, model().rules.at(i).id);
            QCOMPARE(r.label, model().rules.at(i).label);
            QCOMPARE(r.points, model().rules.at(i).points);
            if (!r.fired) {
                QVERIFY2(r.evidence.isEmpty(), qPrintable(r.ruleId));
                QVERIFY(!r.activityId && !r.evidenceAt);
            }
        }
    }

    void evidence_data()
    {
        QTest::addColumn<LeadFields>("fields");
        QTest::addColumn<QList<Activity>>("activities");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<std::optional<qint64>>("activityId");
        const auto noId = std::optional<qint64>();
        QTest::addRow("a title shows the title")
            << acmeCto() << QList<Activity>{} << u"senior_title"_s << u"Title “CTO”"_s << noId;
        QTest::addRow("a company size shows the size")
            << acmeCto() << QList<Activity>{} << u"company_size"_s << u"Company size 120"_s << noId;
        QTest::addRow("a personal e-mail shows the domain")
            << gmailStudent() << QList<Activity>{} << u"personal_email"_s << u"E-mail domain “gmail.com”"_s << noId;
        QTest::addRow("an ever rule shows the earliest visit")
            << LeadFields{} << QList<Activity>{pricingView(kVisit + kDay, 8), pricingView(kVisit, 7)} << u"pricing_page"_s
            << u"Visited https://acme.example/pricing — 2026-11-20 14:02"_s << std::optional<qint64>(7);
        QTest::addRow("a download shows the asset")
            << LeadFields{}
            << QList<Activity>{activity(ActivityType::ContentDownload, kVisit,
                                        {{u"asset"_s, u"Acme story"_s}, {u"asset_kind"_s, u"case_study"_s}}, 3)}
            << u"case_study"_s << u"Downloaded “Acme story” — 2026-11-20 14:02"_s << std::optional<qint64>(3);
        QList<Activity> news = opens({kDay, 2 * kDay, 3 * kDay, 10 * kDay});
        for (Activity &a : news)
            a.properties.insert(u"subject"_s, u"November news"_s);
        QTest::addRow("a windowed rule shows the most recent open and the count")
            << LeadFields{} << news << u"email_engaged"_s
            << u"E-mail opened “November news” — 2026-11-30 09:00 (3 in the last 7 days)"_s << std::optional<qint64>(1);
        QTest::addRow("inactivity shows the last activity")
            << LeadFields{} << QList<Activity>{activity(ActivityType::Call, kVisit - 20 * kDay, {}, 9)}
            << u"inactive"_s << u"No activity since 2026-10-31 14:02"_s << std::optional<qint64>(9);
    }

    void evidence()
    {
        QFETCH(LeadFields, fields);
        QFETCH(QList<Activity>, activities);
        QFETCH(QString, ruleId);
        QFETCH(QString, evidence);
        QFETCH(std::optional<qint64>, activityId);
        const RuleResult r = ruleResult(score(fields, activities, kNow - 100 * kDay), ruleId);
        QVERIFY(r.fired);
        QCOMPARE(r.evidence, evidence);
        QCOMPARE(r.activityId, activityId);
        QCOMPARE(r.evidenceAt.has_value(), activityId.has_value());
    }

    void pointsTo_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("missing");
        QTest::addRow("60 is past the MQL threshold of 40") << 60 << 40 << 0;
        QTest::addRow("60 is 10 points from SQL-ready 70") << 60 << 70 << 10;
        QTest::addRow("exactly 40 needs nothing for MQL") << 40 << 40 << 0;
        QTest::addRow("39 needs 1 point for MQL") << 39 << 40 << 1;
        QTest::addRow("-10 needs 50 points for MQL") << -10 << 40 << 50;
    }

    void pointsTo()
    {
        QFETCH(int, total);
        QFETCH(int, threshold);
        QFETCH(int, missing);
        ScoreBreakdown b;
        b.total = total;
        QCOMPARE(b.pointsTo(threshold), missing);
    }

    void nextChangeAt_data()
    {
        QTest::addColumn<qint64>("createdAge");
        QTest::addColumn<QList<qint64>>("openAges");
        QTest::addColumn<std::optional<qint64>>("changeIn"); // from now
        QTest::addRow("a fresh lead changes when it turns inactive in 30 days")
            << qint64(0) << QList<qint64>{} << std::optional(30 * kDay);
        QTest::addRow("three opens: the oldest of them leaves the window first")
            << 10 * kDay << QList<qint64>{kDay, 2 * kDay, 3 * kDay} << std::optional(4 * kDay);
        QTest::addRow("four opens: the third most recent decides, not the oldest")
            << 10 * kDay << QList<qint64>{kDay, 2 * kDay, 5 * kDay, 6 * kDay} << std::optional(2 * kDay);
        QTest::addRow("two opens: no window can stop firing, inactivity decides")
            << 10 * kDay << QList<qint64>{kDay, 2 * kDay} << std::optional(29 * kDay);
        QTest::addRow("an open after now is not counted for the next change")
            << 10 * kDay << QList<qint64>{kDay, 2 * kDay, -kMsPerHour} << std::optional(29 * kDay);
        QTest::addRow("an inactive lead without windowed rules never changes by time alone")
            << 40 * kDay << QList<qint64>{} << std::optional<qint64>();
    }

    void nextChangeAt()
    {
        QFETCH(qint64, createdAge);
        QFETCH(QList<qint64>, openAges);
        QFETCH(std::optional<qint64>, changeIn);
        const ScoreBreakdown b = score(gmailStudent(), opens(openAges), kNow - createdAge);
        QCOMPARE(b.nextChangeAt, changeIn ? std::optional(kNow + *changeIn) : std::nullopt);
        const bool allPast = std::all_of(openAges.cbegin(), openAges.cend(), [](qint64 age) { return age >= 0; });
        if (b.nextChangeAt && allPast) { // it is a real change, and nothing changes just before it
            QVERIFY(score(gmailStudent(), opens(openAges), kNow - createdAge, *b.nextChangeAt - 1).firedRuleIds()
                    == b.firedRuleIds());
            QVERIFY(score(gmailStudent(), opens(openAges), kNow - createdAge, *b.nextChangeAt).firedRuleIds()
                    != b.firedRuleIds());
        }
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
