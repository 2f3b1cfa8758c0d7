// The baseline of "start to first painted board": a bare QMainWindow with a list
// view, probed exactly as app/main.cpp probes Baton's board (BATON_FIRST_PAINT_REPORT):
// it prints `first_paint_ms=<ms> rss_kb=<kB> rows=<n>` after its first paint and quits.
// The list shows as many lines of text as a board column's first page, so the
// baseline pays for what any window with text pays (fonts), and no more.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QMainWindow>
#include <QStringList>
#include <QStringListModel>
#include <QTimer>

#include <cstdio>

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

class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceMain, QAbstractItemView *view) : m_sinceMain(sinceMain), m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // A zero timer fires once this paint event has been handled, i.e. painted.
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const double ms = double(m_sinceMain.nsecsElapsed()) / 1e6;
        const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
        std::printf("first_paint_ms=%.2f rss_kb=%lld rows=%d\n", ms, residentKb(), rows);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    const QElapsedTimer &m_sinceMain;
    QAbstractItemView *m_view;
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // first, as in app/main.cpp
    sinceMain.start();

    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QListView;
    QStringList lines;
    for (int i = 1; i <= 200; ++i)
        lines << QStringLiteral("Lead %1 · Company %1 · score %2").arg(i).arg(i % 100);
    view->setModel(new QStringListModel(lines, view));
    window.setCentralWidget(view);
    FirstPaintProbe probe(sinceMain, view);
    window.show();
    return app.exec();
}
