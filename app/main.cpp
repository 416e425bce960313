#include "WindowModule.h"
#include "cli/CommandLine.h"

#include <QDeadlineTimer>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    const qint64 startedNs = QDeadlineTimer::current().deadlineNSecs();
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
    return tianbao::WindowModule::run(argc, argv, startedNs);
}
