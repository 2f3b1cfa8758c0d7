#pragma once

#include <QList>

#include <optional>

namespace baton {

// Summary statistics for KPIs. An empty input has no answer (nullopt), never 0:
// PRODUCT.md "Numbers" — a rate or median over nothing is null.

// Middle value of the sorted values; with an even count, the mean of the two middle values.
std::optional<double> median(QList<double> values);

// Linear interpolation at rank p × (n − 1) of the sorted values, counting from 0.
// p must be in [0, 1]; otherwise, or with no values, nullopt.
std::optional<double> percentile(QList<double> values, double p);

std::optional<double> mean(const QList<double> &values);

// num ÷ den, or nullopt when den is 0: a rate with an empty denominator is null.
std::optional<double> ratio(double num, double den);

} // namespace baton
