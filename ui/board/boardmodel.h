#pragma once

#include "domain/clock.h"
#include "storage/leadquery.h"

#include <QMap>
#include <QObject>

#include <array>

namespace baton {

class Database;
class StageColumnModel;

// The board's data: one lazily fetching model per stage column, the header
// totals, and the filter they all share. Reads only; changes go through
// LeadActions, after which the board calls refresh().
class BoardModel : public QObject
{
    Q_OBJECT

public:
    BoardModel(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~BoardModel() override;

    StageColumnModel *column(Stage stage) const;
    const LeadFilter &filter() const { return m_filter; }
    const StageTotals &totals(Stage stage) const;
    LeadQuery &query() { return m_query; }
    const Clock &clock() const { return m_clock; }

    void setFilter(const LeadFilter &filter);
    // Re-reads totals and every loaded row (after a change, or another process's commit).
    void refresh();
    // Re-reads the header totals only: deadlines pass without anyone writing.
    void refreshTotals();

Q_SIGNALS:
    void totalsChanged();

private:
    void readTotals();

    LeadQuery m_query;
    const Clock &m_clock;
    LeadFilter m_filter;
    std::array<StageColumnModel *, kAllStages.size()> m_columns{};
    QMap<Stage, StageTotals> m_totals;
};

} // namespace baton
