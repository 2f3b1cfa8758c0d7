#include "boardmodel.h"

#include "stagecolumnmodel.h"

namespace baton {

BoardModel::BoardModel(Database &db, const Clock &clock, QObject *parent) : QObject(parent), m_query(db), m_clock(clock)
{
    for (Stage s : kAllStages)
        m_columns[size_t(s)] = new StageColumnModel(m_query, s, this);
    m_filter.now = m_clock.now();
    for (StageColumnModel *c : m_columns)
        c->setFilter(m_filter);
    readTotals();
}

BoardModel::~BoardModel() = default;

StageColumnModel *BoardModel::column(Stage stage) const
{
    return m_columns[size_t(stage)];
}

const StageTotals &BoardModel::totals(Stage stage) const
{
    static const StageTotals none;
    const auto it = m_totals.constFind(stage);
    return it == m_totals.cend() ? none : *it;
}

void BoardModel::setFilter(const LeadFilter &filter)
{
    LeadFilter f = filter;
    f.now = m_clock.now();
    m_filter = f;
    for (StageColumnModel *c : m_columns)
        c->setFilter(m_filter);
    readTotals();
}

void BoardModel::refresh()
{
    m_filter.now = m_clock.now();
    for (StageColumnModel *c : m_columns) {
        c->setNow(m_filter.now);
        c->refresh();
    }
    readTotals();
}

void BoardModel::refreshTotals()
{
    m_query.recount(); // once a minute: whatever the log did not say is caught up with
    m_filter.now = m_clock.now();
    readTotals();
}

void BoardModel::readTotals()
{
    m_totals = m_query.totals(m_filter);
    Q_EMIT totalsChanged();
}

} // namespace baton
