#include "benchtable.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace baton::bench {

namespace {

QString number(double v, const QString &unit)
{
    // Three significant figures are plenty for noisy timings.
    const int decimals = std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2;
    return QString::number(v, 'f', decimals) + QLatin1Char(' ') + unit;
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<double> BudgetRow::ratio() const
{
    if (!baseline || !measured || *baseline <= 0)
        return std::nullopt;
    return *measured / *baseline;
}

bool BudgetRow::pass() const
{
    if (!measured)
        return false;
    if (absoluteLimit && *measured > *absoluteLimit)
        return false;
    if (ratioLimit) {
        const std::optional<double> r = ratio();
        if (!r || *r > *ratioLimit)
            return false;
    }
    return true;
}

QString BudgetRow::limitText() const
{
    QStringList parts;
    if (ratioLimit)
        parts << QStringLiteral("≤ %1×").arg(*ratioLimit);
    if (absoluteLimit)
        parts << QStringLiteral("≤ ") + number(*absoluteLimit, unit);
    return parts.join(QStringLiteral(", "));
}

QString markdownTable(const QList<BudgetRow> &rows)
{
    QStringList lines;
    lines << QStringLiteral("| budget | size | baseline | measured | ratio | limit | result | notes |")
          << QStringLiteral("|---|---|---|---|---|---|---|---|");
    for (const BudgetRow &r : rows) {
        QString baseline = QStringLiteral("—");
        if (r.baseline)
            baseline = number(*r.baseline, r.unit) + QStringLiteral(" (") + r.baselineName + QLatin1Char(')');
        const QString measured = r.measured ? number(*r.measured, r.unit) : QStringLiteral("failed");
        const std::optional<double> ratio = r.ratio();
        const QString ratioText = ratio ? QString::number(*ratio, 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
        QString result = r.pass() ? QStringLiteral("pass") : QStringLiteral("FAIL");
        if (!r.enforced && r.measured)
            result = r.pass() ? QStringLiteral("(pass)") : QStringLiteral("(over)");
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                     .arg(r.budget, r.size.isEmpty() ? QStringLiteral("—") : r.size, baseline, measured, ratioText,
                          r.limitText(), result, QString(r.note).replace(QLatin1Char('|'), QLatin1Char('/')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject toJson(const QList<BudgetRow> &rows)
{
    QJsonArray list;
    bool allPass = true;
    for (const BudgetRow &r : rows) {
        if (r.enforced && !r.pass())
            allPass = false;
        list.append(QJsonObject{
            {QStringLiteral("budget"), r.budget},
            {QStringLiteral("size"), r.size},
            {QStringLiteral("baseline_name"), r.baselineName},
            {QStringLiteral("baseline"), optionalJson(r.baseline)},
            {QStringLiteral("measured"), optionalJson(r.measured)},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("ratio"), optionalJson(r.ratio())},
            {QStringLiteral("ratio_limit"), optionalJson(r.ratioLimit)},
            {QStringLiteral("absolute_limit"), optionalJson(r.absoluteLimit)},
            {QStringLiteral("enforced"), r.enforced},
            {QStringLiteral("pass"), r.pass()},
            {QStringLiteral("note"), r.note},
        });
    }
    return QJsonObject{{QStringLiteral("rows"), list}, {QStringLiteral("all_enforced_pass"), allPass}};
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

} // namespace baton::bench
