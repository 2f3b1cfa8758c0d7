#include "cardtext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace baton {

namespace {
struct CardTextTr
{
    Q_DECLARE_TR_FUNCTIONS(CardText)
};

// One decimal below ten units ("€9.5k"), none above ("€412k").
QString scaled(double value)
{
    const int decimals = value < 9.95 ? 1 : 0;
    QString s = QLocale().toString(value, 'f', decimals);
    const QString zero = QLocale().decimalPoint() + QLatin1Char('0');
    if (decimals && s.endsWith(zero))
        s.chop(zero.size());
    return s;
}
} // namespace

QString formatAge(qint64 ms)
{
    const qint64 t = qMax<qint64>(0, ms);
    if (t < kMsPerHour)
        return CardTextTr::tr("%1 min").arg(t / kMsPerMinute);
    if (t < kMsPerDay)
        return CardTextTr::tr("%1 h").arg(t / kMsPerHour);
    if (t < 14 * kMsPerDay)
        return CardTextTr::tr("%1 d").arg(t / kMsPerDay);
    return CardTextTr::tr("%1 w").arg(t / (7 * kMsPerDay));
}

QString formatCompactAmount(double amount)
{
    const double a = std::abs(amount);
    //: Currency of deal amounts in column headers; %1 is the number with its unit (k, M).
    const QString currency = CardTextTr::tr("€%1");
    if (a < 1000)
        return currency.arg(QLocale().toString(std::round(amount), 'f', 0));
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    if (a < 999500)
        return currency.arg(sign + scaled(a / 1000) + CardTextTr::tr("k"));
    return currency.arg(sign + scaled(a / 1e6) + CardTextTr::tr("M"));
}

} // namespace baton
