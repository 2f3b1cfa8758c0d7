#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace baton {

// The benchmark's first-paint probe (tests/bench). Installed on a view, it prints
//   first_paint_ms=<ms since `sinceMain` started> rss_kb=<VmRSS> rows=<rows of the view>
// once the view's viewport has finished its first paint, then quits the application.
// `baton` installs it on the board when BATON_FIRST_PAINT_REPORT is set; the benchmark's
// empty window installs it on its list, so both are timed the same way.
class FirstPaintProbe final : public QObject
{
public:
    static constexpr char kEnvironmentVariable[] = "BATON_FIRST_PAINT_REPORT";

    FirstPaintProbe(const QElapsedTimer &sinceMain, QAbstractItemView *view);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    const QElapsedTimer &m_sinceMain;
    QAbstractItemView *m_view;
    bool m_painted = false;
};

} // namespace baton
