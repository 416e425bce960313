#include "TestSupport.h"
#include "docx/DocxTableReader.h"
#include "docx/RowBookmark.h"

#include <QElapsedTimer>

using namespace tianbao;

namespace {

DocxBlocks parse(const QString &body)
{
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                       "<w:document "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                       "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                       "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"
                       "<w:body>") +
        body + QStringLiteral("</w:body></w:document>");
    Result<DocxBlocks> blocks = DocxTableReader::parseDocumentXml(xml.toUtf8());
    INFO(blocks.error().toStdString());
    REQUIRE(blocks.ok());
    return *blocks;
}

QString paragraphText(const QString &paragraphContent)
{
    const DocxBlocks blocks =
        parse(QStringLiteral("<w:p>") + paragraphContent + QStringLiteral("</w:p>"));
    REQUIRE(blocks.size() == 1);
    REQUIRE(blocks.at(0).kind == DocxBlock::Kind::Paragraph);
    return blocks.at(0).text;
}

QString tc(const QString &content, const QString &properties = {})
{
    return QStringLiteral("<w:tc><w:tcPr>") + properties + QStringLiteral("</w:tcPr>") + content +
           QStringLiteral("</w:tc>");
}

QString p(const QString &text)
{
    return QStringLiteral("<w:p><w:r><w:t>") + text + QStringLiteral("</w:t></w:r></w:p>");
}

} // namespace

TEST_CASE("DocxTableReader joins runs, tabs and breaks", "[docx]")
{
    CHECK(paragraphText(
              QStringLiteral("<w:r><w:t>乡村</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
                             "<w:t>振兴</w:t></w:r><w:proofErr/><w:r><w:t>学院</w:t></w:r>")) ==
          QStringLiteral("乡村振兴学院"));
    CHECK(paragraphText(QStringLiteral("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t>"
                                       "<w:cr/><w:t xml:space=\"preserve\"> d </w:t></w:r>")) ==
          QStringLiteral("a\tb\nc\n d "));
    CHECK(paragraphText(QStringLiteral("<w:r><w:t>&lt;1&amp;2&gt;</w:t></w:r>")) ==
          QStringLiteral("<1&2>"));
}

TEST_CASE("DocxTableReader descends through wrappers", "[docx]")
{
    CHECK(paragraphText(QStringLiteral(
              "<w:hyperlink><w:r><w:t>a</w:t></w:r></w:hyperlink>"
              "<w:smartTag w:element=\"x\"><w:r><w:t>b</w:t></w:r></w:smartTag>"
              "<w:customXml w:element=\"y\"><w:r><w:t>c</w:t></w:r></w:customXml>"
              "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>d</w:t></w:r></w:fldSimple>"
              "<w:ins w:id=\"1\"><w:r><w:t>e</w:t></w:r></w:ins>"
              "<w:moveTo w:id=\"2\"><w:r><w:t>f</w:t></w:r></w:moveTo>"
              "<w:sdt><w:sdtPr><w:id w:val=\"3\"/></w:sdtPr><w:sdtContent><w:r><w:t>g</w:t></w:r>"
              "</w:sdtContent></w:sdt>")) == QStringLiteral("abcdefg"));

    const DocxBlocks blocks =
        parse(QStringLiteral("<w:sdt><w:sdtPr/><w:sdtContent>") + p(QStringLiteral("一")) +
              QStringLiteral("</w:sdtContent></w:sdt><w:customXml>") + p(QStringLiteral("二")) +
              QStringLiteral("</w:customXml>"));
    REQUIRE(blocks.size() == 2);
    CHECK(blocks.at(0).text == QStringLiteral("一"));
    CHECK(blocks.at(1).text == QStringLiteral("二"));
}

