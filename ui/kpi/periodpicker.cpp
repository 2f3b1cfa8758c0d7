#include "periodpicker.h"

#include "common/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace baton {

namespace {
Timestamp startOf(QDate date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QDate dateOf(Timestamp t, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, zone).date();
}
} // namespace

QString periodLabel(const KpiPeriod &period, const QTimeZone &zone)
{
    const QDate first = dateOf(period.from, zone);
    const QDate last = dateOf(std::max(period.from, std::min(period.to, period.asof) - 1), zone);
    const QLocale locale;
    if (first == last)
        return locale.toString(first, QStringLiteral("d MMM yyyy"));
    if (first.year() == last.year() && first.month() == last.month())
        return PeriodPicker::tr("%1–%2").arg(first.day()).arg(locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (first.year() == last.year())
        return PeriodPicker::tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                               locale.toString(last, QStringLiteral("d MMM yyyy")));
    return PeriodPicker::tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                           locale.toString(last, QStringLiteral("d MMM yyyy")));
}

PeriodChoice periodFor(PeriodPreset preset, Timestamp now, const QTimeZone &zone, QDate customFrom, QDate customTo)
{
    const QDate today = dateOf(now, zone);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QDate from, to; // [from, to)
    switch (preset) {
    case PeriodPreset::ThisWeek: from = monday, to = monday.addDays(7); break;
    case PeriodPreset::LastWeek: from = monday.addDays(-7), to = monday; break;
    case PeriodPreset::ThisMonth: from = firstOfMonth, to = firstOfMonth.addMonths(1); break;
    case PeriodPreset::LastMonth: from = firstOfMonth.addMonths(-1), to = firstOfMonth; break;
    case PeriodPreset::ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3);
        break;
    case PeriodPreset::Custom:
        from = customFrom.isValid() ? customFrom : monday;
        to = (customTo.isValid() && customTo >= from ? customTo : from).addDays(1);
        break;
    }
    PeriodChoice c;
    c.preset = preset;
    c.period = {startOf(from, zone), startOf(to, zone), now};
    // Compare like with like: a running period only up to now, and the same length before it.
    const Timestamp length = std::max<Timestamp>(1, std::min(c.period.to, now) - c.period.from);
    c.previous = {c.period.from - length, c.period.from, now};
    c.label = periodLabel(c.period, zone);
    c.previousLabel = periodLabel(c.previous, zone);
    return c;
}

PeriodPicker::PeriodPicker(QWidget *parent) : QWidget(parent), m_zone(QTimeZone::systemTimeZone())
{
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("This week"), int(PeriodPreset::ThisWeek));
    m_preset->addItem(tr("Last week"), int(PeriodPreset::LastWeek));
    m_preset->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
    m_preset->addItem(tr("Custom…"), int(PeriodPreset::Custom));
    m_preset->setToolTip(tr("The period the numbers cover; each is compared with the period of the same length "
                            "just before it"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setDate(QDate::currentDate());
        connect(edit, &QDateEdit::dateChanged, this, &PeriodPicker::changed);
    }
    m_from->setDate(QDate::currentDate().addDays(-27));
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period (included)"));
    m_dash = new QLabel(QStringLiteral("–"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::kGrid);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    setPreset(PeriodPreset::ThisWeek);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = preset() == PeriodPreset::Custom;
        m_from->setVisible(custom);
        m_dash->setVisible(custom);
        m_to->setVisible(custom);
        Q_EMIT changed();
    });
}

PeriodPreset PeriodPicker::preset() const
{
    return PeriodPreset(m_preset->currentData().toInt());
}

void PeriodPicker::setPreset(PeriodPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    const bool custom = preset == PeriodPreset::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
}

void PeriodPicker::setCustomRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setPreset(PeriodPreset::Custom);
    Q_EMIT changed();
}

PeriodChoice PeriodPicker::choice(Timestamp now) const
{
    return periodFor(preset(), now, m_zone, m_from->date(), m_to->date());
}

} // namespace baton
