#include "leadformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace baton {

namespace {
struct FormatTr
{
    Q_DECLARE_TR_FUNCTIONS(LeadFormat)
};
} // namespace

QString formatWhen(Timestamp at, const QTimeZone &zone, std::optional<Timestamp> reference)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
    const bool sameYear = reference && QDateTime::fromMSecsSinceEpoch(*reference, zone).date().year() == local.date().year();
    // Short month names in the user's language, digits in the order people read.
    const QLocale locale;
    const QString day = QString::number(local.date().day()) + u' '
        + locale.monthName(local.date().month(), QLocale::ShortFormat);
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (sameYear)
        return day + u' ' + time;
    return day + u' ' + QString::number(local.date().year()) + u' ' + time;
}

QString signedPoints(int points)
{
    if (points > 0)
        return u'+' + QString::number(points);
    if (points < 0)
        return QChar(0x2212) + QString::number(-points);
    return QStringLiteral("0");
}

QString durationText(qint64 ms)
{
    ms = qAbs(ms);
    const qint64 days = ms / kMsPerDay;
    const qint64 hours = ms % kMsPerDay / kMsPerHour;
    const qint64 minutes = ms % kMsPerHour / kMsPerMinute;
    if (days > 0)
        return hours > 0 ? FormatTr::tr("%1 d %2 h").arg(days).arg(hours) : FormatTr::tr("%1 d").arg(days);
    if (hours > 0)
        return hours < 10 && minutes > 0 ? FormatTr::tr("%1 h %2 min").arg(hours).arg(minutes)
                                         : FormatTr::tr("%1 h").arg(hours);
    if (minutes > 0)
        return FormatTr::tr("%1 min").arg(minutes);
    return FormatTr::tr("under a minute");
}

QString thresholdText(int total, int mqlThreshold, int sqlThreshold)
{
    if (total >= sqlThreshold)
        return FormatTr::tr("Sales-ready");
    const bool belowMql = total < mqlThreshold;
    const int missing = (belowMql ? mqlThreshold : sqlThreshold) - total;
    if (belowMql)
        return missing == 1 ? FormatTr::tr("1 point to MQL") : FormatTr::tr("%1 points to MQL").arg(missing);
    return missing == 1 ? FormatTr::tr("1 point to SQL-ready") : FormatTr::tr("%1 points to SQL-ready").arg(missing);
}

QString initials(const QString &name)
{
    QString out;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (out.size() == 2)
            break;
        out += w.front().toUpper();
    }
    return out;
}

} // namespace baton
