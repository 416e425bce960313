#include "CommandLine.h"

#include "Command.h"
#include "CommandMemory.h"
#include "Console.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

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

// True when the command draws text, which needs Qt's fonts and so a QGuiApplication: only an
// export to PDF (a .pdf among its arguments; a false yes costs only time). Every other command
// runs on a QCoreApplication, which loads no display platform. (Qt 6.4's font database, even
// unused, also loads fontconfig's whole configuration when the QGuiApplication is destroyed,
// which the sanitizer builds still do: half the instructions of `tianbao --version`.)
bool drawsText(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (QByteArray(argv[i]).toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

// The command line prints one sentence per problem; Qt's own diagnostics (fonts, platform
// plugins) are noise there unless asked for.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("TIANBAO_DEBUG"))
        Console::err(message + QLatin1Char('\n'));
}

// Ends the process with the command's exit code without tearing Qt down. By now every file the
// command opened is closed (its form, its report committed) and each line printed was flushed;
// what is left is freeing memory, Qt's font engines and fontconfig's configuration one by one,
// which the system does at once: about 10 ms of a 13-row PDF export's 135. Under the
// sanitizers the process exits normally, so that the leak checker runs.
int leave(int code)
{
#ifdef TIANBAO_SANITIZE
    return code;
#else
    std::fflush(nullptr);
    std::_Exit(code);
#endif
}

int runCommand(QStringList arguments)
{
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

} // namespace

int run(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    CommandMemory::tune();
    std::unique_ptr<QCoreApplication> app;
    if (drawsText(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A PDF needs fonts but never a screen: no display is required.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIANBAO_VERSION));
    // Sentences follow the system's language, as the window's do (Chinese on a Chinese system).
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Chinese &&
        translator.load(QStringLiteral(":/i18n/tianbao_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);

    return leave(runCommand(QCoreApplication::arguments()));
}

} // namespace tianbao::cli
