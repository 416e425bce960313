#include "DocxWriter.h"

#include "docx/RowBookmark.h"

#include "ReportProgress.h"
#include "XmlText.h"
#include "zip/ZipWriter.h"

#include <QUuid>
#include <utility>

namespace tianbao {

namespace {

const QString WordNs =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString RelNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString XmlHeader =
    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
const QString FooterRelId = QStringLiteral("rIdFooter1");

int halfPoints(double points)
{
    return qRound(points * 2);
}

// word/document.xml grows to a hundred megabytes at 10,000 rows: it is built in UTF-8 (half
// the memory of a QString, and no conversion of the whole afterwards).
class Utf8Xml
{
public:
    void reserve(qsizetype size) { m_bytes.reserve(size); }
    Utf8Xml &operator+=(const char *ascii)
    {
        m_bytes += ascii;
        return *this;
    }
    Utf8Xml &operator+=(const QByteArray &utf8)
    {
        m_bytes += utf8;
        return *this;
    }
    Utf8Xml &operator+=(const QString &text)
    {
        m_bytes += text.toUtf8();
        return *this;
    }
    QByteArray take() { return std::exchange(m_bytes, QByteArray()); }

private:
    QByteArray m_bytes;
};

// Builds word/document.xml and the footer. Run properties are written on every run, not only
// in styles: Word, WPS and LibreOffice all honour direct formatting the same way.
class DocumentBuilder
{
public:
    DocumentBuilder(const ReportLayout &layout, ReportProgress *progress)
        : m_layout(layout), m_progress(progress)
    {
        const ReportOptions &options = layout.options();
        m_label = runProperties(options.labelFont, false).toUtf8();
        m_title = runProperties(options.titleFont, false).toUtf8();
        m_header = runProperties(options.headerFont, false).toUtf8();
        m_table = runProperties(options.tableFont, false).toUtf8();
        m_signature = runProperties(options.signatureFont, false).toUtf8();
        m_pageNumber = runProperties(options.pageNumberFont, false);
        m_breakMark = "<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>";
    }

    // The document part in UTF-8; the builder keeps no copy.
    QByteArray document()
    {
        m_xml.reserve(64 * 1024);
        m_xml += XmlHeader;
        m_xml +=
            QStringLiteral("<w:document xmlns:w=\"%1\" xmlns:r=\"%2\"><w:body>").arg(WordNs, RelNs);
        const QVector<ReportBlock> &blocks = m_layout.blocks();
        for (int i = 0; i < blocks.size(); ++i) {
            writeBlock(blocks.at(i));
            const bool last = i == blocks.size() - 1;
            if (last && m_layout.hasSignature()) {
                writeSignature();
            } else {
                // A section ends in a paragraph's properties; a 1-pt mark keeps that paragraph
                // from pushing a full table onto an extra page.
                m_xml += "<w:p><w:pPr>";
                m_xml += m_breakMark;
                if (!last)
                    m_xml += sectionProperties();
                m_xml += "</w:pPr></w:p>";
            }
        }
        m_xml += sectionProperties();
        m_xml += "</w:body></w:document>";
        return m_xml.take();
    }

