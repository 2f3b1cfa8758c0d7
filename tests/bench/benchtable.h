#pragma once

// The benchmark's result: one row per budget of ARCHITECTURE.md ("Performance
// budgets"), each beside the baseline measured in the same run.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace baton::bench {

struct BudgetRow
{
    QString budget; // the budget's name, as ARCHITECTURE.md's table says it
    QString size;   // S, L, XL; empty for a budget that does not depend on the pipeline
    QString baselineName;
    std::optional<double> baseline; // in `unit`
    std::optional<double> measured; // nullopt: the measurement failed (see note)
    QString unit;                   // ms, MB, s
    std::optional<double> ratioLimit;
    std::optional<double> absoluteLimit; // in `unit`
    // ARCHITECTURE.md's budgets are L's (and the import's and demo's); other sizes are
    // measured the same way and shown for comparison, not held to them.
    bool enforced = false;
    QString note;

    std::optional<double> ratio() const;
    // Both limits that apply hold (a failed measurement does not pass).
    bool pass() const;
    QString limitText() const;
};

// Markdown, so the README can show it as it is printed.
QString markdownTable(const QList<BudgetRow> &rows);
QJsonObject toJson(const QList<BudgetRow> &rows);

// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 for none.
double percentile(QList<double> samples, double p);
inline double median(const QList<double> &samples)
{
    return percentile(samples, 50);
}

} // namespace baton::bench
