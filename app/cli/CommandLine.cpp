#include "CommandLine.h"

#include "Command.h"
#include "Console.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstring>

namespace tianbao::cli {

namespace {

QString overview()
{
    QString text = QCoreApplication::translate(
        "CommandLine", "Usage: tianbao [FILE]            open the window\n"
                       "       tianbao COMMAND [options]  work on a form from the command line\n\n"
                       "Commands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1%2\n").arg(command.name, -9).arg(command.summary);
    text += QCoreApplication::translate(
        "CommandLine", "\nRun 'tianbao COMMAND --help' for a command's options.\n"
                       "Exit codes: 0 success, 1 the check found gaps, 2 bad input or usage, "
                       "3 merge conflicts left unresolved.\n");
    return text;
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (!std::strcmp(first, "--help") || !std::strcmp(first, "-h") ||
        !std::strcmp(first, "--version") || !std::strcmp(first, "help"))
        return true;
    for (const char *name :
         {"new", "show", "set", "add", "remove", "props", "check", "export", "import", "merge"}) {
        if (!std::strcmp(first, name))
            return true;
    }
    return false;
}

namespace {

// The command line prints one sentence per problem; Qt's own diagnostics (fonts, platform
// plugins) are noise there unless asked for.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("TIANBAO_DEBUG"))
        Console::err(message + QLatin1Char('\n'));
}

} // namespace

int run(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The command line needs fonts (PDF export) but never a screen: no display is required.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("tianbao"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TIANBAO_VERSION));
    // Sentences follow the system's language, as the window's do (Chinese on a Chinese system).
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Chinese &&
        translator.load(QStringLiteral(":/i18n/tianbao_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);

    QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name == QLatin1String("--version")) {
        Console::out(QStringLiteral("tianbao %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        Console::out(overview());
        return Success;
    }
    for (const Command &command : allCommands()) {
        if (command.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help(
            {QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("CommandLine", "Show this help."));
        parser.addOption(help);
        if (!command.positional.isEmpty())
            parser.addPositionalArgument(command.positional, QString(), command.positional);
        command.addOptions(parser);
        arguments.removeAt(1);
        if (!parser.parse(arguments))
            return CommandSupport::fail(parser.errorText() + QLatin1Char('.'));
        if (parser.isSet(help)) {
            QString text = parser.helpText();
            const int options = text.indexOf(QStringLiteral(" [options]"));
            if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
                text.replace(7, options - 7, QStringLiteral("tianbao ") + command.name);
            Console::out(text);
            return Success;
        }
        return command.run(parser);
    }
    return CommandSupport::fail(
        QCoreApplication::translate("CommandLine", "Unknown command “%1”; run 'tianbao --help'.")
            .arg(name));
}

} // namespace tianbao::cli
