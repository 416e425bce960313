#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/ReportExporter.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "report/ReportProgress.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("ReportPainter lays out the PDF's pages and paints any of them on another device")
{
    const Form form = test::longForm(40);
    const ReportLayout layout = ReportLayout::build(form, ReportOptions());
    const ReportPainter pages(layout);
    REQUIRE(pages.pageCount() >= 3);
    CHECK_FALSE(pages.cancelled());
    int rows = 0;
    for (int i = 0; i < pages.pageCount(); ++i)
        rows += pages.rowsOnPage(i);
    CHECK(rows >= 40);

    if (test::hasProgram(QStringLiteral("pdfinfo"))) {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        REQUIRE(ReportExporter::exportForm(form, pdf, ReportOptions()).ok());
        CHECK(test::pdfPageCount(pdf) == pages.pageCount());
    }

    // Page 2 on a 96 dpi image: scaled from twips, it covers the page's table, not a corner.
    QImage image(QSize(1123, 794), QImage::Format_RGB32); // A4 landscape at 96 dpi
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(96.0 / ReportPainter::Resolution, 96.0 / ReportPainter::Resolution);
    pages.paintPage(&painter, 1);
    painter.end();
    int darkLeft = 0, darkRight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++(x < image.width() / 2 ? darkLeft : darkRight);
        }
    }
    CHECK(darkLeft > 1000);
    CHECK(darkRight > 1000);
    CHECK(qGray(image.pixel(5, 5)) == 255); // the margin stays blank
}

TEST_CASE("Progress counts the rows and a stop leaves no file and the old one intact")
{
    QTemporaryDir dir;
    const Form form = test::longForm(30);
    const QString format = GENERATE(QStringLiteral("docx"), QStringLiteral("pdf"),
                                    QStringLiteral("xlsx"), QStringLiteral("csv"));
    const QString path = dir.filePath(QStringLiteral("r.") + format);

    int calls = 0, last = -1, total = 0;
    ReportProgress progress([&](int done, int all) {
        ++calls;
        CHECK(done >= last);
        last = done;
        total = all;
        return true;
    });
    REQUIRE(ReportExporter::exportForm(form, path, ReportOptions(), &progress).ok());
    CHECK(calls > 1);
    CHECK(last == total);
    CHECK(total == 1000);

    const QByteArray before = test::fileDigest(path);
    ReportProgress stopping([](int done, int all) { return done < all / 3 || all == 0; });
    const Status stopped = ReportExporter::exportForm(form, path, ReportOptions(), &stopping);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().contains(QStringLiteral("cancelled")));
    CHECK(test::fileDigest(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    const QString fresh = dir.filePath(QStringLiteral("fresh.") + format);
    ReportProgress never([](int, int) { return false; });
    CHECK_FALSE(ReportExporter::exportForm(form, fresh, ReportOptions(), &never).ok());
    CHECK_FALSE(QFile::exists(fresh));
}

TEST_CASE("exportFiles writes the Word file and the PDF or neither")
{
    QTemporaryDir dir;
    const Form form = test::filledForm();
    const QString docx = dir.filePath(QStringLiteral("a.docx"));
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    REQUIRE(ReportExporter::exportFiles(form, {docx, pdf}, ReportOptions()).ok());
    CHECK(QFile::exists(docx));
    CHECK(QFile::exists(pdf));

    // Stopped while the PDF is written: the Word file of that run is not committed either.
    const QString docx2 = dir.filePath(QStringLiteral("b.docx"));
    const QString pdf2 = dir.filePath(QStringLiteral("b.pdf"));
    ReportProgress stopInPdf([](int done, int) { return done < 1200; });
    CHECK_FALSE(ReportExporter::exportFiles(form, {docx2, pdf2}, ReportOptions(), &stopInPdf).ok());
    CHECK_FALSE(QFile::exists(docx2));
    CHECK_FALSE(QFile::exists(pdf2));

    // A second name the exporter cannot write refuses before anything is written.
    const Status refused =
        ReportExporter::exportFiles(form, {docx2, dir.filePath(QStringLiteral("b.txt"))}, {});
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(QFile::exists(docx2));
}
