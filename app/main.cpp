#include "LanguageManager.h"
#include "MainWindow.h"
#include "StartupTimer.h"
#include "cli/CommandLine.h"

#include <QApplication>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    // The command line runs without a display: it makes its own (window-less) application.
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
    tianbao::StartupTimer startup;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tianbao"));
    QApplication::setApplicationName(QStringLiteral("Tianbao"));
    QApplication::setApplicationVersion(QStringLiteral(TIANBAO_VERSION));
    tianbao::LanguageManager::instance().applySaved();

    QStringList arguments = QApplication::arguments();
    // --startup-time: print the milliseconds from main() to the first paint, then quit.
    const bool reportStartup = arguments.removeAll(QStringLiteral("--startup-time")) > 0;

    tianbao::MainWindow window;
    if (reportStartup)
        startup.reportFirstPaintOf(&window);
    window.show();
    window.startUp(arguments.size() > 1 ? arguments.at(1) : QString());
    return app.exec();
}
