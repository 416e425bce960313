#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <unistd.h>

using namespace tianbao;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("The format comes from the extension, whatever its case")
{
    CHECK(ReportExporter::formatForPath(QStringLiteral("a/b/报表.docx")) == ReportFormat::Docx);
    CHECK(ReportExporter::formatForPath(QStringLiteral("R.PDF")) == ReportFormat::Pdf);
    CHECK(ReportExporter::formatForPath(QStringLiteral("r.Xlsx")) == ReportFormat::Xlsx);
    CHECK(ReportExporter::formatForPath(QStringLiteral("r.csv")) == ReportFormat::Csv);
    CHECK(ReportExporter::formatForPath(QStringLiteral("r.htm")) == ReportFormat::Html);
    CHECK(ReportExporter::formatForPath(QStringLiteral("r.html")) == ReportFormat::Html);
    CHECK_FALSE(ReportExporter::formatForPath(QStringLiteral("r.doc")).has_value());
    CHECK_FALSE(ReportExporter::formatForPath(QStringLiteral("docx")).has_value());
    for (const QString &extension : ReportExporter::supportedExtensions()) {
        const auto format = ReportExporter::formatForPath(QStringLiteral("x.") + extension);
        REQUIRE(format.has_value());
        CHECK(ReportExporter::extension(*format) == extension);
    }
}

TEST_CASE("An unknown extension is refused in one sentence and writes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.doc"));
    const Status status = ReportExporter::exportForm(test::filledForm(), path, {});
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("report.doc")));
    CHECK(status.error().contains(QStringLiteral(".docx")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Every format is written through the one entry point")
{
    QTemporaryDir dir;
    for (const QString &extension : ReportExporter::supportedExtensions()) {
        const QString path = dir.filePath(QStringLiteral("报表.") + extension);
        const Status status = ReportExporter::exportForm(test::filledForm(), path, {});
        INFO(extension.toStdString() << ": " << status.error().toStdString());
        CHECK(status.ok());
        CHECK(QFileInfo(path).size() > 1000);
    }
    // Only the targets: no temporary file is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() ==
          ReportExporter::supportedExtensions().size());
}

TEST_CASE("A target that cannot be written leaves the old file intact")
{
    QTemporaryDir dir;
    const Form form = test::filledForm();

    SECTION("a file name too long for a temporary copy beside it")
    {
        // Works as root too: the save file's temporary name exceeds the file system's limit.
        const QString path = dir.filePath(QString(250, QLatin1Char('r')) + QStringLiteral(".docx"));
        writeFile(path, "the old report");
        const QByteArray before = test::fileDigest(path);
        const Status status = ReportExporter::exportForm(form, path, {});
        CHECK_FALSE(status.ok());
        CHECK(status.error().contains(QDir::toNativeSeparators(path)));
        CHECK(test::fileDigest(path) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
    }

    SECTION("a folder that is a file")
    {
        const QString notAFolder = dir.filePath(QStringLiteral("plain"));
        writeFile(notAFolder, "x");
        const Status status =
            ReportExporter::exportForm(form, notAFolder + QStringLiteral("/report.pdf"), {});
        CHECK_FALSE(status.ok());
        CHECK(status.error().contains(QStringLiteral("report.pdf")));
    }

    SECTION("a read-only folder")
    {
        if (geteuid() == 0) {
            WARN("running as root: a read-only folder does not stop root, not checked");
            return;
        }
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("report.docx"));
        writeFile(path, "the old report");
        const QByteArray before = test::fileDigest(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const Status status = ReportExporter::exportForm(form, path, {});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CHECK_FALSE(status.ok());
        CHECK(status.error().contains(QDir::toNativeSeparators(path)));
        CHECK(test::fileDigest(path) == before);
    }
}

// Not run by ctest: `test_report "[.samples]"` with TIANBAO_SAMPLE_DIR set writes every format
// of the filled form there (to look at) and prints how long each took.
TEST_CASE("Write samples", "[.samples]")
{
    const QString out = qEnvironmentVariable("TIANBAO_SAMPLE_DIR", QDir::tempPath());
    QDir().mkpath(out);
    Form form = test::filledForm();
    form.properties.noNewProjects = true;
    for (const QString &extension : ReportExporter::supportedExtensions()) {
        QElapsedTimer timer;
        timer.start();
        const Status status = ReportExporter::exportForm(
            form, QDir(out).filePath(QStringLiteral("sample.") + extension), {});
        WARN(extension.toStdString()
             << ": " << timer.elapsed() << " ms " << status.error().toStdString());
    }
    ReportOptions options;
    options.attachmentKeys = {Attachment::ExistingKey};
    ReportExporter::exportForm(test::longForm(60), QDir(out).filePath(QStringLiteral("long.pdf")),
                               options);
    ReportExporter::exportForm(test::longForm(60), QDir(out).filePath(QStringLiteral("long.docx")),
                               options);
    Row &tall = form.attachment(Attachment::ExistingKey)->rows[1];
    QStringList lines;
    for (int i = 1; i <= 80; ++i)
        lines << QStringLiteral("第%1条：开展乡村振兴干部培训。").arg(i);
    tall.setValue(Field::Progress, lines.join(QLatin1Char('\n')));
    ReportExporter::exportForm(form, QDir(out).filePath(QStringLiteral("tall.pdf")), {});
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        ReportExporter::exportForm(test::filledForm(),
                                   QDir(out).filePath(QStringLiteral("again.pdf")), {});
        const qint64 pdf = timer.restart();
        ReportExporter::exportForm(test::filledForm(),
                                   QDir(out).filePath(QStringLiteral("again.docx")), {});
        WARN("again: pdf " << pdf << " ms, docx " << timer.elapsed() << " ms");
    }
}
