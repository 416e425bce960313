#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/PdfWriter.h"
#include "report/ReportExporter.h"
#include "report/ReportFontFamilies.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "report/pdf/PdfObjectWriter.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tianbao;

namespace {

QString exportPdf(const Form &form, const QTemporaryDir &dir, const ReportOptions &options = {})
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status status = ReportExporter::exportForm(form, path, options);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return path;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

bool havePoppler()
{
    if (test::hasProgram(QStringLiteral("pdftotext")) &&
        test::hasProgram(QStringLiteral("pdffonts")))
        return true;
    WARN("poppler-utils are not installed: the PDF is not read back");
    return false;
}

QByteArray writePdf(const ReportLayout &layout)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = PdfWriter(layout).write(&buffer);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return buffer.data();
}

// A device that takes `room` bytes, then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

// A page as an 8-bit grey image.
QImage greyPage(const QString &pdfPath, int page, int dpi, const QTemporaryDir &dir)
{
    const QString base = dir.filePath(QStringLiteral("page"));
    test::runProgram(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                      QString::number(page), QStringLiteral("-l"), QString::number(page),
                      QStringLiteral("-singlefile"), QStringLiteral("-gray"), pdfPath, base});
    return QImage(base + QStringLiteral(".pgm")).convertToFormat(QImage::Format_Grayscale8);
}

// The share of `a`'s ink (dark pixels) with no ink of `b` within `radius` pixels: near 0 when
// the same text and lines sit in the same places, whatever the two renderers' anti-aliasing.
double unmatchedInk(const QImage &a, const QImage &b, int radius = 1)
{
    int ink = 0, unmatched = 0;
    const int width = qMin(a.width(), b.width()), height = qMin(a.height(), b.height());
    for (int y = 0; y < height; ++y) {
        const uchar *line = a.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            if (line[x] >= 128)
                continue;
            ++ink;
            bool found = false;
            for (int dy = -radius; dy <= radius && !found; ++dy) {
                if (y + dy < 0 || y + dy >= height)
                    continue;
                const uchar *near = b.constScanLine(y + dy);
                for (int dx = -radius; dx <= radius && !found; ++dx)
                    found = x + dx >= 0 && x + dx < width && near[x + dx] < 160;
            }
            unmatched += found ? 0 : 1;
        }
    }
    return ink ? double(unmatched) / ink : 1;
}

} // namespace

TEST_CASE("The PDF embeds its fonts and gives every project name back")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const Form form = test::filledForm();
    const QString path = exportPdf(form, dir);

    const QString fonts =
        QString::fromUtf8(test::runProgram(QStringLiteral("pdffonts"), {path}).out);
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        // Columns: name type encoding emb sub uni object ID; "emb" must say yes.
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
    CHECK(fonts.contains(QStringLiteral("CJK")));
    // Subsets of the drawn glyphs (a tag like KXQPRM+), as CFF CID fonts with ToUnicode maps.
    CHECK(fonts.contains(QRegularExpression(QStringLiteral("[A-Z]{6}\\+NotoS"))));
    CHECK(fonts.contains(QStringLiteral("CID Type 0C")));

    const QString text = withoutSpace(test::pdfText(path));
    for (const Row &row : form.attachment(Attachment::ExistingKey)->rows)
        CHECK(text.contains(withoutSpace(row.value(Field::Name))));
    CHECK(text.contains(QStringLiteral("天冬组培快繁技术实现部分量产")));
    CHECK(text.contains(QStringLiteral("扩散增亮膜已被京东方采用")));
    CHECK(text.contains(QStringLiteral("附件1")));
    CHECK(text.contains(QStringLiteral("附件2")));
    CHECK(text.contains(QStringLiteral("材料科学与工程学院2023年12月26日")));
    CHECK(text.contains(QStringLiteral("—1—")));

    // Two more readers that share no code with poppler: qpdf checks the file's structure,
    // Ghostscript reads our font programs and ToUnicode maps with its own font machinery.
    if (test::hasProgram(QStringLiteral("qpdf"))) {
        const test::ProgramResult check =
            test::runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    } else {
        WARN("qpdf is not installed: the PDF's structure is not checked by a second reader");
    }
    if (test::hasProgram(QStringLiteral("gs"))) {
        const QString gsText = withoutSpace(QString::fromUtf8(
            test::runProgram(QStringLiteral("gs"),
                             {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"),
                              QStringLiteral("-dBATCH"), QStringLiteral("-dSAFER"),
                              QStringLiteral("-sDEVICE=txtwrite"), QStringLiteral("-sOutputFile=-"),
                              path})
                .out));
        // Ghostscript joins the cells of one baseline into a line: names that wrap are
        // interleaved with their neighbours, so the first four characters are looked for.
        for (const Row &row : form.attachment(Attachment::ExistingKey)->rows)
            CHECK(gsText.contains(withoutSpace(row.value(Field::Name)).left(4)));
        CHECK(gsText.contains(QStringLiteral("项目成效与2024年计划")));
        CHECK(gsText.contains(QStringLiteral("材料科学与工程学院")));
    } else {
        WARN("Ghostscript is not installed: the PDF is not read by a second renderer");
    }
}

