#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/HtmlWriter.h"
#include "report/ReportLayout.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("HTML escapes every text and prints a repeating header")
{
    Form form = test::filledForm();
    Row &row = form.attachment(Attachment::ExistingKey)->rows[0];
    row.setValue(Field::Name, QStringLiteral("<script>alert(1)</script>&") + QChar(0x07));
    form.properties.unit = QStringLiteral("\"学院\"");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(HtmlWriter(ReportLayout::build(form, {})).write(&buffer).ok());
    const QString html = QString::fromUtf8(buffer.data());
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;&amp;</td>")));
    CHECK(html.contains(QStringLiteral("&quot;学院&quot;")));
    CHECK(html.contains(
        QStringLiteral("@page { size: A4 landscape; margin: 28.0mm 37.0mm 26.0mm 35.0mm; }")));
    CHECK(html.contains(QStringLiteral("<thead><tr><th>序号</th><th>合作项目</th>")));
    CHECK(html.contains(QStringLiteral("<th>校内单位<br>（合作单位）</th>")));
    CHECK(html.contains(QStringLiteral("<tr data-row-uuid=\"%1\">").arg(row.uuid)));
    CHECK(html.contains(
        QStringLiteral("1.与四川大学联合研发的扩散增亮膜已被京东方采用，亮度提升16%。<br>2.")));
    CHECK(html.count(QStringLiteral("<section>")) == 2);
}

TEST_CASE("HTML names the report's fonts in CSS, which <style> does not unescape")
{
    ReportOptions options;
    options.labelFont.family = QStringLiteral("黑体");
    options.tableFont.family = QStringLiteral("My \"Font\" </style><script>x</script>");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(HtmlWriter(ReportLayout::build(test::filledForm(), options)).write(&buffer).ok());
    const QString html = QString::fromUtf8(buffer.data());
    const qsizetype start = html.indexOf(QStringLiteral("<style>"));
    const qsizetype end = html.indexOf(QStringLiteral("</style>"));
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    const QString style = html.mid(start, end - start);
    // Entities mean nothing in CSS: none may be there.
    CHECK_FALSE(style.contains(QLatin1Char('&')));
    CHECK(style.contains(QStringLiteral(".label { font-family: \"黑体\"")));
    // A hostile name stays inside its string: quotes and angle brackets are CSS escapes.
    CHECK(style.contains(QStringLiteral(
        "body { font-family: \"My \\22 Font\\22  \\3c /style\\3e \\3c script\\3e x")));
    CHECK(html.count(QStringLiteral("</style>")) == 1);
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
}

TEST_CASE("The HTML's date starts 2 characters right of the unit's name, as a browser prints it")
{
    const QString unit = GENERATE(QStringLiteral("材料科学与工程学院"), QStringLiteral("药学院"),
                                  QStringLiteral("计算机科学学院"));
    Form form = test::filledForm();
    form.properties.unit = unit;
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    {
        QFile file(html);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(HtmlWriter(ReportLayout::build(form, {})).write(&file).ok());
    }
    if (!test::hasProgram(QStringLiteral("weasyprint")) ||
        !test::hasProgram(QStringLiteral("pdftotext"))) {
        WARN("weasyprint or pdftotext is not installed: the HTML is not printed");
        return;
    }
    // An independent renderer prints it; the steps are measured on its PDF.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(test::runProgram(QStringLiteral("weasyprint"), {html, pdf}).exitCode == 0);
    const auto [name, date] = test::signatureStarts(pdf, unit, QStringLiteral("2023"));
    INFO(unit.toStdString());
    REQUIRE(name > 0);
    REQUIRE(date > 0);
    CHECK(qAbs(date - name - 32) < 1); // 2 characters of 16 pt
    // Nothing ends closer than 2 characters to the right margin (A4 landscape, 37 mm).
    const double rightEdge = 841.89 - 37 / 25.4 * 72;
    for (const test::PdfWord &word : test::pdfLastPageWords(pdf)) {
        if (word.text == unit || word.text.startsWith(QStringLiteral("2023")))
            CHECK(word.x < rightEdge - 32);
    }
}
