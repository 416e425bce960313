#include "TestSupport.h"
#include "docx/NoticeImporter.h"
#include "form/FormTemplate.h"

#include <QSet>

using namespace tianbao;

namespace {

void checkMatchesTemplate(const QString &fixture)
{
    INFO(fixture.toStdString());
    Result<Form> imported = NoticeImporter::importFile(test::dataPath(fixture));
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    const Form &form = *imported;
    const Form expected = FormTemplate::notice2023();

    const FormProperties &p = form.properties;
    const FormProperties &e = expected.properties;
    CHECK(p.title == e.title);
    CHECK(p.progressYear == 2023);
    CHECK(p.planYear == 2024);
    CHECK(p.noticeTitle == e.noticeTitle);
    CHECK(p.issuingOffice == e.issuingOffice);
    CHECK(p.noticeDate == e.noticeDate);
    CHECK(p.deadline == e.deadline);
    CHECK(p.replyEmail == e.replyEmail);
    CHECK(p.contactName == e.contactName);
    CHECK(p.contactPhone == e.contactPhone);
    CHECK(p.originUuid == e.originUuid);

    REQUIRE(form.attachments.size() == 2);
    for (const Attachment &want : expected.attachments) {
        const Attachment *got = form.attachment(want.key);
        REQUIRE(got);
        CHECK(got->label == want.label);
        CHECK(got->title == want.title);
        CHECK(got->seqHeader == want.seqHeader);
        for (Field f : AllFields)
            CHECK(got->header(f) == want.header(f));
        REQUIRE(got->rows.size() == want.rows.size());
        for (int i = 0; i < want.rows.size(); ++i) {
            INFO("row " << i + 1);
            for (Field f : AllFields)
                CHECK(got->rows.at(i).value(f) == want.rows.at(i).value(f));
            CHECK(got->rows.at(i).uuid == want.rows.at(i).uuid);
        }
    }
}

} // namespace

TEST_CASE("NoticeImporter reads the notice as Word wrote it", "[docx]")
{
    checkMatchesTemplate(QStringLiteral("docx/notice-word.docx"));
}

TEST_CASE("NoticeImporter reads the notice as LibreOffice wrote it", "[docx]")
{
    checkMatchesTemplate(QStringLiteral("docx/notice-libreoffice.docx"));
}

TEST_CASE("NoticeImporter reads tricky tables: title row, other column order, merges", "[docx]")
{
    Result<Form> imported =
        NoticeImporter::importFile(test::dataPath(QStringLiteral("docx/tricky.docx")));
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    const Form &form = *imported;
    CHECK(form.properties.title ==
          QStringLiteral("成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表"));
    CHECK(form.properties.progressYear == 2023);
    CHECK(form.properties.planYear == 2024);
    CHECK(form.properties.noticeTitle.isEmpty());

    const Attachment *existing = form.attachment(Attachment::ExistingKey);
    REQUIRE(existing);
    CHECK(existing->label == QStringLiteral("附件1"));
    CHECK(existing->title == form.properties.title + QStringLiteral("（已有项目）"));
    CHECK(existing->seqHeader == QStringLiteral("序号"));
    CHECK(existing->header(Field::Units) == QStringLiteral("校内单位"));
    CHECK(existing->header(Field::Partners) == QStringLiteral("合作单位"));
    CHECK(existing->header(Field::Content) == QStringLiteral("项目内容"));
    CHECK(existing->header(Field::Plan) == QStringLiteral("2024年计划要点"));
    CHECK(existing->header(Field::Progress) == QStringLiteral("进展与成效"));

    struct Expected
    {
        const char *name, *content, *units, *partners, *progress, *plan;
    };
    const Expected rows[] = {
        {"乡村振兴培训项目", "川渝合作开展乡村振兴干部培训不少于2次。", "乡村振兴学院",
         "四川省相关市县", "已开展3次", "继续开展培训。"},
        {"智能农机推广项目", "1.在内江市1-2个区县开展山地农机推广应用。\n2.\t引进1-2个农机新产品。",
         "智能制造工程学院", "内江市", "", "第一行\n第二行\n第三行"},
        {"项目甲", "主要内容", "材料科学与工程学院", "电子科技大学", "", "进展与计划合并"},
        {"项目乙", "乙的内容", "材料科学与工程学院", "电子科技大学", "", "旧式合并"},
        {"新位置项目", "懂的分支", "教务处", "", "进展", "计划 AB"},
    };
    REQUIRE(existing->rows.size() == int(std::size(rows)));
    QSet<QString> uuids;
    for (int i = 0; i < existing->rows.size(); ++i) {
        INFO("row " << i + 1);
        const Row &row = existing->rows.at(i);
        CHECK(row.value(Field::Name) == QString::fromUtf8(rows[i].name));
        CHECK(row.value(Field::Content) == QString::fromUtf8(rows[i].content));
        CHECK(row.value(Field::Units) == QString::fromUtf8(rows[i].units));
        CHECK(row.value(Field::Partners) == QString::fromUtf8(rows[i].partners));
        CHECK(row.value(Field::Progress) == QString::fromUtf8(rows[i].progress));
        CHECK(row.value(Field::Plan) == QString::fromUtf8(rows[i].plan));
        uuids.insert(row.uuid);
    }
    // Not the built-in form: fresh identities.
    CHECK(uuids.size() == existing->rows.size());
    CHECK_FALSE(uuids.contains(QString()));
    CHECK(form.properties.originUuid != FormTemplate::notice2023().properties.originUuid);
    CHECK_FALSE(form.properties.originUuid.isEmpty());

    const Attachment *added = form.attachment(Attachment::NewKey);
    REQUIRE(added);
    CHECK(added->rows.isEmpty());
    CHECK(added->label == QStringLiteral("附件2"));
    CHECK(added->title == form.properties.title + QStringLiteral("（新增项目）"));
}

TEST_CASE("NoticeImporter says what it looked for when there is no attachment table", "[docx]")
{
    DocxBlocks blocks(1);
    blocks[0].text = QStringLiteral("关于报送材料的通知");
    Result<Form> form = NoticeImporter::fromBlocks(blocks);
    REQUIRE_FALSE(form.ok());
    CHECK(form.error() ==
          QStringLiteral("No attachment table was found: Tianbao looks for a table whose "
                         "header row has the columns 序号, 合作项目, 项目内容, "
                         "校内单位（合作单位）, 进展与成效 and …年计划要点."));
}

TEST_CASE("NoticeImporter passes on why a file was refused", "[docx]")
{
    const QString path = test::dataPath(QStringLiteral("bad/old-word.doc"));
    const QByteArray before = test::fileDigest(path);
    Result<Form> form = NoticeImporter::importFile(path);
    REQUIRE_FALSE(form.ok());
    CHECK(form.error().startsWith(QStringLiteral("This is an old Word .doc file")));
    CHECK(test::fileDigest(path) == before);
}
