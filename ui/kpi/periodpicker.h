#pragma once

#include "kpi/kpiinput.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
QT_END_NAMESPACE

namespace baton {

enum class PeriodPreset { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, Custom };

// A period of the KPI views and the one it is compared with: the period of the same
// length just before it. A period still running is measured up to `now`, and so is
// its comparison ("this week so far" against the same days and hours of last week).
struct PeriodChoice
{
    PeriodPreset preset = PeriodPreset::ThisWeek;
    KpiPeriod period;
    KpiPeriod previous;
    QString label;         // "16–22 Nov 2026"
    QString previousLabel; // "9–15 Nov 2026"
};

PeriodChoice periodFor(PeriodPreset preset, Timestamp now, const QTimeZone &zone, QDate customFrom = {},
                       QDate customTo = {});
// "16–22 Nov 2026", "28 Oct – 3 Nov 2026", with the end cut at the period's asof.
QString periodLabel(const KpiPeriod &period, const QTimeZone &zone);

// The period menu of a KPI view: presets, or a custom range of dates (both included).
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    PeriodChoice choice(Timestamp now) const;
    PeriodPreset preset() const;
    void setPreset(PeriodPreset preset);
    void setCustomRange(QDate from, QDate to);
    QTimeZone zone() const { return m_zone; }
    void setZone(const QTimeZone &zone) { m_zone = zone; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash;
    QTimeZone m_zone;
};

} // namespace baton