TEST_CASE("DocxTableReader skips deletions, moves away and field codes", "[docx]")
{
    CHECK(paragraphText(QStringLiteral(
              "<w:r><w:t>已开展</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>2</w:delText></w:r>"
              "</w:del><w:ins w:id=\"2\"><w:r><w:t>3</w:t></w:r></w:ins><w:r><w:t>次</w:t></w:r>"
              "<w:moveFrom w:id=\"3\"><w:r><w:t>旧</w:t></w:r></w:moveFrom>")) ==
          QStringLiteral("已开展3次"));
    // A complex field shows its result, not its code; fields nest.
    CHECK(paragraphText(QStringLiteral(
              "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
              "<w:r><w:instrText> IF </w:instrText></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
              "<w:r><w:instrText> PAGE </w:instrText><w:t>code</w:t></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>inner</w:t></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>still code</w:t></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>后</w:t></w:r>")) ==
          QStringLiteral("结果后"));
}

TEST_CASE("DocxTableReader ignores a content control's placeholder", "[docx]")
{
    CHECK(paragraphText(QStringLiteral(
              "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
              "<w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>")) == QString());
}

TEST_CASE("DocxTableReader takes one branch of mc:AlternateContent", "[docx]")
{
    CHECK(paragraphText(QStringLiteral(
              "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>A</w:t></w:r></mc:Choice>"
              "<mc:Fallback><w:r><w:t>B</w:t></w:r></mc:Fallback></mc:AlternateContent>")) ==
          QStringLiteral("B"));
    CHECK(paragraphText(QStringLiteral(
              "<mc:AlternateContent><mc:Choice Requires=\"x\"><w:r><w:t>A</w:t></w:r></mc:Choice>"
              "<mc:Choice Requires=\"w\"><w:r><w:t>C</w:t></w:r></mc:Choice>"
              "<mc:Choice Requires=\"w\"><w:r><w:t>D</w:t></w:r></mc:Choice>"
              "<mc:Fallback><w:r><w:t>B</w:t></w:r></mc:Fallback></mc:AlternateContent>")) ==
          QStringLiteral("C"));
    CHECK(paragraphText(QStringLiteral("<w:r><mc:AlternateContent><mc:Choice Requires=\"w\">"
                                       "<w:t>E</w:t></mc:Choice></mc:AlternateContent></w:r>")) ==
          QStringLiteral("E"));
}

TEST_CASE("DocxTableReader reads a cell's paragraphs as lines and its direct children only",
          "[docx]")
{
    const QString nested = QStringLiteral("<w:tbl><w:tr>") + tc(p(QStringLiteral("内层"))) +
                           QStringLiteral("</w:tr></w:tbl>");
    const DocxBlocks blocks =
        parse(QStringLiteral("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>") +
              tc(p(QStringLiteral("第一行")) + p(QStringLiteral("第二行"))) +
              tc(p(QStringLiteral("外层")) + nested + QStringLiteral("<w:p/>")) +
              QStringLiteral("</w:tr></w:tbl>") + p(QStringLiteral("之后")));
    REQUIRE(blocks.size() == 3);
    REQUIRE(blocks.at(0).kind == DocxBlock::Kind::Table);
    const DocxTable &table = blocks.at(0).table;
    CHECK(table.nestingLevel == 0);
    CHECK(table.columnCount == 2);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows.at(0).cells.at(0).text == QStringLiteral("第一行\n第二行"));
    CHECK(table.rows.at(0).cells.at(1).text == QStringLiteral("外层\n"));
    // The nested table is a block of its own, right after its parent.
    REQUIRE(blocks.at(1).kind == DocxBlock::Kind::Table);
    CHECK(blocks.at(1).table.nestingLevel == 1);
    CHECK(blocks.at(1).table.text(0, 0) == QStringLiteral("内层"));
    CHECK(blocks.at(2).text == QStringLiteral("之后"));
}

