#include "TestSupport.h"
#include "docx/ReplyReader.h"
#include "form/FormTemplate.h"

using namespace tianbao;

TEST_CASE("ReplyReader reads a reply filled in Word", "[docx]")
{
    const QString path = test::dataPath(QStringLiteral("docx/reply-materials.docx"));
    const QByteArray before = test::fileDigest(path);
    Result<Form> read = ReplyReader::readFile(path);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    CHECK(test::fileDigest(path) == before);
    const Form &form = *read;
    const Form notice = FormTemplate::notice2023();

    CHECK(form.properties.unit == QStringLiteral("材料科学与工程学院"));
    CHECK(form.properties.signDate == QDate(2023, 12, 26));
    CHECK(form.properties.title == notice.properties.title);
    CHECK(form.properties.progressYear == 2023);
    CHECK(form.properties.planYear == 2024);
    CHECK_FALSE(form.properties.noNewProjects);
    CHECK(form.properties.originUuid.isEmpty());

    const Attachment *existing = form.attachment(Attachment::ExistingKey);
    REQUIRE(existing);
    const Attachment *want = notice.attachment(Attachment::ExistingKey);
    REQUIRE(existing->rows.size() == want->rows.size());
    for (int i = 0; i < want->rows.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(existing->rows.at(i).uuid == want->rows.at(i).uuid);
        CHECK(existing->rows.at(i).value(Field::Name) == want->rows.at(i).value(Field::Name));
        if (i != 3 && i != 4) {
            CHECK(existing->rows.at(i).value(Field::Progress).isEmpty());
            CHECK(existing->rows.at(i).value(Field::Plan).isEmpty());
        }
    }
    CHECK(existing->rows.at(3).value(Field::Progress) ==
          QStringLiteral("1.开展OLED光提取技术研究，申请发明专利1项，1项技术在企业完成中试。\n"
                         "2.设计柔性软体机器人样机2款。"));
    CHECK(existing->rows.at(3).value(Field::Plan) ==
          QStringLiteral("1.联合申报川渝共建重点实验室。\n2.合作申请国家重点项目1项。"));
    CHECK(existing->rows.at(4).value(Field::Progress) ==
          QStringLiteral("与四川大学合作研发的笔记本电脑用扩散增亮膜获得技术考核认证，"
                         "被京东方等龙头企业引入生产线。"));
    CHECK(existing->rows.at(4).value(Field::Plan) ==
          QStringLiteral("推进聚酰亚胺（PI）材料进入中试阶段。"));

    const Attachment *added = form.attachment(Attachment::NewKey);
    REQUIRE(added);
    REQUIRE(added->rows.size() == 2);
    const Row &first = added->rows.at(0);
    CHECK(first.uuid.isEmpty());
    CHECK(first.value(Field::Name) == QStringLiteral("柔性显示材料联合研发项目"));
    CHECK(first.value(Field::Content) ==
          QStringLiteral("1.共建柔性显示材料联合实验室。\n2.联合培养研究生4名。"));
    CHECK(first.value(Field::Units) == QStringLiteral("材料科学与工程学院"));
    CHECK(first.value(Field::Partners) == QStringLiteral("四川大学高分子科学与工程学院"));
    CHECK(first.value(Field::Progress) == QStringLiteral("签订合作协议，完成实验室选址。"));
    CHECK(first.value(Field::Plan) == QStringLiteral("完成首批2项材料中试。"));
    const Row &second = added->rows.at(1);
    CHECK(second.value(Field::Name) == QStringLiteral("光电材料产业学院项目"));
    CHECK(second.value(Field::Units) == QStringLiteral("材料科学与工程学院"));
    CHECK(second.value(Field::Partners) == QStringLiteral("内江市经开区"));
}

namespace {

DocxBlock paragraph(const QString &text)
{
    DocxBlock block;
    block.text = text;
    return block;
}

DocxBlock table(const QVector<QStringList> &rows)
{
    DocxBlock block;
    block.kind = DocxBlock::Kind::Table;
    block.table.columnCount = 6;
    for (const QStringList &cells : rows) {
        DocxRow row;
        for (const QString &text : cells)
            row.cells.append({DocxCell::Kind::Text, text});
        block.table.rows.append(row);
    }
    return block;
}

const QStringList Header = {QStringLiteral("序号"),       QStringLiteral("合作项目"),
                            QStringLiteral("项目内容"),   QStringLiteral("校内单位（合作单位）"),
                            QStringLiteral("进展与成效"), QStringLiteral("2024年计划要点")};

} // namespace

TEST_CASE("ReplyReader takes a 附件2 that only says 无 as no new projects", "[docx]")
{
    const DocxBlocks blocks = {
        paragraph(QStringLiteral("附件2")),
        paragraph(QStringLiteral(
            "成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表（新增项目）")),
        table({Header,
               {QStringLiteral("1"), QStringLiteral("无"), {}, {}, {}, {}},
               {QStringLiteral("2"), {}, {}, {}, {}, {}}}),
        paragraph(QStringLiteral("药学院")), paragraph(QStringLiteral("2023年12月25日"))};
    Result<Form> read = ReplyReader::fromBlocks(blocks);
    REQUIRE(read.ok());
    CHECK(read->properties.noNewProjects);
    REQUIRE(read->attachments.size() == 1);
    CHECK(read->attachments.at(0).key == Attachment::NewKey);
    CHECK(read->attachments.at(0).rows.isEmpty());
    CHECK(read->properties.unit == QStringLiteral("药学院"));
    CHECK(read->properties.signDate == QDate(2023, 12, 25));
}

TEST_CASE("ReplyReader reads separate 校内单位 and 合作单位 columns", "[docx]")
{
    const DocxBlocks blocks = {table(
        {{QStringLiteral("合作项目"), QStringLiteral("项目内容"), QStringLiteral("校内单位"),
          QStringLiteral("合作单位"), QStringLiteral("2023年进展成效"), QStringLiteral("计划要点")},
         {QStringLiteral("科技合作\n项目"), QStringLiteral("统筹推进"), QStringLiteral("科研处"),
          QStringLiteral("（四川省高校、\n企业）"), QStringLiteral("完成"),
          QStringLiteral("继续")}})};
    Result<Form> read = ReplyReader::fromBlocks(blocks);
    REQUIRE(read.ok());
    REQUIRE(read->attachments.size() == 1);
    const Attachment &a = read->attachments.at(0);
    CHECK(a.key == Attachment::ExistingKey);
    CHECK(a.header(Field::Units) == QStringLiteral("校内单位"));
    CHECK(a.header(Field::Partners) == QStringLiteral("合作单位"));
    CHECK(a.header(Field::Progress) == QStringLiteral("2023年进展成效"));
    REQUIRE(a.rows.size() == 1);
    CHECK(a.rows.at(0).value(Field::Progress) == QStringLiteral("完成"));
    CHECK(a.rows.at(0).value(Field::Name) == QStringLiteral("科技合作项目"));
    CHECK(a.rows.at(0).value(Field::Units) == QStringLiteral("科研处"));
    CHECK(a.rows.at(0).value(Field::Partners) == QStringLiteral("四川省高校、企业"));
}
