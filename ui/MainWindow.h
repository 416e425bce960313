#pragma once

#include <QMainWindow>

namespace tianbao {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace tianbao
