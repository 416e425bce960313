#include "TestSupport.h"
#include "form/FormTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tianbao;
using tianbao::test::runCli;

namespace {

QJsonObject showJson(const QString &path)
{
    const auto shown = runCli({QStringLiteral("show"), path, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(shown.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject rowOf(const QJsonObject &form, int attachment, int index)
{
    return form.value(QStringLiteral("attachments"))
        .toArray()
        .at(attachment)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray()
        .at(index)
        .toObject();
}

int rowCount(const QJsonObject &form, int attachment)
{
    return form.value(QStringLiteral("attachments"))
        .toArray()
        .at(attachment)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray()
        .size();
}

} // namespace

TEST_CASE("tianbao new + show --json prints the 13 projects of the notice exactly")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("材料学院.tianbao"));
    const auto created = runCli({QStringLiteral("new"), path, QStringLiteral("--unit"),
                                 QStringLiteral("材料科学与工程学院")});
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    const QJsonObject form = showJson(path);
    CHECK(form.value(QStringLiteral("title")).toString() ==
          QStringLiteral("成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表"));
    CHECK(form.value(QStringLiteral("unit")).toString() == QStringLiteral("材料科学与工程学院"));
    CHECK(form.value(QStringLiteral("date")).toString().isEmpty());
    CHECK(form.value(QStringLiteral("noNewProjects")).toBool() == false);
    const QJsonArray attachments = form.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    CHECK(attachments.at(0).toObject().value(QStringLiteral("key")).toString() ==
          QStringLiteral("existing"));
    CHECK(attachments.at(1).toObject().value(QStringLiteral("key")).toString() ==
          QStringLiteral("new"));
    const Attachment expected = FormTemplate::notice2023().attachments.at(0);
    REQUIRE(rowCount(form, 0) == 13);
    for (int i = 0; i < 13; ++i) {
        const QJsonObject row = rowOf(form, 0, i);
        CHECK(row.value(QStringLiteral("seq")).toInt() == i + 1);
        CHECK(row.value(QStringLiteral("uuid")).toString() == expected.rows.at(i).uuid);
        for (Field field : AllFields)
            CHECK(row.value(fieldKey(field)).toString() == expected.rows.at(i).value(field));
    }
    CHECK(rowCount(form, 1) == 0);

    const auto again = runCli({QStringLiteral("new"), path});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(again.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("tianbao set edits a cell and show prints it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);
    const QString text =
        QStringLiteral("与四川大学联合研发的扩散增亮膜已被京东方采用。\n亮度提升15%。");
    auto set =
        runCli({QStringLiteral("set"), path, QStringLiteral("--attachment"),
                QStringLiteral("existing"), QStringLiteral("--seq"), QStringLiteral("5"),
                QStringLiteral("--field"), QStringLiteral("progress"), QStringLiteral("--value"),
                text, QStringLiteral("--unit"), QStringLiteral("材料科学与工程学院")});
    INFO(set.err);
    REQUIRE(set.exitCode == 0);
    CHECK(rowOf(showJson(path), 0, 4).value(QStringLiteral("progress")).toString() == text);

    // From standard input.
    set = runCli({QStringLiteral("set"), path, QStringLiteral("--attachment"),
                  QStringLiteral("existing"), QStringLiteral("--seq"), QStringLiteral("5"),
                  QStringLiteral("--field"), QStringLiteral("plan"), QStringLiteral("--value"),
                  QStringLiteral("-")},
                 QStringLiteral("推进PI材料中试。").toUtf8());
    REQUIRE(set.exitCode == 0);
    CHECK(rowOf(showJson(path), 0, 4).value(QStringLiteral("plan")).toString() ==
          QStringLiteral("推进PI材料中试。"));

    const auto readable = runCli({QStringLiteral("show"), path});
    CHECK(readable.exitCode == 0);
    CHECK(readable.out.contains(QStringLiteral("扩散增亮膜已被京东方采用")));
}

TEST_CASE("tianbao add and remove renumber the rows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);
    auto added =
        runCli({QStringLiteral("add"), path, QStringLiteral("--attachment"), QStringLiteral("new"),
                QStringLiteral("--field"), QStringLiteral("name=柔性显示联合实验室项目"),
                QStringLiteral("--field"), QStringLiteral("units=材料科学与工程学院"),
                QStringLiteral("--field"), QStringLiteral("partners=京东方科技集团")});
    INFO(added.err);
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == QStringLiteral("1"));
    added =
        runCli({QStringLiteral("add"), path, QStringLiteral("--attachment"), QStringLiteral("new"),
                QStringLiteral("--field"), QStringLiteral("name=第二个项目")});
    CHECK(added.out.trimmed() == QStringLiteral("2"));
    QJsonObject form = showJson(path);
    CHECK(rowCount(form, 1) == 2);
    CHECK(rowOf(form, 1, 0).value(QStringLiteral("partners")).toString() ==
          QStringLiteral("京东方科技集团"));

    REQUIRE(runCli({QStringLiteral("remove"), path, QStringLiteral("--attachment"),
                    QStringLiteral("new"), QStringLiteral("--seq"), QStringLiteral("1")})
                .exitCode == 0);
    form = showJson(path);
    CHECK(rowCount(form, 1) == 1);
    CHECK(rowOf(form, 1, 0).value(QStringLiteral("name")).toString() ==
          QStringLiteral("第二个项目"));
    CHECK(rowOf(form, 1, 0).value(QStringLiteral("seq")).toInt() == 1);

    REQUIRE(runCli({QStringLiteral("remove"), path, QStringLiteral("--attachment"),
                    QStringLiteral("existing"), QStringLiteral("--seq"), QStringLiteral("13")})
                .exitCode == 0);
    CHECK(rowCount(showJson(path), 0) == 12);
}

TEST_CASE("tianbao props sets the unit, the date and the 无 mark")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);
    const auto props =
        runCli({QStringLiteral("props"), path, QStringLiteral("--unit"), QStringLiteral("药学院"),
                QStringLiteral("--date"), QStringLiteral("2023-12-26"),
                QStringLiteral("--no-new-projects"), QStringLiteral("true")});
    INFO(props.err);
    REQUIRE(props.exitCode == 0);
    const QJsonObject form = showJson(path);
    CHECK(form.value(QStringLiteral("unit")).toString() == QStringLiteral("药学院"));
    CHECK(form.value(QStringLiteral("date")).toString() == QStringLiteral("2023-12-26"));
    CHECK(form.value(QStringLiteral("noNewProjects")).toBool());

    CHECK(runCli({QStringLiteral("props"), path, QStringLiteral("--date"), QStringLiteral("12/26")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("props"), path, QStringLiteral("--no-new-projects"),
                  QStringLiteral("maybe")})
              .exitCode == 2);
}

TEST_CASE("tianbao check exits 1 with the gaps and 0 when complete")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);
    const QString unit = QStringLiteral("材料科学与工程学院");
    auto check = runCli({QStringLiteral("check"), path, QStringLiteral("--unit"), unit});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("与电子科技大学重点实验室合作项目")));
    CHECK_FALSE(check.out.contains(QStringLiteral("乡村振兴培训项目")));
    for (const char *seq : {"4", "5"}) {
        for (const char *field : {"progress", "plan"}) {
            REQUIRE(runCli({QStringLiteral("set"), path, QStringLiteral("--attachment"),
                            QStringLiteral("existing"), QStringLiteral("--seq"),
                            QString::fromLatin1(seq), QStringLiteral("--field"),
                            QString::fromLatin1(field), QStringLiteral("--value"),
                            QStringLiteral("完成OLED光提取技术研究。")})
                        .exitCode == 0);
        }
    }
    check = runCli({QStringLiteral("check"), path, QStringLiteral("--unit"), unit});
    CHECK(check.exitCode == 1); // 附件2 is still unanswered
    CHECK(check.out.contains(QStringLiteral("附件2")));
    REQUIRE(runCli({QStringLiteral("props"), path, QStringLiteral("--no-new-projects"),
                    QStringLiteral("true")})
                .exitCode == 0);
    check = runCli({QStringLiteral("check"), path, QStringLiteral("--unit"), unit});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("2 of 2")));
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 1); // the other units' rows
}

