#include "MainWindow.h"
#include "cli/CommandLine.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    tianbao::MainWindow window;
    window.show();
    return app.exec();
}