TEST_CASE("DocxTableReader spreads merged cells over the grid", "[docx]")
{
    const DocxBlocks blocks = parse(
        QStringLiteral("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>") +
        QStringLiteral("<w:tr>") +
        tc(p(QStringLiteral("标题")), QStringLiteral("<w:gridSpan w:val=\"3\"/>")) +
        QStringLiteral("</w:tr><w:tr>") +
        tc(p(QStringLiteral("上")), QStringLiteral("<w:vMerge w:val=\"restart\"/>")) +
        tc(p(QStringLiteral("b"))) + tc(p(QStringLiteral("c"))) + QStringLiteral("</w:tr><w:tr>") +
        tc(QStringLiteral("<w:p/>"), QStringLiteral("<w:vMerge/>")) +
        tc(p(QStringLiteral("旧")), QStringLiteral("<w:hMerge w:val=\"restart\"/>")) +
        tc(p(QStringLiteral("x")), QStringLiteral("<w:hMerge/>")) +
        QStringLiteral("</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>"
                       "</w:trPr>") +
        tc(p(QStringLiteral("中"))) +
        QStringLiteral("</w:tr><w:tr><w:trPr><w:del w:id=\"9\"/></w:trPr>") +
        tc(p(QStringLiteral("删"))) + QStringLiteral("</w:tr></w:tbl>"));
    REQUIRE(blocks.size() == 1);
    const DocxTable &t = blocks.at(0).table;
    REQUIRE(t.rows.size() == 4); // the deleted row is gone
    REQUIRE(t.columnCount == 3);
    using K = DocxCell::Kind;
    CHECK(t.rows[0].cells[0].kind == K::Text);
    CHECK(t.rows[0].cells[1].kind == K::SpanContinuation);
    CHECK(t.rows[0].cells[2].kind == K::SpanContinuation);
    CHECK(t.text(0, 0) == QStringLiteral("标题"));
    CHECK(t.text(0, 1) == QString());
    CHECK(t.rows[2].cells[0].kind == K::VerticalContinuation);
    CHECK(t.rows[2].cells[0].text == QString());
    CHECK(t.text(2, 0) == QStringLiteral("上"));
    CHECK(t.text(2, 1) == QStringLiteral("旧"));
    CHECK(t.rows[2].cells[2].kind == K::SpanContinuation);
    CHECK(t.rows[3].cells[0].kind == K::Padding);
    CHECK(t.text(3, 1) == QStringLiteral("中"));
    CHECK(t.rows[3].cells[2].kind == K::Padding);
}

