// PipelineService::createLeads: many new leads in one go, for imports.
//
// createLead writes, per lead, the lead row (then rewrites it), a `created` event, a
// `score_changed` event and the saved score, and checks the hand-off queue and the time-based
// rules. Done 100 000 times that is mostly statement overhead: and a lead insert also feeds
// the text search index, which SQLite flushes at every following statement, so one lead at a
// time leaves a search segment per lead. Here the leads go in by many rows per statement, in
// their final state, with event payloads written directly; a lead whose first score crosses
// the MQL threshold takes createLead's own path (rescore, enterMql, hand-off), unchanged.
#include "pipelineservice.h"
#include "scoring/scoreengine.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>

namespace baton {

namespace {
struct BulkCreateTr
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

// Leads per INSERT, largest first: the text search index is flushed at each statement, so
// the fewer statements the better; 1 024 rows of 31 values stay under SQLite's 32 766 parameters.
constexpr std::array<int, 5> kRowsPerInsert = {1024, 256, 64, 16, 4};
constexpr int kLeadColumns = 31;

// scoreLead() for a lead with no activities, as createLead first scores it, less the evidence
// texts it writes for people (a fifth of an import's time, read by nobody here). Attribute rules
// decide as scoreLead does (attributeRuleFires), remembered per value: an import repeats titles,
// industries, countries and domains. Activity rules cannot fire without activities, and a
// no-activity rule fires once the lead is old enough, else changes the score then.
class FirstScorer
{
public:
    explicit FirstScorer(const ScoringModel &model) : m_model(model), m_seen(model.rules.size()) {}

    struct Score
    {
        int total = 0;
        QStringList fired;
        std::optional<Timestamp> nextChangeAt;
    };

