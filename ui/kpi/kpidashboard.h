#pragma once

#include "common/theme.h"
#include "dashboardcharts.h"
#include "dashboardsnapshot.h"

#include <QHash>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace baton {

class ChartCard;
class KpiTile;
class KpiWorker;
class LeadListPopup;
class PeriodPicker;
class PipelineService;

// The joint KPI dashboard (PRODUCT.md "Joint KPIs", UI.md "Charts"): a tile per KPI
// with its change from the previous period and its target band, and the charts
// behind them. Everything is recomputed from the event log off the UI thread
// (KpiWorker) when refresh() is called or the period changes; clicking a bar or a
// point lists the leads behind it, and choosing one emits openLead.
class KpiDashboard : public QWidget
{
    Q_OBJECT

public:
    KpiDashboard(PipelineService &pipeline, QWidget *parent = nullptr);
    ~KpiDashboard() override;

    PeriodPicker *periodPicker() const { return m_picker; }
    KpiTile *tile(const QString &kpiId) const { return m_tiles.value(kpiId); }
    ChartCard *chartCard(DashboardChart which) const { return m_cards.value(int(which)); }
    LeadListPopup *leadList() const { return m_popup; }
    // The snapshot on screen (nullptr before the first one).
    std::shared_ptr<const DashboardSnapshot> snapshot() const { return m_snapshot; }
    // The time zone periods are cut in (the system's; tests pin UTC).
    void setTimeZone(const QTimeZone &zone);
    // Lists the leads behind a chart's bar or point, as a click on it does.
    void drill(DashboardChart chart, const QString &key, int index);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openLead(const QString &leadId);
    // A snapshot is on screen; `complete` once the weekly trend is in too.
    void updated(bool complete);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void start(bool reload);
    void display(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    void layoutTiles();
    QStringList drillLeads(DashboardChart chart, const QString &key, int index, QString *title) const;

    PipelineService &m_pipeline;
    Theme m_theme;
    QTimeZone m_zone;
    PeriodPicker *m_picker;
    QLabel *m_comparison;
    QLabel *m_status;
    QGridLayout *m_tileGrid;
    int m_tileColumns = 0;
    QList<KpiTile *> m_tileOrder;
    QHash<QString, KpiTile *> m_tiles;
    QHash<int, ChartCard *> m_cards;
    LeadListPopup *m_popup;
    KpiWorker *m_worker;
    QTimer *m_debounce;
    bool m_dirty = true;
    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::optional<KpiData> m_data; // the last read, reused when only the period changes
    Timestamp m_dataAsof = 0;
};

} // namespace baton