TEST_CASE("The PDF page is A4 landscape and each attachment starts a page")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const QString path = exportPdf(test::filledForm(), dir);
    const QString info = QString::fromUtf8(test::runProgram(QStringLiteral("pdfinfo"), {path}).out);
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+(841\\.\\d+|842) x 595(\\.\\d+)? pts"))));
    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 3);
    CHECK(pages <= 6);
    // The last page is 附件2's alone.
    const QString last = test::pdfPageText(path, pages);
    CHECK(withoutSpace(last).contains(QStringLiteral("附件2")));
    CHECK_FALSE(withoutSpace(last).contains(QStringLiteral("附件1")));
}

TEST_CASE("A long PDF repeats the header row and numbers every page")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    ReportOptions options;
    options.attachmentKeys = {Attachment::ExistingKey};
    const Form form = test::longForm(60);
    const QString path = exportPdf(form, dir, options);
    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 10);
    CHECK(pages <= 40);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = withoutSpace(test::pdfPageText(path, page));
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("序号合作项目项目内容")));
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
        all += text;
    }
    for (int i = 1; i <= 60; ++i)
        CHECK(all.contains(QStringLiteral("长项目%1号").arg(i)));
}

namespace {

// The filled form with row `index` of 附件1 taller than a page: 80 lines "第N条：…".
Form formWithTallRow(int index)
{
    Form form = test::filledForm();
    QStringList lines;
    for (int i = 1; i <= 80; ++i)
        lines << QStringLiteral("第%1条：开展乡村振兴干部培训。").arg(i);
    form.attachment(Attachment::ExistingKey)
        ->rows[index]
        .setValue(Field::Progress, lines.join(QLatin1Char('\n')));
    return form;
}

} // namespace

TEST_CASE("A row taller than a page flows over instead of being lost")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const Form form = formWithTallRow(1);
    const QString path = exportPdf(form, dir);
    const QString text = withoutSpace(test::pdfText(path));
    for (int i = 1; i <= 80; ++i)
        CHECK(text.contains(QStringLiteral("第%1条：").arg(i)));
    CHECK(test::pdfPageCount(path) >= 4);
}

TEST_CASE("A first row taller than a page starts under the title, not on the next page")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const Form form = formWithTallRow(0);
    const QString path = exportPdf(form, dir);
    const QString firstPage = withoutSpace(test::pdfPageText(path, 1));
    CHECK(firstPage.contains(QStringLiteral("序号")));
    CHECK(firstPage.contains(QStringLiteral("第1条：")));
    const QString text = withoutSpace(test::pdfText(path));
    for (int i = 1; i <= 80; ++i)
        CHECK(text.contains(QStringLiteral("第%1条：").arg(i)));
}

