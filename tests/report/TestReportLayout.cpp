#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "form/UnitsCell.h"
#include "report/ReportLayout.h"

using namespace tianbao;

TEST_CASE("The layout takes its header from the attachment, not from code")
{
    Form form = test::filledForm();
    Attachment *existing = form.attachment(Attachment::ExistingKey);
    existing->headers[fieldIndex(Field::Plan)] = QStringLiteral("2025年计划要点");
    existing->seqHeader = QStringLiteral("编号");
    const ReportLayout layout = ReportLayout::build(form, {});
    REQUIRE(layout.blocks().size() == 2);
    const ReportBlock &block = layout.blocks().first();
    CHECK(block.label == QStringLiteral("附件1"));
    CHECK(block.title == existing->title);
    CHECK(block.headers ==
          QStringList({QStringLiteral("编号"), QStringLiteral("合作项目"),
                       QStringLiteral("项目内容"), QStringLiteral("校内单位\n（合作单位）"),
                       QStringLiteral("进展与成效"), QStringLiteral("2025年计划要点")}));
    CHECK(QString(block.headers.at(3)).remove(QLatin1Char('\n')) == existing->unitsColumnHeader());
}

TEST_CASE("Rows are numbered 1..n and the units cell joins units and partners")
{
    const Form form = test::filledForm();
    const ReportLayout layout = ReportLayout::build(form, {});
    const Attachment *existing = form.attachment(Attachment::ExistingKey);
    const ReportBlock &block = layout.blocks().first();
    REQUIRE(block.rows.size() == existing->rows.size());
    for (int i = 0; i < block.rows.size(); ++i) {
        const Row &row = existing->rows.at(i);
        const ReportRow &printed = block.rows.at(i);
        INFO("row " << i + 1);
        CHECK(printed.uuid == row.uuid);
        REQUIRE(printed.cells.size() == ReportLayout::ColumnCount);
        CHECK(printed.cells.at(0) == QString::number(i + 1));
        CHECK(printed.cells.at(1) == row.value(Field::Name));
        CHECK(printed.cells.at(2) == row.value(Field::Content));
        CHECK(printed.cells.at(3) ==
              UnitsCell::join(row.value(Field::Units), row.value(Field::Partners)));
        CHECK(printed.cells.at(4) == row.value(Field::Progress));
        CHECK(printed.cells.at(5) == row.value(Field::Plan));
    }
    CHECK(block.rows.at(12).cells.at(3) ==
          QStringLiteral("继续教育学院（培训学院）\n（四川师范大学、成都师范学院）"));
}

TEST_CASE("Only the unit's rows, keeping the notice's numbers")
{
    ReportOptions options;
    options.onlyUnitRows = true;
    Form form = test::filledForm();
    ReportLayout layout = ReportLayout::build(form, options);
    const ReportBlock &block = layout.blocks().first();
    REQUIRE(block.rows.size() == 2); // rows 4 and 5 are 材料科学与工程学院's
    CHECK(block.rows.at(0).cells.at(0) == QStringLiteral("4"));
    CHECK(block.rows.at(1).cells.at(0) == QStringLiteral("5"));

    form.properties.unit = QStringLiteral("党委教师工作部");
    layout = ReportLayout::build(form, options);
    QStringList numbers;
    for (const ReportRow &row : layout.blocks().first().rows)
        numbers << row.cells.at(0);
    CHECK(numbers == QStringList({QStringLiteral("3"), QStringLiteral("10")}));

    // An unset unit prints everything rather than empty tables.
    form.properties.unit.clear();
    CHECK(ReportLayout::build(form, options).blocks().first().rows.size() == 13);
}

TEST_CASE("Attachments can be chosen")
{
    ReportOptions options;
    options.attachmentKeys = {Attachment::NewKey};
    const ReportLayout layout = ReportLayout::build(test::filledForm(), options);
    REQUIRE(layout.blocks().size() == 1);
    CHECK(layout.blocks().first().label == QStringLiteral("附件2"));
}

TEST_CASE("An empty 附件2 answered with 无 prints one 无 row")
{
    Form form = test::filledForm();
    CHECK(ReportLayout::build(form, {}).blocks().at(1).rows.isEmpty());
    form.properties.noNewProjects = true;
    const ReportBlock block = ReportLayout::build(form, {}).blocks().at(1);
    REQUIRE(block.rows.size() == 1);
    CHECK(block.rows.first().cells.at(0).isEmpty());
    CHECK(block.rows.first().cells.at(1) == QStringLiteral("无"));
    CHECK(block.rows.first().uuid.isEmpty());
}

TEST_CASE("Dates are written without zero padding")
{
    CHECK(ReportLayout::formatDate(QDate(2023, 12, 26)) == QStringLiteral("2023年12月26日"));
    CHECK(ReportLayout::formatDate(QDate(2024, 1, 5)) == QStringLiteral("2024年1月5日"));
    CHECK(ReportLayout::formatDate(QDate()).isEmpty());
}

TEST_CASE("The signature follows report-layout.md")
{
    Form form = test::filledForm();
    const int em = 320; // one character of 3号
    ReportLayout layout = ReportLayout::build(form, {});
    CHECK(layout.hasSignature());
    CHECK(layout.signature().unit == QStringLiteral("材料科学与工程学院"));
    CHECK(layout.signature().date == QStringLiteral("2023年12月26日"));
    // 9 characters of name; the date (8 digits + 3 characters = 7) starts 2 further right.
    CHECK(layout.signature().unitRightIndent == 2 * em);
    CHECK(layout.signature().dateRightIndent == 9 * em - 7 * em);
    CHECK_FALSE(layout.signature().dateLonger);
    CHECK(layout.signature().dateLeftIndent == ReportLayout::page().textWidth() - 9 * em);

    // A date longer than the name ends 2 characters from the edge; the name moves left.
    form.properties.unit = QStringLiteral("教务处");
    layout = ReportLayout::build(form, {});
    CHECK(layout.signature().dateRightIndent == 2 * em);
    CHECK(layout.signature().unitRightIndent == 2 * em + 7 * em + 2 * em - 3 * em);
    CHECK(layout.signature().dateLonger);

    form.properties.signDate = QDate();
    layout = ReportLayout::build(form, {});
    CHECK(layout.signature().date.isEmpty());
    CHECK(layout.signature().unitRightIndent == 2 * em);
    form.properties.unit.clear();
    CHECK_FALSE(ReportLayout::build(form, {}).hasSignature());
}

TEST_CASE("The page and columns are A4 landscape with GB/T 9704 margins")
{
    const ReportPage &page = ReportLayout::page();
    CHECK(page.textWidth() == 12756);
    int sum = 0;
    for (int width : ReportLayout::columnWidths())
        sum += width;
    CHECK(sum == page.textWidth());
    CHECK(ReportLayout::lines(QStringLiteral("a\r\nb\rc\nd")) ==
          QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                       QStringLiteral("d")}));
}
