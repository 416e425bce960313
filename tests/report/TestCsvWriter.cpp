#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/CsvWriter.h"
#include "report/ReportLayout.h"

#include <QBuffer>

using namespace tianbao;

TEST_CASE("CSV is UTF-8 with a BOM and quotes per RFC 4180")
{
    Form form = test::filledForm();
    form.attachment(Attachment::ExistingKey)
        ->rows[0]
        .setValue(Field::Plan, QStringLiteral("他说\"好\"，a,b"));
    const ReportLayout layout = ReportLayout::build(form, {});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CsvWriter(layout).write(&buffer).ok());
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("附件1,,,,,\r\n")));
    CHECK(text.contains(QStringLiteral(
        "序号,合作项目,项目内容,\"校内单位\n（合作单位）\",进展与成效,2024年计划要点\r\n")));
    CHECK(text.contains(QStringLiteral("\"他说\"\"好\"\"，a,b\"\r\n")));
    CHECK(text.contains(
        QStringLiteral("5,与四川大学高分子科学与工程学院合作项目,\"1.开展柔性高分子光学材料研究")));
    CHECK(text.endsWith(QStringLiteral(",,,,,材料科学与工程学院\r\n,,,,,2023年12月26日\r\n")));
}

TEST_CASE("CSV neutralises cells a spreadsheet would run as formulas")
{
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(CsvWriter::field(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(CsvWriter::field(QStringLiteral("1.推进")) == QStringLiteral("1.推进"));
    CHECK(CsvWriter::field(QString()) == QString());

    Form form = test::filledForm();
    form.attachment(Attachment::ExistingKey)
        ->rows[0]
        .setValue(Field::Progress, QStringLiteral("=cmd|' /C calc'!A0"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CsvWriter(ReportLayout::build(form, {})).write(&buffer).ok());
    CHECK(QString::fromUtf8(buffer.data()).contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));
}
