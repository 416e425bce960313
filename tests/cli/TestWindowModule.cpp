#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using tianbao::test::runCli;

// The window is a module the executable loads at run time (app/WindowModule.h): the command
// line starts without QtWidgets and QtPrintSupport.

namespace {

// Runs `program` with a home of its own (the window keeps settings) in `language`.
tianbao::test::CliResult runAtHome(const QString &program, const QStringList &arguments,
                                   const QString &home,
                                   const QString &language = QStringLiteral("C.UTF-8"))
{
    return tianbao::test::runTianbaoCopy(
        program, arguments,
        {{QStringLiteral("HOME"), home},
         {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")},
         {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
         {QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache")},
         {QStringLiteral("LANG"), language},
         {QStringLiteral("LC_ALL"), language}});
}

} // namespace

// Linux only: elsewhere HOME and LANG do not steer the window's settings and language, and on
// Windows the missing module is also told in a message box, which would wait for a click.
#ifdef Q_OS_LINUX
TEST_CASE("tianbao opens its window from its module and paints the form")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("form.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), form}).exitCode == 0);
    const auto run = runAtHome(QStringLiteral(TIANBAO_BINARY),
                               {QStringLiteral("--startup-time"), form}, dir.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    // StartupTimer, inside the module, prints once the window has painted.
    CHECK(run.out.startsWith(QStringLiteral("first-paint ")));
}

TEST_CASE("Without its window module tianbao says so in one sentence, in the system's language")
{
    QTemporaryDir dir;
    // The executable alone in a folder: the module it looks for beside itself is missing.
    const QString program = dir.filePath(QStringLiteral("tianbao"));
    REQUIRE(QFile::copy(QStringLiteral(TIANBAO_BINARY), program));
    const auto english = runAtHome(program, {}, dir.path());
    CHECK(english.exitCode == 2);
    CHECK(english.err.startsWith(QStringLiteral("The window could not start: ")));
    CHECK(english.err.count(QLatin1Char('\n')) == 1);

    const auto chinese = runAtHome(program, {}, dir.path(), QStringLiteral("zh_CN.UTF-8"));
    CHECK(chinese.exitCode == 2);
    CHECK(chinese.err.startsWith(QStringLiteral("窗口无法打开：")));

    // The command line needs no module.
    const auto version = runAtHome(program, {QStringLiteral("--version")}, dir.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("tianbao ")));
}

TEST_CASE("The tianbao executable does not load QtWidgets or QtPrintSupport")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The dynamic loader lists the libraries it would load (as ldd does) and stops.
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TIANBAO_BINARY), {QStringLiteral("--version")});
    REQUIRE(process.waitForFinished(60000));
    const QString libraries = QString::fromUtf8(process.readAllStandardOutput());
    REQUIRE(libraries.contains(QStringLiteral("libQt6Gui")));
    CHECK_FALSE(libraries.contains(QStringLiteral("libQt6Widgets")));
    CHECK_FALSE(libraries.contains(QStringLiteral("libQt6PrintSupport")));
}
#endif
