#include "kpireport.h"

#include <QJsonValue>

#include <array>

namespace baton {

namespace {

using Scalar = std::optional<double> (*)(const KpiReport &);

// One table drives value(), kpiIds() and toJson(), so an id cannot be known to one and
// missing from another.
struct ScalarKpi
{
    const char16_t *id;
    Scalar get;
};

const std::array kScalars = {
    ScalarKpi{u"leads_created", [](const KpiReport &r) -> std::optional<double> { return r.leadsCreated; }},
    ScalarKpi{u"mqls", [](const KpiReport &r) -> std::optional<double> { return r.mqls; }},
    ScalarKpi{u"handoffs", [](const KpiReport &r) -> std::optional<double> { return r.handoffs; }},
    ScalarKpi{u"accepted", [](const KpiReport &r) -> std::optional<double> { return r.accepted; }},
    ScalarKpi{u"rejected", [](const KpiReport &r) -> std::optional<double> { return r.rejected; }},
    ScalarKpi{u"acceptance_rate", [](const KpiReport &r) { return r.acceptanceRate; }},
    ScalarKpi{u"sla_compliance", [](const KpiReport &r) { return r.slaCompliance; }},
    ScalarKpi{u"median_review_hours", [](const KpiReport &r) { return r.medianReviewHours; }},
    ScalarKpi{u"median_first_response_minutes", [](const KpiReport &r) { return r.medianFirstResponseMinutes; }},
    ScalarKpi{u"p95_first_response_minutes", [](const KpiReport &r) { return r.p95FirstResponseMinutes; }},
    ScalarKpi{u"median_first_response_minutes_urgent",
              [](const KpiReport &r) { return r.medianFirstResponseMinutesUrgent; }},
    ScalarKpi{u"median_first_response_minutes_normal",
              [](const KpiReport &r) { return r.medianFirstResponseMinutesNormal; }},
    ScalarKpi{u"mql_to_sql_rate", [](const KpiReport &r) { return r.mqlToSqlRate; }},
    ScalarKpi{u"sql_to_opportunity_rate", [](const KpiReport &r) { return r.sqlToOpportunityRate; }},
    ScalarKpi{u"win_rate", [](const KpiReport &r) { return r.winRate; }},
    ScalarKpi{u"avg_sales_cycle_days", [](const KpiReport &r) { return r.avgSalesCycleDays; }},
    ScalarKpi{u"revenue_won", [](const KpiReport &r) -> std::optional<double> { return r.revenueWon; }},
    ScalarKpi{u"cost_per_customer", [](const KpiReport &r) { return r.costPerCustomer; }},
    ScalarKpi{u"pipeline_velocity", [](const KpiReport &r) { return r.pipelineVelocity; }},
    ScalarKpi{u"content_assisted_close_rate", [](const KpiReport &r) { return r.contentAssistedCloseRate; }},
    ScalarKpi{u"rejections_by_reason",
              [](const KpiReport &r) -> std::
                                         optional<double> {
                                             int total = 0;
                                             for (int n : r.rejectionsByReason)
                                                 total += n;
                                             return total;
                                         }},
    // Not in PRODUCT.md's table, but the factors of the quotients above; scenarios
    // and the stand-up slides check them directly.
    ScalarKpi{u"wins", [](const KpiReport &r) -> std::optional<double> { return r.wins; }},
    ScalarKpi{u"losses", [](const KpiReport &r) -> std::optional<double> { return r.losses; }},
    ScalarKpi{u"spend", [](const KpiReport &r) -> std::optional<double> { return r.spend; }},
    ScalarKpi{u"open_opportunities", [](const KpiReport &r) -> std::optional<double> { return r.openOpportunities; }},
};

using Entry = std::optional<double> (*)(const KpiReport &, const QString &key);
using Breakdown = QJsonObject (*)(const KpiReport &);

struct BreakdownKpi
{
    const char16_t *id;
    Entry entry;
    Breakdown all;
};

template<typename T>
QJsonObject toJsonObject(const QMap<QString, T> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if constexpr (std::is_same_v<T, std::optional<double>>)
            object.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
        else
            object.insert(it.key(), it.value());
    }
    return object;
}

const std::array kBreakdowns = {
    BreakdownKpi{
        u"rejections_by_reason",
        [](const KpiReport &r, const QString &k) -> std::optional<double> { return r.rejectionsByReason.value(k); },
        [](const KpiReport &r) { return toJsonObject(r.rejectionsByReason); }},
    BreakdownKpi{
        u"rejections_by_campaign",
        [](const KpiReport &r, const QString &k) -> std::optional<double> { return r.rejectionsByCampaign.value(k); },
        [](const KpiReport &r) { return toJsonObject(r.rejectionsByCampaign); }},
    BreakdownKpi{
        u"rejections_by_source",
        [](const KpiReport &r, const QString &k) -> std::optional<double> { return r.rejectionsBySource.value(k); },
        [](const KpiReport &r) { return toJsonObject(r.rejectionsBySource); }},
    BreakdownKpi{
        u"revenue_by_source",
        [](const KpiReport &r, const QString &k) -> std::optional<double> { return r.revenueBySource.value(k); },
        [](const KpiReport &r) { return toJsonObject(r.revenueBySource); }},
    BreakdownKpi{
        u"revenue_by_campaign",
        [](const KpiReport &r, const QString &k) -> std::optional<double> { return r.revenueByCampaign.value(k); },
        [](const KpiReport &r) { return toJsonObject(r.revenueByCampaign); }},
    BreakdownKpi{u"cost_per_customer_by_source",
                 [](const KpiReport &r, const QString &k) { return r.costPerCustomerBySource.value(k); },
                 [](const KpiReport &r) { return toJsonObject(r.costPerCustomerBySource); }},
};

// Splits "<breakdown>.<key>"; the key may itself contain dots (campaign names do).
const BreakdownKpi *findBreakdown(const QString &id, QString *key)
{
    const qsizetype dot = id.indexOf(u'.');
    if (dot <= 0 || dot == id.size() - 1)
        return nullptr;
    const QStringView prefix = QStringView(id).left(dot);
    for (const BreakdownKpi &breakdown : kBreakdowns) {
        if (prefix == breakdown.id) {
            *key = id.mid(dot + 1);
            return &breakdown;
        }
    }
    return nullptr;
}

QJsonValue toJsonValue(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<double> KpiReport::value(const QString &kpiId) const
{
    for (const ScalarKpi &kpi : kScalars) {
        if (kpiId == kpi.id)
            return kpi.get(*this);
    }
    QString key;
    if (const BreakdownKpi *breakdown = findBreakdown(kpiId, &key))
        return breakdown->entry(*this, key);
    return std::nullopt;
}

const QStringList &KpiReport::kpiIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const ScalarKpi &kpi : kScalars)
            list.append(QString::fromUtf16(kpi.id));
        return list;
    }();
    return ids;
}

bool KpiReport::isKpiId(const QString &id)
{
    QString key;
    return kpiIds().contains(id) || findBreakdown(id, &key) != nullptr;
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject kpis;
    for (const ScalarKpi &kpi : kScalars)
        kpis.insert(QString::fromUtf16(kpi.id), toJsonValue(kpi.get(*this)));

    QJsonObject json{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), period.from},
                                               {QStringLiteral("to"), period.to},
                                               {QStringLiteral("asof"), period.asof}}},
        {QStringLiteral("kpis"), kpis},
    };
    for (const BreakdownKpi &breakdown : kBreakdowns)
        json.insert(QString::fromUtf16(breakdown.id), breakdown.all(*this));
    return json;
}

} // namespace baton
