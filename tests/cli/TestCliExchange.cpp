#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using tianbao::test::runCli;

namespace {

QString newFilledForm(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--unit"),
                    QStringLiteral("材料科学与工程学院")})
                .exitCode == 0);
    REQUIRE(
        runCli({QStringLiteral("set"), path, QStringLiteral("--attachment"),
                QStringLiteral("existing"), QStringLiteral("--seq"), QStringLiteral("5"),
                QStringLiteral("--field"), QStringLiteral("progress"), QStringLiteral("--value"),
                QStringLiteral("扩散增亮膜已被京东方采用，亮度提升15%。")})
            .exitCode == 0);
    return path;
}

QString commandOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("tianbao export writes every format from the extension")
{
    QTemporaryDir dir;
    const QString form = newFilledForm(dir);
    for (const char *extension : {"docx", "pdf", "xlsx", "csv", "html"}) {
        const QString out =
            dir.filePath(QStringLiteral("report.") + QString::fromLatin1(extension));
        const auto result = runCli({QStringLiteral("export"), form, QStringLiteral("-o"), out});
        INFO(extension << ": " << result.err);
        CHECK(result.exitCode == 0);
        CHECK(QFileInfo(out).size() > 0);
    }
    const QString html = [&] {
        QFile file(dir.filePath(QStringLiteral("report.html")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }();
    CHECK(html.contains(QStringLiteral("扩散增亮膜已被京东方采用")));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text =
            commandOutput(QStringLiteral("pdftotext"),
                          {dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
        CHECK(text.contains(QStringLiteral("联合培训项目")));
    }
}

TEST_CASE("tianbao export refuses an unknown format and an unwritable target")
{
    QTemporaryDir dir;
    const QString form = newFilledForm(dir);
    auto result = runCli({QStringLiteral("export"), form, QStringLiteral("-o"),
                          dir.filePath(QStringLiteral("r.odt"))});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("odt")));
    result = runCli({QStringLiteral("export"), form, QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("no/such/folder/r.docx"))});
    CHECK(result.exitCode == 2);
    CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    result = runCli({QStringLiteral("export"), form});
    CHECK(result.exitCode == 2);
}

TEST_CASE("tianbao import of the notice gives the same form as tianbao new")
{
    QTemporaryDir dir;
    const QString imported = dir.filePath(QStringLiteral("imported.tianbao"));
    const QString made = dir.filePath(QStringLiteral("made.tianbao"));
    const auto result = runCli({QStringLiteral("import"),
                                tianbao::test::dataPath(QStringLiteral("docx/notice-word.docx")),
                                QStringLiteral("-o"), imported});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    REQUIRE(runCli({QStringLiteral("new"), made}).exitCode == 0);
    const auto a = runCli({QStringLiteral("show"), imported, QStringLiteral("--json")});
    const auto b = runCli({QStringLiteral("show"), made, QStringLiteral("--json")});
    CHECK(a.out == b.out);
}

TEST_CASE("tianbao import refuses bad Word files with one sentence and creates nothing")
{
    QTemporaryDir dir;
    // Every bad Word file there is: a new fixture is covered without touching this test.
    const QStringList fixtures = QDir(tianbao::test::dataPath(QStringLiteral("bad")))
                                     .entryList({QStringLiteral("*.docx"), QStringLiteral("*.doc")},
                                                QDir::Files, QDir::Name);
    REQUIRE(fixtures.size() >= 10);
    for (const QString &name : fixtures) {
        const QString fixture = tianbao::test::dataPath(QStringLiteral("bad/") + name);
        const QByteArray before = tianbao::test::fileDigest(fixture);
        const QString out = dir.filePath(QStringLiteral("x.tianbao"));
        const auto result = runCli({QStringLiteral("import"), fixture, QStringLiteral("-o"), out});
        INFO(name << ": " << result.err);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
        CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(QFile::exists(out));
        CHECK(QDir(dir.path()).isEmpty());
        CHECK(tianbao::test::fileDigest(fixture) == before);
    }
}