    QString footer() const
    {
        QString xml = XmlHeader;
        xml += QStringLiteral(
                   "<w:ftr xmlns:w=\"%1\" xmlns:r=\"%2\"><w:p><w:pPr><w:jc w:val=\"center\"/>"
                   "<w:rPr>%3</w:rPr></w:pPr>")
                   .arg(WordNs, RelNs, m_pageNumber);
        const QString run = QStringLiteral("<w:r><w:rPr>%1</w:rPr>%2</w:r>");
        xml += run.arg(m_pageNumber, QStringLiteral("<w:t xml:space=\"preserve\">— </w:t>"));
        xml += run.arg(m_pageNumber, QStringLiteral("<w:fldChar w:fldCharType=\"begin\"/>"));
        xml += run.arg(m_pageNumber,
                       QStringLiteral("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
        xml += run.arg(m_pageNumber, QStringLiteral("<w:fldChar w:fldCharType=\"separate\"/>"));
        xml += run.arg(m_pageNumber, QStringLiteral("<w:t>1</w:t>"));
        xml += run.arg(m_pageNumber, QStringLiteral("<w:fldChar w:fldCharType=\"end\"/>"));
        xml += run.arg(m_pageNumber, QStringLiteral("<w:t xml:space=\"preserve\"> —</w:t>"));
        xml += QStringLiteral("</w:p></w:ftr>");
        return xml;
    }

private:
    QString runProperties(const ReportFont &font, bool bold) const
    {
        const QString latin = XmlText::escape(m_layout.options().latinFamily);
        return QStringLiteral("<w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\" w:eastAsia=\"%2\" "
                              "w:hint=\"eastAsia\"/>%3<w:sz w:val=\"%4\"/><w:szCs w:val=\"%4\"/>"
                              "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>")
            .arg(latin, XmlText::escape(font.family),
                 bold ? QStringLiteral("<w:b/><w:bCs/>") : QString(),
                 QString::number(halfPoints(font.pointSize)));
    }

    QString sectionProperties() const
    {
        const ReportPage &page = ReportLayout::page();
        QString xml = QStringLiteral("<w:sectPr>");
        if (m_layout.options().pageNumbers)
            xml += QStringLiteral("<w:footerReference w:type=\"default\" r:id=\"%1\"/>")
                       .arg(FooterRelId);
        // orient does not swap the sides: a landscape page is written wider than tall.
        xml += QStringLiteral("<w:pgSz w:w=\"%1\" w:h=\"%2\" w:orient=\"landscape\"/>")
                   .arg(page.width)
                   .arg(page.height);
        // The footer's distance from the page edge puts "— 1 —" about 7 mm below the text block.
        xml += QStringLiteral("<w:pgMar w:top=\"%1\" w:right=\"%2\" w:bottom=\"%3\" w:left=\"%4\" "
                              "w:header=\"851\" w:footer=\"%5\" w:gutter=\"0\"/>")
                   .arg(page.marginTop)
                   .arg(page.marginRight)
                   .arg(page.marginBottom)
                   .arg(page.marginLeft)
                   .arg(page.marginBottom - page.footerGap - 360);
        xml += QStringLiteral("<w:cols w:space=\"425\"/></w:sectPr>");
        return xml;
    }

    // One w:p per line; tabs become w:tab. `extra` lands before the first run (a bookmark).
    void writeParagraphs(const QString &text, const QByteArray &rPr,
                         const QByteArray &paragraphProps, const QByteArray &extra = {},
                         const QByteArray &extraEnd = {})
    {
        const QStringList lines = ReportLayout::lines(text);
        const int count = qMax(1, int(lines.size()));
        for (int i = 0; i < count; ++i) {
            m_xml += "<w:p><w:pPr>";
            m_xml += paragraphProps;
            m_xml += "<w:rPr>";
            m_xml += rPr;
            m_xml += "</w:rPr></w:pPr>";
            if (i == 0)
                m_xml += extra;
            const QString line = i < lines.size() ? lines.at(i) : QString();
            if (!line.isEmpty()) {
                m_xml += "<w:r><w:rPr>";
                m_xml += rPr;
                m_xml += "</w:rPr>";
                const QStringList parts = line.split(QLatin1Char('\t'));
                for (int p = 0; p < parts.size(); ++p) {
                    if (p > 0)
                        m_xml += "<w:tab/>";
                    if (!parts.at(p).isEmpty()) {
                        m_xml += "<w:t xml:space=\"preserve\">";
                        m_xml += XmlText::escape(parts.at(p));
                        m_xml += "</w:t>";
                    }
                }
                m_xml += "</w:r>";
            }
            if (i == 0)
                m_xml += extraEnd;
            m_xml += "</w:p>";
        }
    }

    void writeBlock(const ReportBlock &block)
    {
        writeParagraphs(block.label, m_label, QByteArray());
        writeParagraphs(QString(), m_label, QByteArray()); // the title sits on the third line
        writeParagraphs(block.title, m_title,
                        QByteArrayLiteral("<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>"));
        writeTable(block);
    }

    void writeTable(const ReportBlock &block)
    {
        const ReportPage &page = ReportLayout::page();
        m_xml += QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"%1\" w:type=\"dxa\"/>"
                                "<w:jc w:val=\"center\"/><w:tblBorders>")
                     .arg(page.textWidth());
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"})
            m_xml += QStringLiteral(
                         "<w:%1 w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
                         .arg(QLatin1String(side));
        m_xml += QStringLiteral(
                     "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
                     "<w:top w:w=\"%1\" w:type=\"dxa\"/><w:left w:w=\"%2\" w:type=\"dxa\"/>"
                     "<w:bottom w:w=\"%1\" w:type=\"dxa\"/><w:right w:w=\"%2\" w:type=\"dxa\"/>"
                     "</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>")
                     .arg(ReportLayout::CellMarginV)
                     .arg(ReportLayout::CellMarginH);
        for (int width : ReportLayout::columnWidths())
            m_xml += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(width);
        m_xml += "</w:tblGrid>";

        // The header row repeats on every page; no row breaks across a page when it fits.
        m_xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        for (int column = 0; column < ReportLayout::ColumnCount; ++column)
            writeCell(column, block.headers.value(column), m_header, true);
        m_xml += "</w:tr>";

        for (const ReportRow &row : block.rows) {
            if (!stepProgress(m_progress))
                break; // the caller stopped the export: the document is thrown away
            m_xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            const QString bookmark = RowBookmark::nameFor(row.uuid);
            for (int column = 0; column < ReportLayout::ColumnCount; ++column) {
                if (column == 0 && !bookmark.isEmpty()) {
                    const int id = ++m_bookmarkId;
                    writeCell(column, row.cells.value(column), m_table, false,
                              QStringLiteral("<w:bookmarkStart w:id=\"%1\" w:name=\"%2\"/>")
                                  .arg(id)
                                  .arg(bookmark)
                                  .toUtf8(),
                              "<w:bookmarkEnd w:id=\"" + QByteArray::number(id) + "\"/>");
                } else {
                    writeCell(column, row.cells.value(column), m_table, false);
                }
            }
            m_xml += "</w:tr>";
        }
        m_xml += "</w:tbl>";
    }

    void writeCell(int column, const QString &text, const QByteArray &rPr, bool header,
                   const QByteArray &extra = {}, const QByteArray &extraEnd = {})
    {
        m_xml += "<w:tc><w:tcPr><w:tcW w:w=\"";
        m_xml += QByteArray::number(ReportLayout::columnWidths()[size_t(column)]);
        m_xml += "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>";
        const bool centre = header || ReportLayout::columnAlign(column) == CellAlign::Center;
        static const QByteArray centred = QByteArrayLiteral("<w:jc w:val=\"center\"/>");
        static const QByteArray justified = QByteArrayLiteral("<w:jc w:val=\"both\"/>");
        writeParagraphs(text, rPr, centre ? centred : justified, extra, extraEnd);
        m_xml += "</w:tc>";
    }

    void writeSignature()
    {
        const ReportSignature &signature = m_layout.signature();
        writeParagraphs(QString(), m_signature, QByteArray()); // one empty line below the table
        // No automatic space between the characters and the digits (Word and LibreOffice add
        // a quarter of a character each side of "2023"): the date is then as wide as its
        // glyphs, the width the indents were worked out from.
        const QString noAutoSpace =
            QStringLiteral("<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>");
        const QString right =
            noAutoSpace + QStringLiteral("<w:ind w:right=\"%1\"/><w:jc w:val=\"right\"/>");
        writeParagraphs(signature.unit, m_signature, right.arg(signature.unitRightIndent).toUtf8());
        // Beside a longer name the date starts at its place, whatever width its digits have.
        // Its paragraph reaches 2 characters into the right margin: a name exactly as long as
        // the date leaves it no more room than its estimated width, and a font with wider
        // digits would then break it.
        const QString dateProps =
            signature.dateLonger
                ? right.arg(signature.dateRightIndent)
                : noAutoSpace +
                      QStringLiteral("<w:ind w:left=\"%1\" w:right=\"-%2\"/><w:jc w:val=\"left\"/>")
                          .arg(signature.dateLeftIndent)
                          .arg(signature.unitRightIndent);
        writeParagraphs(signature.date, m_signature, dateProps.toUtf8());
    }

    const ReportLayout &m_layout;
    ReportProgress *m_progress;
    Utf8Xml m_xml;
    QByteArray m_label, m_title, m_header, m_table, m_signature, m_breakMark;
    QString m_pageNumber;
    int m_bookmarkId = 0;
};

QString contentTypes(bool withFooter)
{
    QString xml = XmlHeader;
    xml += QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/"
        ">"
        "<Override PartName=\"/word/settings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    if (withFooter)
        xml += QStringLiteral("<Override PartName=\"/word/footer1.xml\" "
                              "ContentType=\"application/"
                              "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>");
    xml += QStringLiteral("</Types>");
    return xml;
}

QString packageRelationships()
{
    return XmlHeader +
           QStringLiteral("<Relationships "
                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" "
                          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships/officeDocument\" Target=\"word/document.xml\"/>"
                          "<Relationship Id=\"rId2\" "
                          "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                          "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                          "</Relationships>");
}

QString documentRelationships(bool withFooter)
{
    QString xml = XmlHeader;
    xml += QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
        "Target=\"settings.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
        "Target=\"fontTable.xml\"/>");
    if (withFooter)
        xml += QStringLiteral("<Relationship Id=\"%1\" "
                              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                              "relationships/footer\" Target=\"footer1.xml\"/>")
                   .arg(FooterRelId);
    xml += QStringLiteral("</Relationships>");
    return xml;
}

QString styles(const ReportOptions &options)
{
    // Defaults matter for what a user adds later in Word: new text gets the table font.
    return XmlHeader +
           QStringLiteral(
               "<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault><w:rPr>"
               "<w:rFonts w:ascii=\"%2\" w:hAnsi=\"%2\" w:eastAsia=\"%3\" w:cs=\"%2\"/>"
               "<w:sz w:val=\"%4\"/><w:szCs w:val=\"%4\"/><w:lang w:val=\"en-US\" "
               "w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
               "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
               "<w:spacing w:after=\"0\" w:line=\"240\" "
               "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
               "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
               "w:val=\"Normal\"/><w:qFormat/>"
               "<w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
               "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
               "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority "
               "w:val=\"1\"/><w:semiHidden/></w:style>"
               "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name "
               "w:val=\"Normal Table\"/>"
               "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
               "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
               "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
               "</w:tblCellMar></w:tblPr></w:style></w:styles>")
               .arg(WordNs, XmlText::escape(options.latinFamily),
                    XmlText::escape(options.tableFont.family),
                    QString::number(halfPoints(options.tableFont.pointSize)));
}

QString settings()
{
    return XmlHeader +
           QStringLiteral(
               "<w:settings xmlns:w=\"%1\"><w:defaultTabStop w:val=\"420\"/>"
               "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat>"
               "<w:compatSetting w:name=\"compatibilityMode\" "
               "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
               "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>")
               .arg(WordNs);
}

// The font table names the English family of each Chinese font and GB2312 as its charset:
// Word substitutes a missing font from these hints (方正小标宋简体 → 宋体 on a plain Windows).
QString fontTable(const ReportOptions &options)
{
    struct Known
    {
        const char *name;
        const char *altName;
        const char *family;
    };
    static const Known known[] = {{"仿宋", "FangSong", "modern"},
                                  {"黑体", "SimHei", "modern"},
                                  {"宋体", "SimSun", "auto"},
                                  {"楷体", "KaiTi", "modern"},
                                  {"仿宋_GB2312", "FangSong_GB2312", "modern"},
                                  {"方正小标宋简体", "宋体", "auto"}};
    QStringList families = {options.labelFont.family,     options.titleFont.family,
                            options.headerFont.family,    options.tableFont.family,
                            options.signatureFont.family, options.pageNumberFont.family};
    families.removeDuplicates();
    QString xml = XmlHeader + QStringLiteral("<w:fonts xmlns:w=\"%1\">").arg(WordNs);
    xml +=
        QStringLiteral("<w:font w:name=\"%1\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
                       "<w:pitch w:val=\"variable\"/></w:font>")
            .arg(XmlText::escape(options.latinFamily));
    for (const QString &family : families) {
        QString altName;
        QString kind = QStringLiteral("auto");
        for (const Known &k : known) {
            if (family == QString::fromUtf8(k.name)) {
                altName = QString::fromUtf8(k.altName);
                kind = QLatin1String(k.family);
            }
        }
        xml += QStringLiteral("<w:font w:name=\"%1\">").arg(XmlText::escape(family));
        if (!altName.isEmpty())
            xml += QStringLiteral("<w:altName w:val=\"%1\"/>").arg(altName);
        xml += QStringLiteral("<w:charset w:val=\"86\"/><w:family w:val=\"%1\"/>"
                              "<w:pitch w:val=\"variable\"/></w:font>")
                   .arg(kind);
    }
    xml += QStringLiteral("</w:fonts>");
    return xml;
}

QString coreProperties(const ReportLayout &layout)
{
    return XmlHeader +
           QStringLiteral("<cp:coreProperties "
                          "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                          "core-properties\" "
                          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                          "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                          "<dc:title>%1</dc:title><dc:creator>%2</dc:creator></cp:coreProperties>")
               .arg(XmlText::escape(layout.documentTitle()), XmlText::escape(layout.author()));
}

} // namespace

Status DocxWriter::write(QIODevice *device) const
{
    const bool withFooter = m_layout.options().pageNumbers;
    // The builder is freed before the zip is built in memory: at 100,000 rows each holds
    // hundreds of megabytes.
    QByteArray document;
    QString footer;
    {
        DocumentBuilder builder(m_layout, m_progress);
        document = builder.document();
        footer = builder.footer();
    }
    if (m_progress && m_progress->stopped())
        return Error{tr("The export was cancelled.")};
    ZipWriter zip;
    zip.addFile(QStringLiteral("[Content_Types].xml"), contentTypes(withFooter).toUtf8());
    zip.addFile(QStringLiteral("_rels/.rels"), packageRelationships().toUtf8());
    zip.addFile(QStringLiteral("docProps/core.xml"), coreProperties(m_layout).toUtf8());
    zip.addFile(QStringLiteral("word/document.xml"), document);
    document = QByteArray(); // the zip holds it (shared)
    zip.addFile(QStringLiteral("word/_rels/document.xml.rels"),
                documentRelationships(withFooter).toUtf8());
    zip.addFile(QStringLiteral("word/styles.xml"), styles(m_layout.options()).toUtf8());
    zip.addFile(QStringLiteral("word/settings.xml"), settings().toUtf8());
    zip.addFile(QStringLiteral("word/fontTable.xml"), fontTable(m_layout.options()).toUtf8());
    if (withFooter)
        zip.addFile(QStringLiteral("word/footer1.xml"), footer.toUtf8());
    return zip.write(device);
}

} // namespace tianbao
