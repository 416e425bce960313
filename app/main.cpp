#include "LanguageManager.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The command line runs without a display: it makes its own (non-widget) application.
    if (tianbao::cli::isCommandLine(arguments))
        return tianbao::cli::run(arguments);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tianbao"));
    QApplication::setApplicationName(QStringLiteral("Tianbao"));
    QApplication::setApplicationVersion(QStringLiteral(TIANBAO_VERSION));
    tianbao::LanguageManager::instance().applySaved();

    tianbao::MainWindow window;
    window.show();
    window.startUp(arguments.size() > 1 ? arguments.at(1) : QString());
    return app.exec();
}
