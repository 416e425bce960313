#include "MainWindow.h"

namespace tianbao {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tianbao"));
}

} // namespace tianbao
