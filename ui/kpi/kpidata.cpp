#include "kpidata.h"

#include <QElapsedTimer>

namespace baton {

LeadLabel KpiData::label(const QString &leadId) const
{
    return labels ? labels->value(leadId, LeadLabel{leadId, QString()}) : LeadLabel{leadId, QString()};
}

KpiData loadKpiData(Database &db, Timestamp asof, bool withReads)
{
    QElapsedTimer timer;
    timer.start();
    KpiData data;
    FeedbackStore store(db);
    auto input = std::make_shared<const KpiInput>(store.trimmedKpiInput(asof));
    data.eventsRead = input->events.size();
    data.input = std::move(input);
    data.labels = std::make_shared<const QHash<QString, LeadLabel>>(store.leadLabels());
    data.reads =
        std::make_shared<const QHash<qint64, FeedbackRead>>(withReads ? store.reads() : QHash<qint64, FeedbackRead>());
    data.loadMs = timer.elapsed();
    return data;
}

} // namespace baton
