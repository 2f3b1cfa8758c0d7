#pragma once
#include <QMainWindow>
namespace baton {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
