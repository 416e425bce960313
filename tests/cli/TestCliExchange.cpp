#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    // --only-unit on a form that names no unit would write every row: refused.
    const QString noUnit = dir.filePath(QStringLiteral("no-unit.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), noUnit}).exitCode == 0);
    const QString target = dir.filePath(QStringLiteral("only.docx"));
    result = runCli({QStringLiteral("export"), noUnit, QStringLiteral("-o"), target,
                     QStringLiteral("--only-unit")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--only-unit")));
    CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(QFileInfo::exists(target));
}

#ifdef Q_OS_LINUX
namespace {

// `tianbao export FORM -o TARGET` with files limited to `kilobytes` (ulimit -f): a write past
// it fails as on a full disk (EFBIG, SIGXFSZ ignored), in the target's folder and in /tmp.
tianbao::test::CliResult exportWithFileLimit(const QString &form, const QString &target,
                                             int kilobytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kilobytes),
                   QStringLiteral(TIANBAO_BINARY), QStringLiteral("export"), form,
                   QStringLiteral("-o"), target});
    process.waitForFinished(60000);
    tianbao::test::CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST_CASE("An export the disk refuses says so and leaves the old file, even when only its last "
          "bytes fail")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("empty.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), form}).exitCode == 0);
    // Each export of the unfilled notice is 4–10 KB: QFileDevice buffers it whole, so the
    // write that fails is the last one, made while committing (Qt 6.4's QSaveFile::commit()
    // ignored it and renamed a 4 KB file over the target).
    const QString format =
        GENERATE(QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("docx"),
                 QStringLiteral("xlsx"), QStringLiteral("pdf"));
    const QString target = dir.filePath(QStringLiteral("report.") + format);
    const QByteArray old = "the report sent last week";
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    const auto result = exportWithFileLimit(form, target, 4);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    // libxlsxwriter prints its own lines first; ours is one sentence, the last.
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.last().startsWith(QStringLiteral("Cannot write")));
    if (format != QLatin1String("xlsx"))
        CHECK(lines.size() == 1);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == old);
    // No temporary file is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("An XLSX whose parts were cut short in the temporary folder is not written")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("long.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), form}).exitCode == 0);
    // Long, repetitive cells: the sheet's XML (written by libxlsxwriter to a file in /tmp
    // first) is larger than the limit, the compressed workbook well below it.
    const QString text = QStringLiteral("完成项目年度目标，推进成果转化。").repeated(40);
    for (int seq = 1; seq <= 13; ++seq) {
        REQUIRE(runCli({QStringLiteral("set"), form, QStringLiteral("--attachment"),
                        QStringLiteral("existing"), QStringLiteral("--seq"), QString::number(seq),
                        QStringLiteral("--field"), QStringLiteral("progress"),
                        QStringLiteral("--value"), text + QString::number(seq)})
                    .exitCode == 0);
    }
    const QString target = dir.filePath(QStringLiteral("report.xlsx"));
    const auto whole = runCli({QStringLiteral("export"), form, QStringLiteral("-o"), target});
    REQUIRE(whole.exitCode == 0);
    REQUIRE(QFileInfo(target).size() < 12 * 1024);
    REQUIRE(QFile::remove(target));

    const auto result = exportWithFileLimit(form, target, 16);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("temporary folder")));
    CHECK_FALSE(QFileInfo::exists(target));
}
#endif

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
