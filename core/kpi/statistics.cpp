#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace baton {

std::optional<double> median(QList<double> values)
{
    // The median is the 50th percentile under the same interpolation: with an even
    // count the rank falls halfway between the two middle values.
    return percentile(std::move(values), 0.5);
}

std::optional<double> percentile(QList<double> values, double p)
{
    if (values.isEmpty() || !(p >= 0.0 && p <= 1.0)) // also rejects NaN
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(rank));
    const qsizetype upper = std::min(lower + 1, values.size() - 1);
    const double fraction = rank - static_cast<double>(lower);
    return values[lower] + fraction * (values[upper] - values[lower]);
}

std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / static_cast<double>(values.size());
}

std::optional<double> ratio(double num, double den)
{
    if (den == 0.0)
        return std::nullopt;
    return num / den;
}

} // namespace baton
