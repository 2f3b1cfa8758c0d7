#include "mainwindow.h"
namespace baton {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