TEST_CASE("DocxTableReader collects each row's bookmarks", "[docx]")
{
    const DocxBlocks blocks = parse(
        QStringLiteral("<w:tbl><w:tr><w:bookmarkStart w:id=\"1\" w:name=\"row\"/>") +
        tc(QStringLiteral("<w:p><w:bookmarkStart w:id=\"2\" "
                          "w:name=\"tb_0f8e4b2a1c3d4e5f8a9b0c1d2e3f4a5b\"/><w:r><w:t>x</w:t></w:r>"
                          "<w:bookmarkEnd w:id=\"2\"/></w:p>")) +
        QStringLiteral("</w:tr><w:tr>") + tc(p(QStringLiteral("y"))) +
        QStringLiteral("</w:tr></w:tbl>"));
    const DocxTable &t = blocks.at(0).table;
    CHECK(t.rows[0].bookmarks ==
          QStringList(
              {QStringLiteral("row"), QStringLiteral("tb_0f8e4b2a1c3d4e5f8a9b0c1d2e3f4a5b")}));
    CHECK(t.rows[1].bookmarks.isEmpty());
    CHECK(RowBookmark::uuidFromAny(t.rows[0].bookmarks) ==
          QStringLiteral("0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
}

TEST_CASE("RowBookmark turns tb_ names into uuids and back", "[docx]")
{
    const QString uuid = QStringLiteral("0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
    CHECK(RowBookmark::nameFor(uuid) == QStringLiteral("tb_0f8e4b2a1c3d4e5f8a9b0c1d2e3f4a5b"));
    CHECK(RowBookmark::nameFor(uuid).size() <= 40);
    CHECK(RowBookmark::uuidFrom(RowBookmark::nameFor(uuid)) == uuid);
    CHECK(RowBookmark::uuidFrom(QStringLiteral("TB_0F8E4B2A1C3D4E5F8A9B0C1D2E3F4A5B")) == uuid);
    CHECK(RowBookmark::uuidFrom(QStringLiteral("_GoBack")).isEmpty());
    CHECK(RowBookmark::uuidFrom(QStringLiteral("tb_0f8e4b2a1c3d4e5f8a9b0c1d2e3f4a5")).isEmpty());
    CHECK(RowBookmark::uuidFrom(QStringLiteral("tb_0f8e4b2a1c3d4e5f8a9b0c1d2e3f4a5g")).isEmpty());
    CHECK(RowBookmark::uuidFrom(QStringLiteral("tb_00000000000000000000000000000000")).isEmpty());
}

TEST_CASE("DocxTableReader refuses a DTD and malformed XML", "[docx]")
{
    Result<DocxBlocks> dtd = DocxTableReader::parseDocumentXml(
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>");
    REQUIRE_FALSE(dtd.ok());
    CHECK(dtd.error().contains(QStringLiteral("DTD")));

    Result<DocxBlocks> malformed = DocxTableReader::parseDocumentXml("<w:document><w:body>");
    REQUIRE_FALSE(malformed.ok());

    Result<DocxBlocks> other = DocxTableReader::parseDocumentXml("<html/>");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error() ==
          QStringLiteral("The file is not a Word document: its main part holds no w:document."));

    QByteArray deep = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                      "2006/main\"><w:body>";
    for (int i = 0; i < 5000; ++i)
        deep += "<w:customXml>";
    Result<DocxBlocks> tooDeep = DocxTableReader::parseDocumentXml(deep);
    REQUIRE_FALSE(tooDeep.ok());
    CHECK(tooDeep.error().contains(QStringLiteral("nested")));
}

TEST_CASE("DocxTableReader refuses bad files in one sentence, fast, without touching them",
          "[docx]")
{
    struct Case
    {
        const char *file;
        const char *sentence;
    };
    const Case cases[] = {
        {"bad/old-word.doc", "This is an old Word .doc file, or a password-protected .docx: open "
                             "it in Word or WPS, remove any password, and save it as a Word "
                             "document (.docx)."},
        {"bad/random.docx", "The file is not a zip archive, so it is not a .docx document."},
        {"bad/truncated.docx", "The file is damaged or incomplete (its zip directory is missing); "
                               "ask the sender for the file again."},
        {"bad/no-document.docx",
         "The file is a zip archive but not a Word document: it has no word/document.xml."},
        {"bad/malformed.docx", "The file is damaged: its part “word/document.xml” is not "
                               "well-formed XML (line 2)."},
        {"bad/billion-laughs.docx",
         "The file is refused: its part “word/document.xml” declares a DTD, which a Word "
         "document never needs (it may hide an entity-expansion attack)."},
        {"bad/zip-bomb.docx", "The part “word/document.xml” of the file inflates far beyond its "
                              "compressed size or the size a form may have (a zip bomb?), so it "
                              "was not read."},
        {"bad/zip-bomb-lying.docx",
         "The part “word/document.xml” of the file inflates far beyond its compressed size or "
         "the size a form may have (a zip bomb?), so it was not read."},
        {"bad/many-entries.docx", "The file holds more than 10000 parts, far more than a Word "
                                  "document has; it was not read."},
        {"bad/encrypted-entry.docx",
         "The part “word/document.xml” of the file is encrypted and cannot be read."},
    };
    for (const Case &c : cases) {
        const QString path = test::dataPath(QString::fromLatin1(c.file));
        INFO(c.file);
        const QByteArray before = test::fileDigest(path);
        REQUIRE_FALSE(before.isEmpty());
        QElapsedTimer timer;
        timer.start();
        Result<DocxBlocks> blocks = DocxTableReader::readFile(path);
        CHECK(timer.elapsed() < 2000);
        REQUIRE_FALSE(blocks.ok());
        CHECK(blocks.error() == QString::fromUtf8(c.sentence));
        CHECK(test::fileDigest(path) == before);
    }
    Result<DocxBlocks> missing = DocxTableReader::readFile(QStringLiteral("/nonexistent/x.docx"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() ==
          QStringLiteral("The file “/nonexistent/x.docx” cannot be opened for reading."));
}

TEST_CASE("DocxTableReader reads every tricky construct of the fixture", "[docx]")
{
    Result<DocxBlocks> read =
        DocxTableReader::readFile(test::dataPath(QStringLiteral("docx/tricky.docx")));
    REQUIRE(read.ok());
    const DocxBlocks &blocks = *read;
    REQUIRE(blocks.size() >= 4);
    CHECK(blocks.at(0).text == QStringLiteral("说明：本文件包含各种特殊结构。"));
    CHECK(blocks.at(1).text == QStringLiteral("附件 1"));
    REQUIRE(blocks.at(2).kind == DocxBlock::Kind::Table);
    const DocxTable &t = blocks.at(2).table;
    CHECK(t.columnCount == 6);
    REQUIRE(t.rows.size() == 8); // the tracked deletion of a row is gone
    CHECK(t.text(0, 0) ==
          QStringLiteral(
              "成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表（已有项目）"));
    CHECK(t.text(1, 2) == QStringLiteral("校内单位\n(合作单位)"));
    CHECK(t.text(2, 1) == QStringLiteral("乡村振兴培训项目"));
    CHECK(t.text(2, 3) == QStringLiteral("川渝合作开展乡村振兴干部培训不少于2次。"));
    CHECK(t.text(2, 4) == QStringLiteral("继续开展培训。"));
    CHECK(t.text(2, 5) == QStringLiteral("已开展3次"));
    CHECK(t.text(3, 1) == QStringLiteral("智能农机推广项目"));
    CHECK(t.text(3, 2) == QStringLiteral("智能制造工程学院（内江市）"));
    CHECK(t.text(3, 3) ==
          QStringLiteral("1.在内江市1-2个区县开展山地农机推广应用。\n2.\t引进1-2个农机新产品。"));
    CHECK(t.text(3, 4) == QStringLiteral("第一行\n第二行\n第三行"));
    CHECK(t.text(3, 5) == QString());
    CHECK(t.text(4, 2) == QStringLiteral("材料科学与工程学院\n（电子科技大学）"));
    CHECK(t.text(4, 3) == QStringLiteral("主要内容\n"));
    CHECK(t.rows[4].cells[5].kind == DocxCell::Kind::SpanContinuation);
    CHECK(t.rows[5].cells[2].kind == DocxCell::Kind::VerticalContinuation);
    CHECK(t.text(5, 2) == QStringLiteral("材料科学与工程学院\n（电子科技大学）"));
    CHECK(t.text(5, 4) == QStringLiteral("旧式合并"));
    CHECK(t.rows[5].cells[5].kind == DocxCell::Kind::SpanContinuation);
    CHECK(t.rows[6].cells[0].kind == DocxCell::Kind::Padding);
    CHECK(t.text(6, 1) == QStringLiteral("新位置项目"));
    CHECK(t.text(6, 2) == QStringLiteral("教务处"));
    CHECK(t.text(6, 3) == QStringLiteral("懂的分支"));
    CHECK(t.text(6, 4) == QStringLiteral("计划 AB "));
    CHECK(RowBookmark::uuidFromAny(t.rows[2].bookmarks) ==
          QStringLiteral("0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
    REQUIRE(blocks.at(3).kind == DocxBlock::Kind::Table);
    CHECK(blocks.at(3).table.nestingLevel == 1);
    CHECK(blocks.at(3).table.text(0, 0) == QStringLiteral("嵌套表格内容"));
}
