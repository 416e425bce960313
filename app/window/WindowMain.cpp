#include "LanguageManager.h"
#include "MainWindow.h"
#include "StartupTimer.h"
#include "WindowEntry.h"

#include <QApplication>
#include <type_traits>

// The window's main(): called by the tianbao executable once it has loaded this module (the
// name is WindowMainName, the type WindowMain).
extern "C" Q_DECL_EXPORT int tianbaoWindowMain1(int argc, char **argv, qint64 startedNs)
{
    tianbao::StartupTimer startup(startedNs);

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
static_assert(std::is_same_v<decltype(&tianbaoWindowMain1), tianbao::WindowMain>,
              "the entry must be what the executable calls");
