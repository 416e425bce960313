#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "docx/RowBookmark.h"
#include "form/UnitsCell.h"
#include "report/DocxWriter.h"
#include "report/ReportExporter.h"
#include "report/ReportLayout.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace tianbao;

namespace {

QString exportDocx(const Form &form, const QTemporaryDir &dir, const ReportOptions &options = {})
{
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    const Status status = ReportExporter::exportForm(form, path, options);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return path;
}

int count(const QString &text, const QString &pattern)
{
    return int(text.count(QRegularExpression(pattern)));
}

QStringList attributeValues(const QString &xml, const QString &pattern)
{
    QStringList values;
    auto it = QRegularExpression(pattern).globalMatch(xml);
    while (it.hasNext())
        values << it.next().captured(1);
    return values;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

QStringList expectedCells(const Row &row, int seq)
{
    return {QString::number(seq),
            row.value(Field::Name),
            row.value(Field::Content),
            UnitsCell::join(row.value(Field::Units), row.value(Field::Partners)),
            row.value(Field::Progress),
            row.value(Field::Plan)};
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

TEST_CASE("The DOCX package has every part Word and WPS expect")
{
    QTemporaryDir dir;
    const QString path = exportDocx(test::filledForm(), dir);
    const QStringList names = test::zipEntryNames(path);
    REQUIRE_FALSE(names.isEmpty());
    CHECK(names.first() == QStringLiteral("[Content_Types].xml"));
    for (const char *part :
         {"_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
          "word/settings.xml", "word/footer1.xml", "word/fontTable.xml", "docProps/core.xml"}) {
        INFO(part);
        CHECK(names.contains(QString::fromLatin1(part)));
        CHECK(wellFormed(test::zipEntry(path, QString::fromLatin1(part))));
    }
    const QString types =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("[Content_Types].xml")));
    CHECK(types.contains(QStringLiteral("/word/footer1.xml")));
    const QString core =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("docProps/core.xml")));
    CHECK(core.contains(QStringLiteral(
        "<dc:title>成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表</dc:title>")));
}