TEST_CASE("The PDF's date starts 2 characters right of the unit's name, whatever its digits' "
          "width")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    Form form = test::filledForm();
    // A name longer than the date, then one shorter (the date ends 2 characters from the
    // right and the name moves left). Noto's digits are wider than half a character: a date
    // aligned by its estimated width started 26 pt, not 32 pt, right of the name.
    // Seven characters: as long as the date by ReportLayout's estimate, shorter as drawn.
    const QString unit = GENERATE(QStringLiteral("材料科学与工程学院"), QStringLiteral("药学院"),
                                  QStringLiteral("计算机科学学院"));
    form.properties.unit = unit;
    const QString pdf = exportPdf(form, dir);
    const auto [name, date] = test::signatureStarts(pdf, unit, QStringLiteral("2023"));
    INFO(unit.toStdString());
    REQUIRE(name > 0);
    REQUIRE(date > 0);
    CHECK(qAbs(date - name - 32) < 0.5); // 2 characters of 3号 (16 pt)
    // The date is one line: no word of it below the rest.
    bool whole = false;
    for (const test::PdfWord &word : test::pdfLastPageWords(pdf))
        whole = whole || word.text == QStringLiteral("2023年12月26日");
    CHECK(whole);
}

TEST_CASE("PdfWriter writes to any device without page numbers when asked")
{
    ReportOptions options;
    options.pageNumbers = false;
    const ReportLayout layout = ReportLayout::build(test::filledForm(), options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(PdfWriter(layout).write(&buffer).ok());
    CHECK(buffer.data().startsWith("%PDF-"));
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    CHECK_FALSE(withoutSpace(test::pdfText(path)).contains(QStringLiteral("—1—")));
}

TEST_CASE("Text copied from the PDF is the text written, not the radicals sharing its glyphs")
{
    if (!havePoppler())
        return;
    // 目 and ⽬ (U+2F6C), 黄 and ⻩ (U+2EE9) share a glyph in the CJK fonts: the PDF must say
    // which one was written, or a search for 项目 fails.
    Form form = test::filledForm();
    Row &row = form.attachment(Attachment::ExistingKey)->rows[0];
    row.setValue(Field::Progress, QStringLiteral("黄精项目：𠮷野家式的扩展汉字也在。"));
    QTemporaryDir dir;
    const QString text = withoutSpace(test::pdfText(exportPdf(form, dir)));
    CHECK(text.contains(QStringLiteral("黄精项目：")));
    CHECK(text.contains(QStringLiteral("项目成效与2024年计划要点表")));
    if (QRawFont::fromFont(QFont(QStringLiteral("Noto Serif CJK SC"))).supportsCharacter(0x20BB7))
        CHECK(text.contains(QStringLiteral("𠮷野家式")));
    for (const QChar c : text) {
        INFO("U+" << QString::number(c.unicode(), 16));
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    }
}

TEST_CASE("The PDF's pages look like the printer's: the same text in the same places")
{
    if (!test::hasProgram(QStringLiteral("pdftoppm")))
        return;
    QTemporaryDir dir;
    const ReportLayout layout = ReportLayout::build(test::filledForm(), ReportOptions());
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(writePdf(layout));
    file.close();

    // The printer's and the preview's painting of the same pages.
    const ReportPainter pages(layout);
    REQUIRE(pages.pageCount() >= 2);
    const int dpi = 100;
    const auto painted = [&](int index) {
        QImage image(QSize(1170, 827), QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(qreal(dpi) / ReportPainter::Resolution,
                      qreal(dpi) / ReportPainter::Resolution);
        pages.paintPage(&painter, index);
        painter.end();
        return image;
    };
    for (int page = 1; page <= 2; ++page) {
        INFO("page " << page);
        const QImage pdf = greyPage(path, page, dpi, dir);
        REQUIRE(pdf.width() >= 1169);
        const QImage print = painted(page - 1);
        CHECK(unmatchedInk(pdf, print) < 0.03);
        CHECK(unmatchedInk(print, pdf) < 0.03);
        // The measure tells pages apart: the other page's ink is mostly elsewhere.
        CHECK(unmatchedInk(pdf, painted(page % 2)) > 0.3);
    }
}

TEST_CASE("A PDF that cannot be written all says so in one sentence")
{
    const ReportLayout layout = ReportLayout::build(test::filledForm(), ReportOptions());
    for (const qint64 room : {qint64(0), qint64(2000), qint64(60000)}) {
        INFO("room " << room);
        FullDevice device(room);
        const Status status = PdfWriter(layout).write(&device);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().contains(QStringLiteral("No space left on device")));
    }
}

TEST_CASE("A title asked bold of a face without a bold style looks as the printer shows it")
{
    const QString regularOnly = QStringLiteral("DejaVu Math TeX Gyre");
    if (!QFontDatabase::hasFamily(regularOnly) ||
        QFontDatabase::styles(regularOnly).contains(QStringLiteral("Bold"))) {
        WARN("no regular-only font to try");
        return;
    }
    if (!test::hasProgram(QStringLiteral("pdftoppm")))
        return;
    // Bold is asked of a face that has no bold (the year's digits of the title), after the
    // same face was drawn regular ("附件2"): whatever Qt makes of it, the PDF shows the
    // printer's outlines.
    ReportOptions options;
    options.titleFont.family = QStringLiteral("No Such Font");
    options.titleFallbackFamily = regularOnly;
    options.labelFont.family = regularOnly;
    options.attachmentKeys = {Attachment::NewKey};
    const ReportLayout layout = ReportLayout::build(test::filledForm(), options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(writePdf(layout));
    file.close();

    const int dpi = 200;
    const QImage pdf = greyPage(path, 1, dpi, dir);

    QImage print(pdf.size(), QImage::Format_Grayscale8);
    print.fill(Qt::white);
    QPainter painter(&print);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(qreal(dpi) / ReportPainter::Resolution, qreal(dpi) / ReportPainter::Resolution);
    ReportPainter(layout).paintPage(&painter, 0);
    painter.end();
    CHECK(unmatchedInk(print, pdf) < 0.03);
    CHECK(unmatchedInk(pdf, print) < 0.03);
}

TEST_CASE("Letters a font joins into one glyph copy as the letters")
{
    // DejaVu Sans draws "fi" and "fl" as ligatures: glyphs no character maps to.
    const QString latin = QStringLiteral("DejaVu Sans");
    if (!QFontDatabase::hasFamily(latin) || !havePoppler()) {
        WARN("DejaVu Sans or poppler is not installed");
        return;
    }
    Form form = test::filledForm();
    form.attachment(Attachment::ExistingKey)
        ->rows[0]
        .setValue(Field::Progress, QStringLiteral("office file flow：办公文件流程"));
    ReportOptions options;
    options.tableFont.family = latin;
    QTemporaryDir dir;
    const QString text = withoutSpace(test::pdfText(exportPdf(form, dir, options)));
    CHECK(text.contains(QStringLiteral("officefileflow：办公文件流程")));
}

TEST_CASE("A 2-em dash is drawn as one joined dash")
{
    // Noto CJK joins —— into one long glyph when the text is shaped; unshaped (as Qt lays out
    // text with QFont::PreferNoShaping, which was tried for speed) the two dashes show a gap
    // that Chinese readers do not expect. A glyph that no character maps to is what makes the
    // PDF carry the line's text as ActualText.
    const QRawFont table = QRawFont::fromFont(ReportFontFamilies::font(ReportOptions().tableFont));
    if (!table.familyName().startsWith(QStringLiteral("Noto")) ||
        !test::hasProgram(QStringLiteral("qpdf"))) {
        WARN("Noto CJK or qpdf is not installed: the dash is not checked");
        return;
    }
    Form form = test::filledForm();
    form.attachment(Attachment::ExistingKey)
        ->rows[0]
        .setValue(Field::Progress, QStringLiteral("合作——与四川"));
    QTemporaryDir dir;
    const QString pdf = exportPdf(form, dir);
    // Uncompressed, the page streams can be read.
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const test::ProgramResult qpdf = test::runProgram(
        QStringLiteral("qpdf"),
        {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, plain});
    REQUIRE(qpdf.exitCode == 0);
    QFile file(plain);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // qpdf writes strings in lower-case hexadecimal.
    CHECK(file.readAll().toLower().contains(
        "/actualtext " + PdfObjectWriter::textString(QStringLiteral("合作——与四川")).toLower()));
}
