#include "cellvalue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace baton {

namespace {

struct CellValueTr
{
    Q_DECLARE_TR_FUNCTIONS(CellValue)
};

constexpr qint64 kUnixEpochJulianDay = 2440588;

// A whole number, optionally grouped in thousands by one kind of separator.
const QString kCount = QStringLiteral("([0-9]{1,3}(?:([,. '\\x{00A0}\\x{202F}])[0-9]{3})?(?:\\g{-1}[0-9]{3})*|[0-9]+)");

std::optional<qint64> parseCount(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    bool ok = false;
    const qint64 n = digits.size() <= 15 ? digits.toLongLong(&ok) : 0;
    if (!ok)
        return std::nullopt;
    return n;
}

std::optional<Timestamp> toTimestamp(int year, int month, int day, int hour, int minute, int second, int ms,
                                     int offsetMinutes)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - kUnixEpochJulianDay;
    return days * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute + second * 1000LL + ms
           - offsetMinutes * kMsPerMinute;
}

int group(const QRegularExpressionMatch &m, int n)
{
    return m.capturedView(n).toInt();
}

// The value of the ASCII digits text[from, from + count), or -1 if any is not one.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// 2026-01-05 and 2026-01-05T14:02:33Z, the forms Baton and most tools export, read without
// the regular expressions (a large import has one per row); nothing for any other text, which
// the general rules then read to the same result.
std::optional<Timestamp> quickIsoTime(QStringView text)
{
    const qsizetype n = text.size();
    if ((n != 10 && n != 20) || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    if (n == 10)
        return toTimestamp(year, month, day, 0, 0, 0, 0, 0);
    if (text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'Z')
        return std::nullopt;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    return toTimestamp(year, month, day, hour, minute, second, 0, 0);
}

} // namespace

Result<std::optional<int>> parseCompanySize(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::optional<int>();
    if (text.size() <= 9) { // plain digits, the usual case, without the regular expressions
        if (const int plain = digits(text, 0, text.size()); plain >= 0)
            return std::optional<int>(plain);
    }
    static const QRegularExpression single(QStringLiteral("^") + kCount + QStringLiteral("$"));
    static const QRegularExpression range(QStringLiteral("^") + kCount
                                              + QStringLiteral("\\s*(?:-|\\x{2013}|\\x{2014}|to|\\x{00E0})\\s*")
                                              + kCount + QStringLiteral("$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atLeast(QStringLiteral("^(?:") + kCount
                                            + QStringLiteral("\\s*\\+|(?:>|>=|\\x{2265})\\s*") + kCount
                                            + QStringLiteral(")$"));
    std::optional<qint64> value;
    if (const QRegularExpressionMatch m = single.match(text); m.hasMatch()) {
        value = parseCount(m.captured(1));
    } else if (const QRegularExpressionMatch r = range.match(text); r.hasMatch()) {
        value = parseCount(r.captured(1));
        const std::optional<qint64> upper = parseCount(r.captured(3));
        if (value && upper && *upper < *value)
            return Error{CellValueTr::tr("company size range “%1” goes down").arg(raw.trimmed())};
    } else if (const QRegularExpressionMatch a = atLeast.match(text); a.hasMatch()) {
        value = parseCount(a.captured(1).isEmpty() ? a.captured(3) : a.captured(1));
    } else {
        return Error{CellValueTr::tr("company size “%1” is not a number (write 120, 1,200 or a range such as 50-200)")
                         .arg(raw.trimmed())};
    }
    if (!value || *value > std::numeric_limits<int>::max())
        return Error{CellValueTr::tr("company size “%1” is too large").arg(raw.trimmed())};
    return std::optional<int>(int(*value));
}

Result<Timestamp> parseCellTime(const QString &raw, DateOrder order)
{
    const QString text = raw.trimmed();
    if (const std::optional<Timestamp> quick = quickIsoTime(text))
        return *quick;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
                                                       "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                                                       "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression local(
        QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})"
                       "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(AM|PM|a\\.m\\.|p\\.m\\.)?)?$"),
        QRegularExpression::CaseInsensitiveOption);

    std::optional<Timestamp> t;
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        int ms = 0;
        if (m.capturedLength(7) > 0)
            ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
        int offset = 0;
        const QString zone = m.captured(8);
        if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
            const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
            offset = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
            if (zone.startsWith(QLatin1Char('-')))
                offset = -offset;
        }
        t = toTimestamp(group(m, 1), group(m, 2), group(m, 3), group(m, 4), group(m, 5), group(m, 6), ms, offset);
    } else if (const QRegularExpressionMatch l = local.match(text); l.hasMatch()) {
        const bool dayFirst = order == DateOrder::DayFirst || l.captured(2) == u".";
        const int day = dayFirst ? group(l, 1) : group(l, 3);
        const int month = dayFirst ? group(l, 3) : group(l, 1);
        int year = group(l, 4);
        if (l.capturedLength(4) == 2)
            year += 2000;
        int hour = group(l, 5);
        const QString half = l.captured(8).toLower();
        bool ok = true;
        if (!half.isEmpty()) {
            ok = hour >= 1 && hour <= 12;
            hour = hour % 12 + (half.startsWith(QLatin1Char('p')) ? 12 : 0);
        }
        if (ok)
            t = toTimestamp(year, month, day, hour, group(l, 6), group(l, 7), 0, 0);
    }
    if (!t) {
        return Error{
            order == DateOrder::DayFirst
                ? CellValueTr::tr("“%1” is not a date (write 2026-01-31, 2026-01-31 14:02 or 31/01/2026)").arg(text)
                : CellValueTr::tr("“%1” is not a date (write 2026-01-31, 2026-01-31 14:02 or 01/31/2026)").arg(text)};
    }
    return *t;
}

std::pair<QString, QString> splitFullName(const QString &name)
{
    const QString simple = name.simplified();
    const qsizetype comma = simple.indexOf(QLatin1Char(','));
    if (comma >= 0)
        return {simple.mid(comma + 1).trimmed(), simple.left(comma).trimmed()};
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {simple, QString()};
    return {simple.left(space), simple.mid(space + 1)};
}

bool isPlausibleEmail(const QString &email)
{
    return email.count(QLatin1Char('@')) == 1 && !email.startsWith(QLatin1Char('@'))
           && !email.endsWith(QLatin1Char('@')) && !email.contains(QLatin1Char(' '));
}

QString formatCellTime(Timestamp t)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
    const QString format =
        t % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");
    return dt.toString(format) + QLatin1Char('Z');
}

} // namespace baton