TEST_CASE("The DOCX table follows report-layout.md")
{
    QTemporaryDir dir;
    const Form form = test::filledForm();
    const QString path = exportDocx(form, dir);
    const QString xml =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("word/document.xml")));
    REQUIRE(!xml.isEmpty());

    // Two tables, each with the grid of the layout and a fixed layout.
    const QStringList grid = attributeValues(xml, QStringLiteral("<w:gridCol w:w=\"(\\d+)\"/>"));
    const QStringList expectedGrid = {QStringLiteral("765"),  QStringLiteral("1913"),
                                      QStringLiteral("2806"), QStringLiteral("1913"),
                                      QStringLiteral("3062"), QStringLiteral("2297")};
    CHECK(grid == expectedGrid + expectedGrid);
    CHECK(count(xml, QStringLiteral("<w:tblLayout w:type=\"fixed\"/>")) == 2);
    CHECK(count(xml, QStringLiteral("<w:tblBorders>(<w:(top|left|bottom|right|insideH|insideV) "
                                    "w:val=\"single\"[^>]*/>){6}</w:tblBorders>")) == 2);

    // Every cell's width is its grid column's, in dxa.
    const QStringList tcWidths =
        attributeValues(xml, QStringLiteral("<w:tcW w:w=\"(\\d+)\" w:type=\"dxa\"/>"));
    const int rowCount = 1 + 13 + 1; // 附件1 header + rows, 附件2 header
    REQUIRE(tcWidths.size() == rowCount * 6);
    for (int i = 0; i < tcWidths.size(); ++i)
        CHECK(tcWidths.at(i) == expectedGrid.at(i % 6));
    CHECK(count(xml, QStringLiteral("<w:tc>")) == rowCount * 6);
    CHECK(count(xml, QStringLiteral("</w:p></w:tc>")) == rowCount * 6);

    // The header row repeats; no row splits.
    CHECK(count(xml, QStringLiteral("<w:tr>")) == rowCount);
    CHECK(count(xml, QStringLiteral("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")) == 2);
    CHECK(count(xml, QStringLiteral("<w:cantSplit/>")) == rowCount);

    // Landscape A4 with the margins in twips, one section per attachment.
    CHECK(count(xml, QStringLiteral(
                         "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")) == 2);
    CHECK(
        count(xml,
              QStringLiteral(
                  "<w:pgMar w:top=\"1587\" w:right=\"2098\" w:bottom=\"1474\" w:left=\"1984\"")) ==
        2);
    CHECK(count(xml, QStringLiteral("<w:footerReference w:type=\"default\"")) == 2);

    // Fonts: Latin and East Asian per run, the Chinese language, sizes in half points.
    CHECK(xml.contains(
        QStringLiteral("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                       "w:eastAsia=\"仿宋\" w:hint=\"eastAsia\"/><w:sz w:val=\"21\"/><w:szCs "
                       "w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>")));
    CHECK(xml.contains(
        QStringLiteral("w:eastAsia=\"黑体\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/>"))); // 附件1
    CHECK(xml.contains(
        QStringLiteral("w:eastAsia=\"方正小标宋简体\" w:hint=\"eastAsia\"/><w:sz w:val=\"44\"/>")));
    const int runs = count(xml, QStringLiteral("<w:r>"));
    CHECK(
        count(xml, QStringLiteral(
                       "<w:r><w:rPr><w:rFonts [^>]*w:eastAsia=\"[^\"]+\" w:hint=\"eastAsia\"/>")) ==
        runs);
    CHECK(count(xml, QStringLiteral("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>")) >= runs);

    const QString footer =
        QString::fromUtf8(test::zipEntry(path, QStringLiteral("word/footer1.xml")));
    CHECK(footer.contains(QStringLiteral(" PAGE ")));
    CHECK(footer.contains(QStringLiteral("— </w:t>")));
    CHECK(footer.contains(
        QStringLiteral("w:eastAsia=\"宋体\" w:hint=\"eastAsia\"/><w:sz w:val=\"28\"/>")));

    // The signature: the name aligned right 2 characters from the edge, the date starting 2
    // characters right of the name's start (12756 - 9 * 320), with no automatic space around
    // its digits.
    const QString noAutoSpace =
        QStringLiteral("<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>");
    CHECK(xml.contains(noAutoSpace +
                       QStringLiteral("<w:ind w:right=\"640\"/><w:jc w:val=\"right\"/>")));
    CHECK(xml.contains(
        noAutoSpace +
        QStringLiteral("<w:ind w:left=\"9876\" w:right=\"-640\"/><w:jc w:val=\"left\"/>")));
    CHECK(xml.contains(QStringLiteral(">材料科学与工程学院</w:t>")));
    CHECK(xml.contains(QStringLiteral(">2023年12月26日</w:t>")));
}

TEST_CASE("Every DOCX cell holds the form's text, one paragraph per line")
{
    QTemporaryDir dir;
    const Form form = test::filledForm();
    const QString path = exportDocx(form, dir);
    const QByteArray xml = test::zipEntry(path, QStringLiteral("word/document.xml"));
    const QVector<test::DocxTable> tables = test::docxTables(xml);
    REQUIRE(tables.size() == 2);
    const Attachment &existing = *form.attachment(Attachment::ExistingKey);
    const test::DocxTable &table = tables.first();
    REQUIRE(table.size() == 14);
    CHECK(table.first() ==
          QVector<QString>({QStringLiteral("序号"), QStringLiteral("合作项目"),
                            QStringLiteral("项目内容"), QStringLiteral("校内单位\n（合作单位）"),
                            QStringLiteral("进展与成效"), QStringLiteral("2024年计划要点")}));
    for (int i = 0; i < 13; ++i) {
        INFO("row " << i + 1);
        CHECK(QStringList(table.at(i + 1).toList()) == expectedCells(existing.rows.at(i), i + 1));
    }
    CHECK(tables.at(1).size() == 1); // 附件2: the header only
    // One w:p per line: row 5's progress has three lines.
    CHECK(table.at(5).at(4).count(QLatin1Char('\n')) == 2);
}

TEST_CASE("Each DOCX data row carries a tb_<uuid> bookmark")
{
    QTemporaryDir dir;
    Form form = test::filledForm();
    form.properties.noNewProjects = true;
    const QString path = exportDocx(form, dir);
    const QByteArray xml = test::zipEntry(path, QStringLiteral("word/document.xml"));
    const auto bookmarks = test::docxRowBookmarks(xml);
    REQUIRE(bookmarks.size() == 2);
    const Attachment &existing = *form.attachment(Attachment::ExistingKey);
    REQUIRE(bookmarks.first().size() == 14);
    CHECK(bookmarks.first().first().isEmpty()); // the header row
    for (int i = 0; i < 13; ++i) {
        const QString expected =
            QStringLiteral("tb_") + QString(existing.rows.at(i).uuid).remove(QLatin1Char('-'));
        CHECK(bookmarks.first().at(i + 1) == QStringList{expected});
        CHECK(expected.size() <= 40);
    }
    // The 无 row is no form row: no bookmark.
    REQUIRE(bookmarks.at(1).size() == 2);
    CHECK(bookmarks.at(1).at(1).isEmpty());
    CHECK(test::docxTables(xml).at(1).at(1).at(1) == QStringLiteral("无"));
    CHECK(RowBookmark::nameFor(QStringLiteral("not a uuid")).isEmpty());
}

