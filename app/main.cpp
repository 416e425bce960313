#include "MainWindow.h"
#include "cli/CommandLine.h"

#include <QApplication>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    if (tianbao::cli::isCommandLine(argc, argv)) {
#ifdef Q_OS_WIN
        // A GUI-subsystem program has no console: borrow the one it was started from, in UTF-8.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            freopen("CONOUT$", "w", stdout);
            freopen("CONOUT$", "w", stderr);
        }
        SetConsoleOutputCP(CP_UTF8);
#endif
        return tianbao::cli::run(argc, argv);
    }
    QApplication app(argc, argv);
    tianbao::MainWindow window;
    window.show();
    return app.exec();
}
