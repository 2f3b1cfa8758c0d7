#include "firstpaintprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace baton {

namespace {
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

FirstPaintProbe::FirstPaintProbe(const QElapsedTimer &sinceMain, QAbstractItemView *view)
    : m_sinceMain(sinceMain), m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // A zero timer fires once this paint event has been handled, i.e. painted.
        QTimer::singleShot(0, this, [this] { report(); });
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    const double ms = double(m_sinceMain.nsecsElapsed()) / 1e6;
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    std::printf("first_paint_ms=%.2f rss_kb=%lld rows=%d\n", ms, residentKb(), rows);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace baton
