// The baseline of "start to first painted board": a bare QMainWindow with a list
// view, probed exactly as app/main.cpp probes Baton's board (BATON_FIRST_PAINT_REPORT):
// it prints `first_paint_ms=<ms> rss_kb=<kB> rows=<n>` after its first paint and quits.
// The list shows as many lines of text as a board column's first page, so the
// baseline pays for what any window with text pays (fonts), and no more.

#include "common/firstpaintprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QMainWindow>
#include <QStringList>
#include <QStringListModel>

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
    baton::FirstPaintProbe probe(sinceMain, view);
    window.show();
    return app.exec();
}
