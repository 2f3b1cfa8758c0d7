#include "demogenerator.h"

#include "domain/clock.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <queue>

namespace baton {

namespace {

struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

struct Campaign
{
    const char16_t *name;
    const char16_t *source;
    double quality;      // 0..1: how well its leads fit the ICP and engage
    double monthlySpend; // euros
    double share;        // of all leads
};

// Some campaigns are clearly worse than others: the feedback view should show it.
constexpr std::array kCampaigns = {
    Campaign{u"Pipeline Hygiene Webinar", u"webinar", 0.80, 4000, 0.14},
    Campaign{u"Google Ads – Brand", u"google_ads", 0.65, 6500, 0.20},
    Campaign{u"LinkedIn ABM – Manufacturing", u"linkedin", 0.75, 8000, 0.12},
    Campaign{u"Case Study Library", u"organic", 0.70, 1500, 0.16},
    Campaign{u"Trade Show – Lyon", u"event", 0.55, 12000, 0.08},
    Campaign{u"Partner Referrals", u"partner", 0.85, 2000, 0.07},
    Campaign{u"Purchased List – EMEA", u"purchased_list", 0.15, 3000, 0.13},
    Campaign{u"Free Tools Newsletter", u"email", 0.35, 1000, 0.10},
};

constexpr std::array kFirstNames = {u"Anna", u"Lukas", u"Chloé", u"Mateo", u"Sofia", u"Hugo", u"Emma", u"Noah",
                                    u"Léa", u"Jonas", u"Giulia", u"Pablo", u"Inès", u"Finn", u"Sara", u"Tom",
                                    u"Nina", u"Oscar", u"Julia", u"Marco", u"Elena", u"Victor", u"Clara", u"Max"};
constexpr std::array kLastNames = {u"Schmidt", u"Martin", u"Rossi", u"García", u"Dubois", u"Müller", u"Bernard",
                                   u"Jansen", u"Lopez", u"Moreau", u"Fischer", u"Bianchi", u"Petit", u"Weber",
                                   u"De Vries", u"Fernández", u"Lambert", u"Keller", u"Conti", u"Novak"};
constexpr std::array kCompanyStems = {u"Globex", u"Initech", u"Umbrella", u"Hooli", u"Vandelay", u"Stark", u"Wayne",
                                      u"Acme", u"Soylent", u"Tyrell", u"Cyberdyne", u"Aperture", u"Nordwind",
                                      u"Blauberg", u"Solaria", u"Lumen", u"Kestrel", u"Orbis", u"Veridian", u"Altamira"};
constexpr std::array kCompanySuffixes = {u"GmbH", u"SAS", u"Ltd", u"BV", u"SpA", u"SL", u"AG", u"Group", u"Labs"};
constexpr std::array kSeniorTitles = {u"CEO", u"CTO", u"CFO", u"COO", u"VP Sales", u"VP Operations",
                                      u"Chief Revenue Officer", u"Vice President Marketing", u"CIO"};
constexpr std::array kOtherTitles = {u"Head of Operations", u"Marketing Manager", u"Sales Operations Lead",
                                     u"IT Manager", u"Procurement Officer", u"Software Engineer", u"Consultant",
                                     u"Office Manager", u"Business Analyst", u"Product Manager"};
constexpr std::array kIcpIndustries = {u"Software", u"SaaS", u"E-commerce", u"Manufacturing", u"Financial Services"};
constexpr std::array kOtherIndustries = {u"Education", u"Retail", u"Healthcare", u"Hospitality", u"Non-profit",
                                         u"Construction"};
constexpr std::array kTargetCountries = {u"FR", u"DE", u"GB", u"NL", u"BE", u"ES", u"IT", u"CH", u"LU"};
constexpr std::array kOtherCountries = {u"US", u"IN", u"BR", u"CA", u"AU", u"PL", u"SE"};
constexpr std::array kPersonalDomains = {u"gmail.com", u"yahoo.fr", u"hotmail.com", u"outlook.com", u"gmx.de"};
constexpr std::array kAssets = {u"ROI calculator", u"Hand-off playbook", u"State of RevOps 2026", u"Lead scoring guide"};

struct RejectComment
{
    const char16_t *reason;
    const char16_t *comment;
};
constexpr std::array kRejectComments = {
    RejectComment{u"not_icp", u"Five-person agency, far below our size"},
    RejectComment{u"not_icp", u"Public sector, we don't sell there"},
    RejectComment{u"no_budget", u"Budget frozen until next fiscal year"},
    RejectComment{u"not_decision_maker", u"Intern collecting quotes for her manager"},
    RejectComment{u"no_need", u"Already happy with their spreadsheet"},
    RejectComment{u"bad_timing", u"Call back after their ERP migration in Q2"},
    RejectComment{u"bad_data", u"Phone number dead, e-mail bounced"},
    RejectComment{u"duplicate", u"Same person as an open SQL under another address"},
    RejectComment{u"student", u"Writing a thesis on sales funnels"},
    RejectComment{u"existing_customer", u"Belongs to account management"},
    RejectComment{u"competitor", u"Works for a competitor, downloading everything"},
    RejectComment{u"other", u"Asked to be removed from every list"},
};

enum class Step { Create, Activity, Decide, Contact, Qualify, Open, Close, Disqualify, Sweep, Away, Back, Spend };

struct Planned
{
    Timestamp at;
    qint64 seq;
    Step step;
    int lead;
    int arg = 0;
    bool operator>(const Planned &o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

struct LeadPlan
{
    QString id;
    int campaign = 0;
    double quality = 0;
    Timestamp created = 0;
};

class DemoWorld
{
public:
    DemoWorld(PipelineService &pipeline, ManualClock &clock, const DemoOptions &options)
        : m_p(pipeline), m_clock(clock), m_options(options), m_rng(options.seed)
    {
    }

    Status run();

private:
    double uniform() { return m_rng.generateDouble(); }
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    template<typename Array>
    QString any(const Array &a)
    {
        return QString::fromUtf16(a[pick(int(a.size()))]);
    }
    qint64 hours(double h) const { return qint64(h * kMsPerHour); }
    void plan(Timestamp at, Step step, int lead, int arg = 0)
    {
        if (at <= m_end)
            m_queue.push(Planned{at, m_seq++, step, lead, arg});
    }
    Timestamp workingTime(Timestamp t);
    // `from + delay`, moved into office hours unless that would pass `from + limit`.
    Timestamp officeTime(Timestamp from, qint64 delay, qint64 limit)
    {
        const Timestamp office = workingTime(from + delay);
        return office - from <= limit ? office : from + delay;
    }

    Status setup();
    Status createLead(int index);
    Status activity(int index);
    Status decide(int index);
    Status act(const Planned &p);
    void scheduleSales(int index);
    QString owner(int index);

    PipelineService &m_p;
    ManualClock &m_clock;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    Timestamp m_start = 0;
    Timestamp m_end = 0;
    qint64 m_seq = 0;
    std::priority_queue<Planned, std::vector<Planned>, std::greater<>> m_queue;
    QList<LeadPlan> m_leads;
    QSet<qint64> m_scheduledHandoffs;
    QStringList m_reps{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe"), QStringLiteral("david")};
};

Timestamp DemoWorld::workingTime(Timestamp t)
{
    // Push a time into working hours (Mon–Fri, 08:00–18:00 UTC): reps work office hours.
    QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
    if (dt.time().hour() < 8)
        dt.setTime(QTime(8, pick(60)));
    else if (dt.time().hour() >= 18)
        dt = QDateTime(dt.date().addDays(1), QTime(8, pick(60)), QTimeZone::utc());
    while (dt.date().dayOfWeek() > 5)
        dt = dt.addDays(1);
    return dt.toMSecsSinceEpoch();
}

Status DemoWorld::setup()
{
    m_clock.set(m_start);
    const QList<User> users = {
        {QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("chloe"), QStringLiteral("Chloé Martin"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("david"), QStringLiteral("David Novak"), Role::SalesRep, true, false, 40, 0},
        {QStringLiteral("sofia"), QStringLiteral("Sofia Marchetti"), Role::SalesManager, true, false, -1, 0},
        {QStringLiteral("marc"), QStringLiteral("Marc Petit"), Role::MarketingManager, true, false, -1, 0},
        {QStringLiteral("lea"), QStringLiteral("Léa Fontaine"), Role::Marketer, true, false, -1, 0},
        {QStringLiteral("admin"), QStringLiteral("Baton Admin"), Role::Admin, true, false, -1, 0},
    };
    for (const User &u : users) {
        if (Status s = m_p.saveUser(u); !s)
            return s;
    }
    PipelineConfig config = m_p.config();
    config.marketingMonthlySals = qMax(10, m_options.leads / 12);
    if (Status s = m_p.configure(config); !s)
        return s;

    // Arrivals, weighted to weekdays and office hours.
    const qint64 span = m_end - m_start;
    QList<Timestamp> arrivals;
    arrivals.reserve(m_options.leads);
    while (arrivals.size() < m_options.leads) {
        Timestamp t = m_start + qint64(uniform() * double(span - kMsPerHour));
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
        if (dt.date().dayOfWeek() > 5 && uniform() < 0.7)
            continue;
        if ((dt.time().hour() < 7 || dt.time().hour() > 20) && uniform() < 0.6)
            continue;
        arrivals << t;
    }
    std::sort(arrivals.begin(), arrivals.end());
    m_leads.resize(arrivals.size());
    for (int i = 0; i < arrivals.size(); ++i) {
        LeadPlan &l = m_leads[i];
        l.id = QStringLiteral("L%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        double r = uniform();
        for (int c = 0; c < int(kCampaigns.size()); ++c) {
            r -= kCampaigns[c].share;
            if (r <= 0 || c == int(kCampaigns.size()) - 1) {
                l.campaign = c;
                break;
            }
        }
        l.quality = std::clamp(kCampaigns[l.campaign].quality + (uniform() - 0.5) * 0.4, 0.0, 1.0);
        l.created = arrivals.at(i);
        plan(l.created, Step::Create, i);
    }
    // Monthly campaign spend, a rep away for a week three weeks ago, a daily sweep.
    for (Timestamp t = m_start; t <= m_end; t += 30 * kMsPerDay)
        plan(t, Step::Spend, 0);
    plan(m_end - 24 * kMsPerDay, Step::Away, 0);
    plan(m_end - 17 * kMsPerDay, Step::Back, 0);
    for (Timestamp t = m_start + kMsPerDay; t <= m_end; t += kMsPerDay)
        plan(t, Step::Sweep, 0);
    return {};
}

Status DemoWorld::createLead(int index)
{
    const LeadPlan &plan_ = m_leads.at(index);
    const double q = plan_.quality;
    LeadFields f;
    f.firstName = any(kFirstNames);
    f.lastName = any(kLastNames);
    f.company = any(kCompanyStems) + QLatin1Char(' ') + any(kCompanySuffixes);
    const bool student = uniform() < 0.08 * (1 - q);
    f.title = student ? QStringLiteral("Student") : uniform() < 0.05 + 0.25 * q ? any(kSeniorTitles) : any(kOtherTitles);
    const double sizeRoll = uniform();
    f.companySize = sizeRoll < 0.15 + 0.45 * q ? 50 + pick(451) : sizeRoll < 0.85 ? 3 + pick(47) : 501 + pick(4500);
    f.industry = uniform() < 0.2 + 0.5 * q ? any(kIcpIndustries) : any(kOtherIndustries);
    f.country = uniform() < 0.35 + 0.45 * q ? any(kTargetCountries) : any(kOtherCountries);
    const QString local = (f.firstName.left(1) + QLatin1Char('.') + f.lastName).toLower().remove(QLatin1Char(' '));
    const QString domain = uniform() < 0.35 * (1 - q) + 0.03
        ? any(kPersonalDomains)
        : QString(f.company.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral(".example"));
    f.email = QStringLiteral("%1.%2@%3").arg(local).arg(index + 1).arg(domain);
    f.phone = QStringLiteral("+33 1 %1 %2 %3").arg(10 + pick(89)).arg(10 + pick(89)).arg(10 + pick(89));
    const Campaign &c = kCampaigns[plan_.campaign];
    f.source = QString::fromUtf16(c.source);
    f.campaign = QString::fromUtf16(c.name);
    Result<QString> id = m_p.createLead(plan_.id, f, QStringLiteral("lea"));
    if (!id)
        return Error{id.error()};

    // Marketing activities: a burst in the first weeks, tailing off.
    // Heavy-tailed engagement: most leads do little, a few do a lot; the mean is activitiesPerLead.
    const double r = uniform();
    const int count = qMax(1, int(m_options.activitiesPerLead * (0.2 + 3.2 * r * r * r)));
    for (int k = 0; k < count; ++k) {
        const double days = uniform() < 0.7 ? uniform() * 14 : uniform() * 70;
        plan(plan_.created + qint64(days * kMsPerDay) + 1, Step::Activity, index);
    }
    if (uniform() < 0.015 + 0.04 * q)
        plan(plan_.created + qint64(uniform() * 20 * kMsPerDay) + 1, Step::Activity, index, 1); // demo request
    if (uniform() < 0.04)
        plan(plan_.created + qint64(uniform() * 40 * kMsPerDay) + 1, Step::Activity, index, 2); // unsubscribe
    scheduleSales(index);
    return {};
}

Status DemoWorld::activity(int index)
{
    const double q = m_leads.at(index).quality;
    const QString &id = m_leads.at(index).id;
    const int kind = m_rng.bounded(100);
    QVariantMap props;
    ActivityType type = ActivityType::EmailOpen;
    if (kind < 38) {
        type = ActivityType::EmailOpen;
    } else if (kind < 70) {
        type = ActivityType::PageView;
        const bool pricing = uniform() < 0.03 + 0.12 * q;
        props.insert(QStringLiteral("url"), pricing ? QStringLiteral("https://baton.example/pricing")
                                                     : QStringLiteral("https://baton.example/blog/%1").arg(pick(40)));
    } else if (kind < 80) {
        type = ActivityType::EmailClick;
    } else if (kind < 88) {
        type = ActivityType::ContentDownload;
        const bool caseStudy = uniform() < 0.35 + 0.3 * q;
        props.insert(QStringLiteral("asset"), caseStudy ? QStringLiteral("Globex case study") : any(kAssets));
        props.insert(QStringLiteral("asset_kind"), caseStudy ? QStringLiteral("case_study") : QStringLiteral("guide"));
    } else if (kind < 93) {
        type = ActivityType::FormSubmit;
        props.insert(QStringLiteral("form"), QStringLiteral("Newsletter"));
    } else if (kind < 97 && uniform() < 0.3 + 0.6 * q) {
        type = ActivityType::WebinarAttended;
        props.insert(QStringLiteral("webinar"), QStringLiteral("Pipeline Hygiene Live"));
    }
    return m_p.recordActivity(id, type, props, QString());
}

QString DemoWorld::owner(int index)
{
    const std::optional<Lead> l = m_p.lead(m_leads.at(index).id);
    return l ? l->owner : QString();
}

void DemoWorld::scheduleSales(int index)
{
    const std::optional<Lead> l = m_p.lead(m_leads.at(index).id);
    if (!l || l->stage != Stage::Sal || l->review != ReviewStatus::Pending || !l->handoffId
        || m_scheduledHandoffs.contains(*l->handoffId))
        return;
    m_scheduledHandoffs.insert(*l->handoffId);
    // Most decisions within a working day or two; a few slip past the 48 h SLA.
    const double delay = uniform() < 0.04 ? 49 + uniform() * 30 : 0.3 + uniform() * uniform() * 30;
    plan(officeTime(m_clock.now(), hours(delay), hours(46)), Step::Decide, index);
}

Status DemoWorld::decide(int index)
{
    const LeadPlan &plan_ = m_leads.at(index);
    const std::optional<Lead> l = m_p.lead(plan_.id);
    if (!l || l->stage != Stage::Sal || l->review != ReviewStatus::Pending)
        return {};
    const double fit = std::clamp(0.15 + 0.45 * plan_.quality + l->score / 300.0, 0.05, 0.95);
    if (uniform() < fit) {
        if (Status s = m_p.accept(plan_.id, l->owner); !s)
            return s;
        plan(officeTime(m_clock.now(), hours(0.1 + uniform() * uniform() * 8), hours(20)), Step::Contact, index);
        if (uniform() < 0.33 + 0.2 * plan_.quality)
            plan(workingTime(m_clock.now() + hours(24 + uniform() * 120)), Step::Qualify, index);
        return {};
    }
    // Reasons follow the lead's profile: a purchased list brings bad data, students say so.
    QString reason;
    QString comment;
    if (l->fields.title == u"Student") {
        reason = QStringLiteral("student");
        comment = QStringLiteral("Course enquiry, not a buyer");
    } else if (kCampaigns[plan_.campaign].quality < 0.3 && uniform() < 0.5) {
        reason = uniform() < 0.6 ? QStringLiteral("bad_data") : QStringLiteral("not_icp");
        comment = reason == u"bad_data" ? QStringLiteral("Number disconnected, no reply to e-mails") : QString();
    } else {
        const RejectComment &rc = kRejectComments[pick(int(kRejectComments.size()))];
        reason = QString::fromUtf16(rc.reason);
        if (uniform() < 0.6 || reason == u"other")
            comment = QString::fromUtf16(rc.comment);
    }
    return m_p.reject(plan_.id, l->owner, reason, comment);
}

Status DemoWorld::act(const Planned &p)
{
    m_clock.set(qMax(p.at, m_clock.now()));
    const QString id = p.lead < m_leads.size() ? m_leads.at(p.lead).id : QString();
    switch (p.step) {
    case Step::Create: return createLead(p.lead);
    case Step::Activity: {
        Status s;
        if (p.arg == 1)
            s = m_p.recordActivity(id, ActivityType::DemoRequest, {}, QString());
        else if (p.arg == 2)
            s = m_p.recordActivity(id, ActivityType::Unsubscribe, {}, QString());
        else
            s = activity(p.lead);
        if (!s)
            return s;
        if (p.arg == 1) {
            const std::optional<Lead> l = m_p.lead(id);
            if (l && l->urgent && l->stage == Stage::Sql) // demo bypass: call within minutes
                plan(m_clock.now() + qint64((1 + uniform() * 12) * kMsPerMinute), Step::Contact, p.lead, 1);
        }
        scheduleSales(p.lead);
        return {};
    }
    case Step::Decide: return decide(p.lead);
    case Step::Contact: {
        const QString rep = owner(p.lead);
        if (rep.isEmpty())
            return {};
        const std::array types = {ActivityType::Call, ActivityType::EmailSent, ActivityType::Meeting};
        if (Status s = m_p.logContact(id, types[pick(3)], rep); !s)
            return s;
        if (p.arg == 1 && uniform() < 0.8) // urgent leads move fast
            plan(workingTime(m_clock.now() + hours(24 + uniform() * 72)), Step::Open, p.lead);
        return {};
    }
    case Step::Qualify: {
        const std::optional<Lead> l = m_p.lead(id);
        if (!l || l->stage != Stage::Sal || l->review != ReviewStatus::Accepted)
            return {};
        if (Status s = m_p.move(id, Stage::Sql, l->owner); !s)
            return s;
        if (uniform() < 0.52)
            plan(workingTime(m_clock.now() + hours(48 + uniform() * 240)), Step::Open, p.lead);
        else if (uniform() < 0.6)
            plan(workingTime(m_clock.now() + hours(72 + uniform() * 300)), Step::Disqualify, p.lead);
        return {};
    }
    case Step::Open: {
        const std::optional<Lead> l = m_p.lead(id);
        if (!l || l->stage != Stage::Sql || l->owner.isEmpty())
            return {};
        MoveDetails d;
        d.amount = double(5 + pick(56)) * 1000;
        if (Status s = m_p.move(id, Stage::Opportunity, l->owner, d); !s)
            return s;
        plan(workingTime(m_clock.now() + hours(24 * (7 + uniform() * 21))), Step::Contact, p.lead);
        plan(workingTime(m_clock.now() + hours(24 * (10 + uniform() * 40))), Step::Close, p.lead);
        return {};
    }
    case Step::Close: {
        const std::optional<Lead> l = m_p.lead(id);
        if (!l || l->stage != Stage::Opportunity)
            return {};
        if (uniform() < 0.2 + 0.2 * m_leads.at(p.lead).quality)
            return m_p.markWon(id, l->owner, l->amount.value_or(10000) * (0.85 + uniform() * 0.25));
        const std::array reasons = {u"no_budget", u"competitor", u"bad_timing", u"no_need"};
        return m_p.markLost(id, l->owner, QString::fromUtf16(reasons[pick(4)]),
                            uniform() < 0.5 ? QStringLiteral("Chose a cheaper tool") : QString());
    }
    case Step::Disqualify: {
        const std::optional<Lead> l = m_p.lead(id);
        if (!l || l->stage != Stage::Sql || l->owner.isEmpty())
            return {};
        const std::array reasons = {u"no_budget", u"not_decision_maker", u"no_need", u"bad_timing"};
        return m_p.reject(id, l->owner, QString::fromUtf16(reasons[pick(4)]), QStringLiteral("BANT not met"));
    }
    case Step::Sweep:
        // Leads handed off by an automation (a freed rep, an escalation) get decided too.
        for (const QString &rep : m_reps) {
            for (const QString &leadId : m_p.leads().pendingSalsOf(rep)) {
                const int index = leadId.mid(1).toInt() - 1;
                if (index >= 0 && index < m_leads.size())
                    scheduleSales(index);
            }
        }
        return m_p.tick();
    case Step::Away:
    case Step::Back: {
        User u = m_p.user(QStringLiteral("chloe")).value();
        u.away = p.step == Step::Away;
        return m_p.saveUser(u);
    }
    case Step::Spend:
        for (const Campaign &c : kCampaigns) {
            const double amount = c.monthlySpend * double(m_options.leads) / 2000.0 * (0.8 + 0.4 * uniform());
            if (Status s = m_p.recordSpend(QString::fromUtf16(c.name), std::round(amount), QStringLiteral("marc")); !s)
                return s;
        }
        return {};
    }
    return {};
}

Status DemoWorld::run()
{
    m_end = m_options.end;
    m_start = m_end - qint64(m_options.days) * kMsPerDay;
    if (Status s = setup(); !s)
        return s;
    int created = 0;
    while (!m_queue.empty()) {
        const Planned p = m_queue.top();
        m_queue.pop();
        if (Status s = act(p); !s)
            return Error{DemoTr::tr("Demo generation failed at %1 (lead %2): %3")
                             .arg(QDateTime::fromMSecsSinceEpoch(p.at, QTimeZone::utc()).toString(Qt::ISODate),
                                  p.lead < m_leads.size() ? m_leads.at(p.lead).id : QString(), s.error())};
        if (p.step == Step::Create && (++created % 500 == 0 || created == m_leads.size()) && m_options.progress
            && !m_options.progress(created, int(m_leads.size())))
            return Error{DemoTr::tr("Demo generation cancelled.")};
    }
    m_clock.set(m_end);
    return m_p.tick();
}

} // namespace

Status generateDemo(const QString &path, const DemoOptions &rawOptions)
{
    DemoOptions options = rawOptions;
    if (options.leads < 1 || options.leads > 5'000'000)
        return Error{DemoTr::tr("--leads must be between 1 and 5 000 000, not %1.").arg(options.leads)};
    if (QFileInfo::exists(path))
        return Error{DemoTr::tr("%1 already exists; the demo is written to a new file.").arg(path)};
    if (options.end == 0) {
        const Timestamp now = SystemClock().now();
        options.end = now - now % kMsPerHour;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return Error{db.error()};
    db.value()->useBulkCache();
    ManualClock clock(options.end - qint64(options.days) * kMsPerDay);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s)
        return s;
    DemoWorld world(pipeline, clock, options);
    // One transaction: a cancelled or failed generation leaves no half-written pipeline.
    const Status s = db.value()->transaction([&] { return world.run(); });
    if (!s) {
        db.value().reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return s;
}

} // namespace baton