TEST_CASE("DOCX text is escaped and loses characters XML forbids")
{
    QTemporaryDir dir;
    Form form = test::filledForm();
    Row &row = form.attachment(Attachment::ExistingKey)->rows[0];
    row.setValue(Field::Name,
                 QStringLiteral("A&B <C> \"D\"") + QChar(0x01) + QStringLiteral("E") + QChar(0x0B));
    row.setValue(Field::Plan, QStringLiteral("甲\t乙]]>丙"));
    form.properties.unit = QStringLiteral("R&D <学院>");
    const QString path = exportDocx(form, dir);
    const QByteArray xml = test::zipEntry(path, QStringLiteral("word/document.xml"));
    CHECK(wellFormed(xml));
    CHECK(wellFormed(test::zipEntry(path, QStringLiteral("docProps/core.xml"))));
    const auto tables = test::docxTables(xml);
    CHECK(tables.at(0).at(1).at(1) == QStringLiteral("A&B <C> \"D\"E"));
    CHECK(tables.at(0).at(1).at(5) == QStringLiteral("甲\t乙]]>丙"));
    CHECK(QString::fromUtf8(xml).contains(QStringLiteral("R&amp;D &lt;学院&gt;")));
}

TEST_CASE("LibreOffice keeps the row bookmarks and prints every project")
{
    if (!test::hasProgram(QStringLiteral("soffice"))) {
        WARN("soffice is not installed: the LibreOffice round trip is not checked");
        return;
    }
    QTemporaryDir dir;
    const Form form = test::filledForm();
    const QString path = exportDocx(form, dir);
    QDir(dir.path()).mkdir(QStringLiteral("lo"));
    const QString loDir = dir.filePath(QStringLiteral("lo"));

    const QString roundTrip = test::convertWithLibreOffice(path, QStringLiteral("docx"), loDir);
    REQUIRE_FALSE(roundTrip.isEmpty());
    const QByteArray xml = test::zipEntry(roundTrip, QStringLiteral("word/document.xml"));
    // Each bookmark is still in its own row.
    const auto bookmarks = test::docxRowBookmarks(xml);
    REQUIRE_FALSE(bookmarks.isEmpty());
    REQUIRE(bookmarks.first().size() == 14);
    const QVector<Row> &rows = form.attachment(Attachment::ExistingKey)->rows;
    for (int i = 0; i < rows.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(bookmarks.first().at(i + 1).contains(
            QStringLiteral("tb_") + QString(rows.at(i).uuid).remove(QLatin1Char('-'))));
    }
    // And the cells still read back.
    const auto tables = test::docxTables(xml);
    REQUIRE_FALSE(tables.isEmpty());
    CHECK(tables.first().at(5).at(1) == QStringLiteral("与四川大学高分子科学与工程学院合作项目"));

    const QString pdf = test::convertWithLibreOffice(path, QStringLiteral("pdf"), loDir);
    REQUIRE_FALSE(pdf.isEmpty());
    // LibreOffice puts the date 2 characters (32 pt) right of the name's start, though it
    // spaces the digits from the characters (the date is 128 pt wide, not 112).
    const auto [name, date] =
        test::signatureStarts(pdf, form.properties.unit, QStringLiteral("2023"));
    REQUIRE(name > 0);
    REQUIRE(date > 0);
    CHECK(qAbs(date - name - 32) < 1);
    const QString text = withoutSpace(test::pdfText(pdf));
    for (const Row &row : form.attachment(Attachment::ExistingKey)->rows)
        CHECK(text.contains(withoutSpace(row.value(Field::Name))));
    CHECK(text.contains(QStringLiteral("扩散增亮膜已被京东方采用")));
    CHECK(text.contains(QStringLiteral("—1—")));
    CHECK(test::pdfPageCount(pdf) >= 2);
}