    Score score(const LeadFields &fields, Timestamp createdAt, Timestamp now)
    {
        Score s;
        for (qsizetype i = 0; i < m_model.rules.size(); ++i) {
            const ScoringRule &rule = m_model.rules.at(i);
            bool fired = false;
            switch (rule.kind) {
            case RuleKind::AttributePattern:
            case RuleKind::AttributeInList:
            case RuleKind::AttributeRange: {
                const QString value = fields.value(rule.field);
                auto known = m_seen[i].constFind(value);
                if (known == m_seen[i].cend())
                    known = m_seen[i].insert(value, attributeRuleFires(m_model, rule, fields));
                fired = *known;
                break;
            }
            case RuleKind::ActivityCount:
                break;
            case RuleKind::NoActivity:
                if (rule.withinDays) {
                    const Timestamp firesAt = createdAt + qint64(*rule.withinDays) * kMsPerDay;
                    fired = now >= firesAt;
                    if (!fired && (!s.nextChangeAt || firesAt < *s.nextChangeAt))
                        s.nextChangeAt = firesAt;
                }
                break;
            }
            if (fired) {
                s.total += rule.points;
                s.fired.append(rule.id);
            }
        }
        return s;
    }

private:
    const ScoringModel &m_model;
    QList<QHash<QString, bool>> m_seen; // per rule: field value → fires
};

// A JSON string as QJsonDocument::toJson writes it. Plain ASCII (the usual case) is escaped
// here; anything else goes through Qt itself, so the bytes are always Qt's.
void appendJsonString(QByteArray &out, const QString &s)
{
    bool plain = true;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (!plain) {
        const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(json).sliced(1, json.size() - 2); // without the array's brackets
        return;
    }
    // Written straight into the buffer: appending character by character costs more than the rest.
    const qsizetype start = out.size();
    out.resize(start + 2 * s.size() + 2);
    char *d = out.data() + start;
    *d++ = '"';
    for (const QChar c : s) {
        const char ascii = char(c.unicode());
        if (ascii == '"' || ascii == '\\')
            *d++ = '\\';
        *d++ = ascii;
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

// The `created` payload, as createLead's QJsonObject writes it (keys in Qt's sorted order).
QByteArray createdPayload(const LeadFields &f)
{
    QByteArray out;
    out.reserve(256);
    const auto text = [&out](const char *key, const QString &value) {
        out += '"';
        out += key;
        out += "\":";
        appendJsonString(out, value);
        out += ',';
    };
    out += "{\"fields\":{";
    text("campaign", f.campaign);
    text("company", f.company);
    out += "\"company_size\":";
    out += f.companySize ? QByteArray::number(*f.companySize) : QByteArray("null");
    out += ',';
    text("country", f.country);
    text("email", f.email);
    text("first_name", f.firstName);
    text("industry", f.industry);
    text("last_name", f.lastName);
    text("phone", f.phone);
    text("source", f.source);
    text("title", f.title);
    out.chop(1);
    out += "}}";
    return out;
}

// The first `score_changed` payload, as rescore's QJsonObject writes it.
QByteArray firstScorePayload(int score, int model, const QStringList &fired)
{
    QByteArray out;
    out.reserve(128);
    out += "{\"cause\":\"created\",\"fired\":[";
    for (qsizetype i = 0; i < fired.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, fired.at(i));
    }
    out += "],\"model\":";
    out += QByteArray::number(model);
    out += ",\"new\":";
    out += QByteArray::number(score);
    out += ",\"old\":null}";
    return out;
}

// INSERT INTO leads for `rows` leads at once (one of kRowsPerInsert); built once per size and
// kept for the program's life, as Database::statement keys its cache on the text's address.
const char *multiRowLeadInsert(int rows)
{
    static const std::array<QByteArray, kRowsPerInsert.size()> sql = [] {
        std::array<QByteArray, kRowsPerInsert.size()> texts;
        QByteArray row = "(?";
        for (int c = 1; c < kLeadColumns; ++c)
            row += ",?";
        row += ')';
        for (size_t k = 0; k < kRowsPerInsert.size(); ++k) {
            QByteArray &s = texts[k];
            s = "INSERT INTO leads (id, first_name, last_name, email, phone, title, company, company_size, "
                "industry, country, source, campaign, created_at, stage, stage_since, review, owner, urgent, score, "
                "model_version, amount, handoff_id, review_deadline, assigned_at, reminded, breached, score_due, "
                "last_activity, last_touch, next_due, version) VALUES ";
            for (int r = 0; r < kRowsPerInsert[k]; ++r) {
                if (r > 0)
                    s += ',';
                s += row;
            }
        }
        return texts;
    }();
    const auto k = std::find(kRowsPerInsert.cbegin(), kRowsPerInsert.cend(), rows) - kRowsPerInsert.cbegin();
    return sql.at(size_t(k)).constData();
}

// Binds one lead as row `row` of multiRowLeadInsert(), in the leads table's column order.
void bindLeadRow(Statement &q, int row, const Lead &l, std::optional<Timestamp> nextDue)
{
    const int p = row * kLeadColumns;
    q.bind(p + 1, l.id)
        .bind(p + 2, l.fields.firstName)
        .bind(p + 3, l.fields.lastName)
        .bind(p + 4, l.fields.email)
        .bind(p + 5, l.fields.phone)
        .bind(p + 6, l.fields.title)
        .bind(p + 7, l.fields.company)
        .bind(p + 8, l.fields.companySize)
        .bind(p + 9, l.fields.industry)
        .bind(p + 10, l.fields.country)
        .bind(p + 11, l.fields.source)
        .bind(p + 12, l.fields.campaign)
        .bind(p + 13, l.createdAt)
        .bind(p + 14, stageId(l.stage))
        .bind(p + 15, l.stageSince)
        .bind(p + 16, reviewStatusId(l.review))
        .bindTextOrNull(p + 17, l.owner)
        .bind(p + 18, l.urgent)
        .bind(p + 19, l.score)
        .bind(p + 20, l.modelVersion)
        .bind(p + 21, l.amount)
        .bind(p + 22, l.handoffId)
        .bind(p + 23, l.reviewDeadline)
        .bind(p + 24, l.assignedAt)
        .bind(p + 25, l.reminded)
        .bind(p + 26, l.breached)
        .bind(p + 27, l.scoreDueAt)
        .bind(p + 28, l.lastActivity)
        .bind(p + 29, l.lastTouch)
        .bind(p + 30, nextDue)
        .bind(p + 31, l.version);
}
} // namespace

Result<QStringList> PipelineService::createLeads(const QList<NewLead> &input, const QString &by,
                                                 const std::function<bool(qsizetype done)> &progress,
                                                 qsizetype *failed)
{
    const QString actorId = by.isEmpty() ? kSystemActor : by;
    const qsizetype n = input.size();
    QStringList ids;
    ids.reserve(n);
    qsizetype at = 0; // the lead being written, for `failed`
    const Status s = run([&](Timestamp now) -> Status {
        if (!by.isEmpty() && by != kSystemActor) {
            if (Result<User> who = actor(by); !who)
                return Error{who.error()};
        }

        // Each lead as createLead leaves it; `crossing` ones go through rescore() instead.
        struct Pending
        {
            Lead lead;
            int score = 0;
            int model = 0;
            QStringList fired;
            bool crossing = false;
        };
        QList<Pending> leads;
        leads.reserve(n);
        QSet<QString> givenIds;
        FirstScorer scorer(m_model);
        for (at = 0; at < n; ++at) {
            const NewLead &in = input.at(at);
            Pending p;
            Lead &lead = p.lead;
            lead.fields = in.fields;
            lead.fields.country = lead.fields.country.trimmed().toUpper();
            lead.fields.email = lead.fields.email.trimmed();
            if (Status c = checkFields(lead.fields); !c)
                return c;
            lead.id = in.id;
            if (lead.id.isEmpty()) {
                // Random: a clash with a stored lead is refused by the primary key.
                lead.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
            } else if (givenIds.contains(lead.id) || m_leads.exists(lead.id)) {
                return Error{BulkCreateTr::tr("A lead with id “%1” already exists.").arg(lead.id)};
            } else {
                givenIds.insert(lead.id);
            }
            lead.createdAt = in.createdAt.value_or(now);
            if (lead.createdAt > now)
                return Error{BulkCreateTr::tr("A lead cannot be created in the future.")};
            lead.stage = Stage::New;
            lead.stageSince = lead.lastActivity = lead.lastTouch = lead.createdAt;
            // A new lead has no activities: its first score reads its fields and age only.
            FirstScorer::Score b = scorer.score(lead.fields, lead.createdAt, now);
            p.crossing = b.total >= m_config.mqlThreshold;
            if (p.crossing) {
                lead.version = 1; // inserted as createLead's first save() leaves it
            } else {
                p.score = lead.score = b.total;
                p.model = lead.modelVersion = m_model.version;
                p.fired = std::move(b.fired);
                lead.scoreDueAt = b.nextChangeAt;
                lead.version = 2; // after its second save()
            }
            ids.append(lead.id);
            leads.append(std::move(p));
        }

        Statement &insertEvent = m_db.statement(
            "INSERT INTO lead_events (lead_id, kind, at, actor, payload) VALUES (?1, ?2, ?3, ?4, ?5)");
        const QString createdKind = eventKindId(EventKind::Created);
        const QString scoreKind = eventKindId(EventKind::ScoreChanged);
        // Once a crossing lead finds every rep at capacity, the rest of the batch would too:
        // reps only gain pending SALs here. They then wait in MQL without asking again.
        bool repsFull = false;
        QSet<std::pair<QString, QString>> campaigns;
        for (qsizetype start = 0; start < n; start += kRowsPerInsert.front()) {
            const qsizetype end = std::min(n, start + kRowsPerInsert.front());
            for (at = start; at < end; ++at) {
                const LeadFields &f = leads.at(at).lead.fields;
                if (!f.campaign.isEmpty() && !campaigns.contains({f.campaign, f.source})) {
                    campaigns.insert({f.campaign, f.source});
                    if (Status c = m_catalog.touchCampaign(f.campaign, f.source); !c)
                        return c;
                }
            }
            // The leads' rows first (their events refer to them), in the fewest statements.
            at = start;
            for (const int rows : kRowsPerInsert) {
                while (end - at >= rows) {
                    Statement &insert = m_db.statement(multiRowLeadInsert(rows));
                    for (int r = 0; r < rows; ++r)
                        bindLeadRow(insert, r, leads.at(at + r).lead, nextDue(leads.at(at + r).lead));
                    if (Status w = insert.exec(); !w)
                        return w;
                    at += rows;
                }
            }
            for (; at < end; ++at) {
                if (Status w = m_leads.insert(leads.at(at).lead, nextDue(leads.at(at).lead)); !w)
                    return w;
            }

            for (at = start; at < end; ++at) {
                Pending &p = leads[at];
                Lead &lead = p.lead;
                insertEvent.bind(1, lead.id)
                    .bind(2, createdKind)
                    .bind(3, lead.createdAt)
                    .bind(4, actorId)
                    .bind(5, createdPayload(lead.fields));
                if (Status e = insertEvent.exec(); !e)
                    return e;
                if (p.crossing) {
                    // createLead's own steps from its first save() on, which caches the lead as
                    // written (what the next save() compares with).
                    if (m_leadCache.size() > 50000)
                        m_leadCache.clear();
                    m_leadCache.insert(lead.id, lead);
                    lead.modelVersion = 0;
                    if (Status r = rescore(lead, QStringLiteral("created"), !repsFull); !r)
                        return r;
                    if (lead.stage == Stage::Mql && m_config.autoHandoff)
                        repsFull = true;
                    if (Status w = save(lead); !w)
                        return w;
                    continue;
                }
                insertEvent.bind(1, lead.id)
                    .bind(2, scoreKind)
                    .bind(3, now)
                    .bind(4, kSystemActor)
                    .bind(5, firstScorePayload(p.score, p.model, p.fired));
                if (Status e = insertEvent.exec(); !e)
                    return e;
                if (Status w = m_leads.saveScore(lead.id, p.score, p.model, p.fired, now); !w)
                    return w;
                if (const std::optional<Timestamp> due = nextDue(lead); due && m_earliestDue)
                    m_earliestDue = std::min(*m_earliestDue, *due);
            }
            if (progress && !progress(end))
                return Error{BulkCreateTr::tr("Cancelled.")};
        }
        return {};
    });
    if (!s) {
        if (failed)
            *failed = at;
        return Error{s.error()};
    }
    return ids;
}

} // namespace baton
