#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/ReportExporter.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("The XLSX has a sheet per attachment with the report's text")
{
    QTemporaryDir dir;
    Form form = test::filledForm();
    form.attachment(Attachment::ExistingKey)
        ->rows[2]
        .setValue(Field::Plan, QStringLiteral("A&B <c>") + QChar(0x02));
    const QString path = dir.filePath(QStringLiteral("report.XLSX")); // the case does not matter
    const Status status = ReportExporter::exportForm(form, path, {});
    INFO(status.error().toStdString());
    REQUIRE(status.ok());

    const QString workbook =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("name=\"附件1\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"附件2\"")));
    // The header row is repeated on every printed page.
    CHECK(workbook.contains(QStringLiteral("_xlnm.Print_Titles")));
    CHECK(workbook.contains(QStringLiteral("'附件1'!$4:$4")));

    const QString strings =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const Row &row : form.attachment(Attachment::ExistingKey)->rows)
        CHECK(strings.contains(row.value(Field::Name)));
    CHECK(strings.contains(QStringLiteral("与四川大学联合研发的扩散增亮膜已被京东方采用")));
    CHECK(strings.contains(QStringLiteral(
        "成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表（已有项目）")));
    CHECK(strings.contains(QStringLiteral("2023年12月26日")));
    CHECK(strings.contains(QStringLiteral("A&amp;B &lt;c&gt;</t>")));

    const QString sheet =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QRegularExpression(QStringLiteral(
        "<pane ySplit=\"4\" topLeftCell=\"A5\" activePane=\"bottomLeft\" state=\"frozen\"/>"))));
    CHECK(sheet.contains(QStringLiteral("orientation=\"landscape\"")));
    CHECK(sheet.contains(QStringLiteral("paperSize=\"9\"")));
    CHECK(sheet.contains(QStringLiteral("fitToHeight=\"0\"")));
    CHECK(sheet.contains(QStringLiteral("<mergeCell ref=\"A2:F2\"/>")));
    const QString styles = QString::fromUtf8(test::zipEntry(path, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("wrapText=\"1\"")));
    CHECK(styles.contains(QStringLiteral("<name val=\"仿宋\"/>")));
}

TEST_CASE("The XLSX fails cleanly when no temporary file can be made")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the old workbook");
    }
    const QByteArray before = test::fileDigest(path);
    const QByteArray savedTmp = qgetenv("TMPDIR");
    // A temp "folder" that is a file: no temporary file can go there, not even for root.
    const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(notAFolder);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    qputenv("TMPDIR", QFile::encodeName(notAFolder));
    const Status status = ReportExporter::exportForm(test::filledForm(), path, {});
    if (savedTmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", savedTmp);
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(path));
    CHECK(test::fileDigest(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList({QStringLiteral("not-a-folder"), QStringLiteral("report.xlsx")}));
}
