#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/PdfWriter.h"
#include "report/ReportExporter.h"
#include "report/ReportLayout.h"

#include <QBuffer>
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

    const QString text = withoutSpace(test::pdfText(path));
    for (const Row &row : form.attachment(Attachment::ExistingKey)->rows)
        CHECK(text.contains(withoutSpace(row.value(Field::Name))));
    CHECK(text.contains(QStringLiteral("天冬组培快繁技术实现部分量产")));
    CHECK(text.contains(QStringLiteral("扩散增亮膜已被京东方采用")));
    CHECK(text.contains(QStringLiteral("附件1")));
    CHECK(text.contains(QStringLiteral("附件2")));
    CHECK(text.contains(QStringLiteral("材料科学与工程学院2023年12月26日")));
    CHECK(text.contains(QStringLiteral("—1—")));
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
    const QString last = QString::fromUtf8(
        test::runProgram(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"),
                          QString::number(pages), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                          path, QStringLiteral("-")})
            .out);
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
        const QString text = withoutSpace(QString::fromUtf8(
            test::runProgram(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), QStringLiteral("-raw"), QStringLiteral("-enc"),
                              QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                .out));
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("序号合作项目项目内容")));
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
        all += text;
    }
    for (int i = 1; i <= 60; ++i)
        CHECK(all.contains(QStringLiteral("长项目%1号").arg(i)));
}

TEST_CASE("A row taller than a page flows over instead of being lost")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    Form form = test::filledForm();
    Row &row = form.attachment(Attachment::ExistingKey)->rows[1];
    QStringList lines;
    for (int i = 1; i <= 80; ++i)
        lines << QStringLiteral("第%1条：开展乡村振兴干部培训。").arg(i);
    row.setValue(Field::Progress, lines.join(QLatin1Char('\n')));
    const QString path = exportPdf(form, dir);
    const QString text = withoutSpace(test::pdfText(path));
    for (int i = 1; i <= 80; ++i)
        CHECK(text.contains(QStringLiteral("第%1条：").arg(i)));
    CHECK(test::pdfPageCount(path) >= 4);
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