TEST_CASE("Usage errors and bad files exit 2 with one sentence")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);
    const QByteArray before = test::fileDigest(path);
    const QList<QStringList> bad = {
        {QStringLiteral("set"), path, QStringLiteral("--attachment"), QStringLiteral("existing"),
         QStringLiteral("--seq"), QStringLiteral("14"), QStringLiteral("--field"),
         QStringLiteral("plan"), QStringLiteral("--value"), QStringLiteral("x")},
        {QStringLiteral("set"), path, QStringLiteral("--attachment"), QStringLiteral("existing"),
         QStringLiteral("--seq"), QStringLiteral("1"), QStringLiteral("--field"),
         QStringLiteral("seq"), QStringLiteral("--value"), QStringLiteral("x")},
        {QStringLiteral("set"), path, QStringLiteral("--attachment"), QStringLiteral("other"),
         QStringLiteral("--seq"), QStringLiteral("1"), QStringLiteral("--field"),
         QStringLiteral("plan"), QStringLiteral("--value"), QStringLiteral("x")},
        {QStringLiteral("set"), path, QStringLiteral("--seq"), QStringLiteral("1")},
        {QStringLiteral("show"), path, QStringLiteral("--bogus")},
        {QStringLiteral("show")},
        {QStringLiteral("add"), path, QStringLiteral("--attachment"), QStringLiteral("new"),
         QStringLiteral("--field"), QStringLiteral("colour=red")},
        {QStringLiteral("remove"), path, QStringLiteral("--attachment"), QStringLiteral("new"),
         QStringLiteral("--seq"), QStringLiteral("1")},
    };
    for (const QStringList &arguments : bad) {
        const auto result = runCli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
    CHECK(test::fileDigest(path) == before);

    for (const char *fixture :
         {"bad/empty.tianbao", "bad/random-bytes.tianbao", "bad/foreign-sqlite.tianbao",
          "bad/newer-version.tianbao", "bad/truncated.tianbao", "bad/corrupt-pages.tianbao"}) {
        const QString copy = dir.filePath(QStringLiteral("bad.tianbao"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(test::dataPath(QString::fromLatin1(fixture)), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray digest = test::fileDigest(copy);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("show"), copy},
              QStringList{QStringLiteral("set"), copy, QStringLiteral("--attachment"),
                          QStringLiteral("existing"), QStringLiteral("--seq"), QStringLiteral("1"),
                          QStringLiteral("--field"), QStringLiteral("plan"),
                          QStringLiteral("--value"), QStringLiteral("x")}}) {
            const auto result = runCli(arguments);
            INFO(fixture << " " << result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
        }
        CHECK(test::fileDigest(copy) == digest);
    }
    const auto missing =
        runCli({QStringLiteral("show"), dir.filePath(QStringLiteral("none.tianbao"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Every command has --help")
{
    for (const char *command :
         {"new", "show", "set", "add", "remove", "props", "check", "export", "import", "merge"}) {
        const auto help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(help.exitCode == 0);
        CHECK(
            help.out.startsWith(QStringLiteral("Usage: tianbao ") + QString::fromLatin1(command)));
    }
    const auto overview = runCli({QStringLiteral("--help")});
    CHECK(overview.exitCode == 0);
    CHECK(overview.out.contains(QStringLiteral("check")));
}

TEST_CASE("On a Chinese system the command line speaks Chinese")
{
    QTemporaryDir dir;
    qputenv("TIANBAO_TEST_LANG", "zh_CN.UTF-8");
    const auto result =
        runCli({QStringLiteral("show"), dir.filePath(QStringLiteral("none.tianbao"))});
    qunsetenv("TIANBAO_TEST_LANG");
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("不存在")));
}

#if defined(Q_OS_LINUX) && defined(TIANBAO_LATE_LIBRARIES)
TEST_CASE("Only reading or writing a zip file loads libzip, libxlsxwriter and OpenSSL")
{
    // They are loaded on first use (util/LateLibrary), not when the program starts.
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("f.tianbao"));
    REQUIRE(
        runCli({QStringLiteral("new"), form, QStringLiteral("--unit"), QStringLiteral("药学院")})
            .exitCode == 0);
    // glibc's loader names each library it opens on stderr (LD_DEBUG=files).
    const auto loaded = [&](const QString &output) {
        const test::CliResult result = test::runTianbaoCopy(
            QStringLiteral(TIANBAO_BINARY),
            {QStringLiteral("export"), form, QStringLiteral("-o"), dir.filePath(output)},
            {{QStringLiteral("LD_DEBUG"), QStringLiteral("files")}});
        INFO(result.err.right(3000));
        CHECK(result.exitCode == 0);
        CHECK(QFileInfo(dir.filePath(output)).size() > 0);
        CHECK(result.err.contains(QStringLiteral("file=libQt6Core"))); // the loader did speak
        return result.err;
    };
    const QString pdf = loaded(QStringLiteral("f.pdf"));
    CHECK_FALSE(pdf.contains(QStringLiteral("libzip")));
    CHECK_FALSE(pdf.contains(QStringLiteral("libxlsxwriter")));
    CHECK_FALSE(pdf.contains(QStringLiteral("libcrypto")));
    const QString docx = loaded(QStringLiteral("f.docx"));
    CHECK(docx.contains(QStringLiteral("file=libzip.so")));
    CHECK_FALSE(docx.contains(QStringLiteral("libxlsxwriter")));
    CHECK(loaded(QStringLiteral("f.xlsx")).contains(QStringLiteral("file=libxlsxwriter.so")));
}
#endif

TEST_CASE("Only a PDF export loads Qt's GUI: every other command runs with no display platform")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("f.tianbao"));
    const QString imported = dir.filePath(QStringLiteral("imported.tianbao"));
    // A platform that does not exist: a QGuiApplication would stop the program at start.
    qputenv("TIANBAO_TEST_QPA", "no-such-platform");
    QList<QStringList> commands{
        {QStringLiteral("new"), form, QStringLiteral("--unit"), QStringLiteral("药学院")},
        {QStringLiteral("show"), form},
        {QStringLiteral("set"), form, QStringLiteral("--attachment"), QStringLiteral("existing"),
         QStringLiteral("--seq"), QStringLiteral("1"), QStringLiteral("--field"),
         QStringLiteral("progress"), QStringLiteral("--value"), QStringLiteral("进展")},
        {QStringLiteral("--version")}};
    for (const char *extension : {"docx", "xlsx", "csv", "html"})
        commands.append({QStringLiteral("export"), form, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("f.") + QLatin1String(extension))});
    commands.append({QStringLiteral("import"),
                     test::dataPath(QStringLiteral("docx/notice-word.docx")), QStringLiteral("-o"),
                     imported});
    commands.append({QStringLiteral("merge"), form,
                     test::dataPath(QStringLiteral("docx/reply-materials.docx")),
                     QStringLiteral("--dry-run")});
    QList<test::CliResult> results;
    for (const QStringList &command : commands)
        results.append(runCli(command));
    const auto checked = runCli({QStringLiteral("check"), form});
    qunsetenv("TIANBAO_TEST_QPA");
    for (int i = 0; i < commands.size(); ++i) {
        INFO(commands.at(i).join(QLatin1Char(' ')) << ": " << results.at(i).err);
        CHECK(results.at(i).exitCode == 0);
    }
    INFO(checked.err);
    CHECK((checked.exitCode == 0 || checked.exitCode == 1)); // 1: the check found gaps
    CHECK(QFileInfo(dir.filePath(QStringLiteral("f.docx"))).size() > 0);
    CHECK(QFileInfo(imported).size() > 0);

    // The PDF gets its fonts, on the offscreen platform the command line sets when none is.
    qputenv("TIANBAO_TEST_QPA", "");
    const auto pdf = runCli({QStringLiteral("export"), form, QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("f.PDF"))});
    qunsetenv("TIANBAO_TEST_QPA");
    INFO(pdf.err);
    CHECK(pdf.exitCode == 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("f.PDF"))).size() > 0);
}
