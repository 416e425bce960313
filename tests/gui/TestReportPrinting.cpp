#include "GuiTestSupport.h"
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "FormDocument.h"
#include "MainWindow.h"
#include "export/ExportController.h"
#include "export/ReportPageView.h"
#include "export/ReportPreviewDialog.h"
#include "export/ReportPrinting.h"
#include "report/ReportExporter.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "store/FormFile.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QtMath>
#include <atomic>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Unit = QStringLiteral("材料科学与工程学院");

// pdftotext's text without spaces. A printer's PDF is Qt's own (QPrinter), whose ToUnicode
// maps give a glyph its lowest code point: a CJK character may come back as the radical of the
// same glyph. (Our exported PDF maps glyphs from the text written: PdfFont.)
QString printedText(const QString &pdf)
{
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// Matches `name` letter by letter, a CJK ideograph also as a radical (U+2E80–U+2FDF).
bool containsName(const QString &text, const QString &name)
{
    QString pattern;
    for (const QChar c : name) {
        if (c.isSpace())
            continue;
        const QString literal = QRegularExpression::escape(QString(c));
        pattern += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF
                       ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(literal)
                       : literal;
    }
    return QRegularExpression(pattern).match(text).hasMatch();
}

// The tool bar button that triggers `action`.
QToolButton *toolButtonFor(QWidget *parent, QAction *action)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

// A 400-row form (some hundreds of pages) open, every row shown.
void openLongForm(WindowFixture &f)
{
    REQUIRE(FormFile::create(f.path, longForm(400), Unit).ok());
    REQUIRE(f.window->openFile(f.path));
    f.window->onlyMyUnitAction()->setChecked(false);
}

bool havePoppler()
{
    if (hasProgram(QStringLiteral("pdftotext")) && hasProgram(QStringLiteral("pdfinfo")))
        return true;
    WARN("poppler-utils are not installed: the pages are not read back");
    return false;
}

} // namespace

TEST_CASE("Printing paints the PDF's pages: the same count and every project on them")
{
    if (!havePoppler())
        return;
    QTemporaryDir dir;
    const Form form = GENERATE(as<int>{}, 0, 60) == 0 ? filledForm() : longForm(60);
    const QString ours = dir.filePath(QStringLiteral("ours.pdf"));
    REQUIRE(ReportExporter::exportForm(form, ours, ReportOptions()).ok());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ReportPrinting::preparePrinter(&printer, form.properties.title);
    const ReportPainter pages(ReportLayout::build(form, ReportOptions()));
    REQUIRE(ReportPrinting::print(pages, &printer).ok());

    const int count = pdfPageCount(ours);
    REQUIRE(count >= 2);
    CHECK(pdfPageCount(printed) == count);
    CHECK(pages.pageCount() == count);
    const QString info = QString::fromUtf8(runProgram(QStringLiteral("pdfinfo"), {printed}).out);
    CHECK(info.contains(QStringLiteral("842 x 595"))); // A4 landscape, in points

    const QString text = printedText(printed);
    int names = 0;
    for (const Attachment &attachment : form.attachments) {
        for (const Row &row : attachment.rows) {
            INFO(row.value(Field::Name));
            CHECK(containsName(text, row.value(Field::Name)));
            ++names;
        }
    }
    CHECK(names >= 13);
    CHECK_FALSE(containsName(text, QStringLiteral("没有这个项目")));
    CHECK(text.contains(QStringLiteral("—1—")));
    CHECK(text.contains(QStringLiteral("—%1—").arg(count)));
}

TEST_CASE("The print preview shows the report's pages and prints what the window shows")
{
    WindowFixture f;
    REQUIRE(FormFile::create(f.path, filledForm(), Unit).ok());
    REQUIRE(f.window->openFile(f.path));
    ExportController *exports = f.window->exports();
    const bool onlyUnit = GENERATE(false, true);
    f.window->onlyMyUnitAction()->setChecked(onlyUnit);

    ReportOptions options;
    options.onlyUnitRows = onlyUnit;
    const ReportPainter expected(ReportLayout::build(f.window->document()->snapshot(), options));

    std::unique_ptr<ReportPreviewDialog> preview(exports->createPreview(f.window.get()));
    REQUIRE(preview);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    ReportPageView *view = preview->pageView();
    REQUIRE(view);
    REQUIRE(waitFor([&] { return view->paintedPageCount() > 0; }));
    CHECK(view->pageCount() == expected.pageCount());
    CHECK(preview->reportPageCount() == expected.pageCount());
    CHECK(preview->pageBox()->maximum() == expected.pageCount());
    preview->close();
}

TEST_CASE("Print asks for a printer and prints nothing when that is cancelled")
{
    WindowFixture f;
    f.open();
    ExportHooks hooks = ExportHooks::system();
    int asked = 0;
    hooks.choosePrinter = [&asked](QPrinter *printer, QWidget *) {
        ++asked;
        CHECK(printer->pageLayout().orientation() == QPageLayout::Landscape);
        return false;
    };
    f.window->exports()->setHooks(hooks);
    QTest::keySequence(f.window.get(), QKeySequence::Print);
    CHECK(asked == 1);
    CHECK(f.presenter->warnings.isEmpty());
}

TEST_CASE("Print preview lays a long form out off the window's thread and can be cancelled")
{
    WindowFixture f;
    openLongForm(f);
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::layoutFinished);

    SECTION("laid out, then shown")
    {
        exports->previewAction()->trigger();
        // The action returns at once: the pages are laid out on a worker thread.
        CHECK(exports->isLayingOut());
        CHECK(exports->progressDialog());
        CHECK_FALSE(exports->previewAction()->isEnabled());
        REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 60000));
        CHECK(finished.first().first().toBool());
        ReportPreviewDialog *preview = exports->previewDialog();
        REQUIRE(preview);
        ReportOptions options;
        const ReportPainter expected(
            ReportLayout::build(f.window->document()->snapshot(), options));
        CHECK(preview->reportPageCount() == expected.pageCount());
        CHECK(exports->previewAction()->isEnabled());
        preview->close();
    }
    SECTION("cancelled: no preview opens")
    {
        exports->previewAction()->trigger();
        REQUIRE(exports->progressDialog());
        emit exports->progressDialog()->canceled(); // what its Cancel button does
        REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 60000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK_FALSE(exports->previewDialog());
        CHECK_FALSE(exports->isLayingOut());
        CHECK(exports->previewAction()->isEnabled());
        CHECK(f.presenter->warnings.isEmpty());
    }
}

TEST_CASE("The preview opens with its first pages while the others are laid out, and closing it "
          "stops the layout")
{
    WindowFixture f;
    openLongForm(f);
    ExportController *exports = f.window->exports();
    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    ExportHooks hooks = ExportHooks::system();
    // The worker holds after its second page.
    hooks.pageRecorded = [&](int count) {
        if (count == 2)
            holdUntilReleased(holding, release, 20000);
    };
    exports->setHooks(hooks);
    QSignalSpy finished(exports, &ExportController::layoutFinished);
    exports->previewAction()->trigger();
    REQUIRE(waitFor([&] { return holding.load(); }, 60000));
    // The preview is up with the two pages recorded, and says the others are coming.
    REQUIRE(waitFor([&] { return exports->previewDialog() != nullptr; }));
    QPointer<ReportPreviewDialog> preview = exports->previewDialog();
    REQUIRE(QTest::qWaitForWindowExposed(preview));
    // The second page is told (LayoutJob::pagesRecorded) before the worker holds.
    REQUIRE(waitFor([&] { return preview->reportPageCount() == 2; }));
    CHECK(exports->isLayingOut());
    CHECK(finished.isEmpty());
    CHECK(preview->pageBox()->maximum() == 2);
    const QLabel *count = nullptr;
    for (const QLabel *label : preview->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("of ")))
            count = label;
    }
    REQUIRE(count);
    CHECK(count->text() == QStringLiteral("of 2 so far (laying out…)"));
    ReportPageView *view = preview->pageView();
    REQUIRE(waitFor([&] { return view->paintedPageCount() > 0; }));
    // It pages among what it has: Ctrl+End goes to the second page.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    CHECK(view->currentPage() == 1);
    CHECK(preview->pageBox()->value() == 2);
    CHECK_FALSE(exports->progressDialog());

    SECTION("let run: every page joins the preview")
    {
        release = true;
        REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 60000));
        CHECK(finished.first().first().toBool());
        REQUIRE(preview);
        const ReportPainter expected(
            ReportLayout::build(f.window->document()->snapshot(), ReportOptions()));
        CHECK(preview->reportPageCount() == expected.pageCount());
        CHECK(view->pageCount() == expected.pageCount());
        CHECK(preview->pageBox()->maximum() == expected.pageCount());
        CHECK(count->text() == QStringLiteral("of %1").arg(expected.pageCount()));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        CHECK(preview->pageBox()->value() == expected.pageCount());
        CHECK_FALSE(exports->isLayingOut());
        CHECK(exports->previewAction()->isEnabled());
        preview->close();
    }
    SECTION("printed first: the whole form is printed, and the layout stops")
    {
        const QString pdf = f.folder + QStringLiteral("/printed-early.pdf");
        ExportHooks printing = hooks;
        printing.choosePrinter = [&pdf](QPrinter *printer, QWidget *) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdf);
            return true;
        };
        exports->setHooks(printing);
        QSignalSpy printed(exports, &ExportController::printFinished);
        QToolButton *print = toolButtonFor(preview, preview->printAction());
        REQUIRE(print);
        QTest::mouseClick(print, Qt::LeftButton);
        REQUIRE(waitFor([&] { return preview.isNull(); }));
        release = true;
        REQUIRE(waitFor([&] { return !printed.isEmpty() && !finished.isEmpty(); }, 60000));
        CHECK(printed.first().first().toBool());
        CHECK_FALSE(finished.first().first().toBool());
        const ReportPainter expected(
            ReportLayout::build(f.window->document()->snapshot(), ReportOptions()));
        if (havePoppler())
            CHECK(pdfPageCount(pdf) == expected.pageCount());
        CHECK(f.presenter->warnings.isEmpty());
    }
    SECTION("closed first: the layout stops, and nothing is said")
    {
        QTest::keyClick(preview, Qt::Key_Escape);
        REQUIRE(waitFor([&] { return preview.isNull(); }));
        release = true;
        REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 60000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK_FALSE(exports->isLayingOut());
        CHECK(exports->previewAction()->isEnabled());
        CHECK(f.window->statusBar()->currentMessage().isEmpty());
        CHECK(f.presenter->warnings.isEmpty());
    }
}

TEST_CASE("Print sends the pages on a worker: the window turns, and Cancel stops before the next "
          "page")
{
    WindowFixture f;
    openLongForm(f);
    ExportController *exports = f.window->exports();
    const QString pdf = f.folder + QStringLiteral("/printed.pdf");
    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    ExportHooks hooks = ExportHooks::system();
    hooks.choosePrinter = [&pdf](QPrinter *printer, QWidget *) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return true;
    };
    hooks.beforePrint = [&] { holdUntilReleased(holding, release, 20000); };
    exports->setHooks(hooks);
    QSignalSpy printed(exports, &ExportController::printFinished);
    QTest::keySequence(f.window.get(), QKeySequence::Print);
    // The pages are laid out, then handed to a worker that holds before the first page.
    REQUIRE(waitFor([&] { return holding.load(); }, 60000));
    CHECK(exports->isPrinting());
    CHECK_FALSE(exports->printAction()->isEnabled());
    bool turned = false;
    QTimer::singleShot(20, f.window.get(), [&] { turned = true; });
    REQUIRE(waitFor([&] { return turned; }));
    REQUIRE(waitFor(
        [&] { return exports->progressDialog() && exports->progressDialog()->isVisible(); }));
    CHECK(exports->progressDialog()->labelText() == QStringLiteral("Printing the pages…"));

    SECTION("let run: every page reaches the printer")
    {
        release = true;
        REQUIRE(waitFor([&] { return !printed.isEmpty(); }, 60000));
        CHECK(printed.first().first().toBool());
        const ReportPainter expected(
            ReportLayout::build(f.window->document()->snapshot(), ReportOptions()));
        CHECK(pdfPageCount(pdf) == expected.pageCount());
        CHECK(f.presenter->warnings.isEmpty());
    }
    SECTION("cancelled before the first page: nothing is printed")
    {
        QPushButton *cancel = exports->progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        CHECK(exports->isPrinting()); // until the worker has stopped
        release = true;
        REQUIRE(waitFor([&] { return !printed.isEmpty(); }, 60000));
        CHECK_FALSE(printed.first().first().toBool());
        CHECK(f.window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Printing was cancelled")));
        CHECK_FALSE(QFileInfo::exists(pdf));
        CHECK(f.presenter->warnings.isEmpty());
    }
    CHECK_FALSE(exports->isPrinting());
    CHECK(exports->printAction()->isEnabled());
}

TEST_CASE("The preview's Print asks for a printer over the preview, then prints the previewed "
          "form from a worker")
{
    WindowFixture f;
    openLongForm(f);
    ExportController *exports = f.window->exports();
    const QString pdf = f.folder + QStringLiteral("/from-preview.pdf");
    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    ExportHooks hooks = ExportHooks::system();
    hooks.beforePrint = [&] { holdUntilReleased(holding, release, 20000); };
    int asked = 0;
    bool choose = false;
    QWidget *askedOver = nullptr;
    hooks.choosePrinter = [&](QPrinter *printer, QWidget *parent) {
        ++asked;
        askedOver = parent;
        CHECK(printer->pageLayout().orientation() == QPageLayout::Landscape);
        CHECK(printer->fullPage());
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return choose;
    };
    exports->setHooks(hooks);
    QSignalSpy laidOut(exports, &ExportController::layoutFinished);
    QSignalSpy printed(exports, &ExportController::printFinished);
    exports->previewAction()->trigger();
    REQUIRE(waitFor([&] { return !laidOut.isEmpty(); }, 60000));
    QPointer<ReportPreviewDialog> preview = exports->previewDialog();
    REQUIRE(preview);
    const int pageCount = preview->reportPageCount();
    // What is printed is what was previewed, even if the window's choice changed since.
    f.window->onlyMyUnitAction()->setChecked(true);
    ReportOptions onlyUnit;
    onlyUnit.onlyUnitRows = true;
    REQUIRE(ReportPainter(ReportLayout::build(f.window->document()->snapshot(), onlyUnit))
                .pageCount() != pageCount);

    QToolButton *print = toolButtonFor(preview, preview->printAction());
    REQUIRE(print);
    // The print dialog cancelled: the preview stays, nothing is printed.
    QTest::mouseClick(print, Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(askedOver == preview.data());
    QTest::qWait(50);
    REQUIRE(preview);
    CHECK(preview->isVisible());
    CHECK_FALSE(exports->isPrinting());

    // A printer chosen: the preview closes and the pages go from a worker (laid out again
    // there: the preview's pages were laid out on another thread, whose fonts are gone). The
    // window turns meanwhile, behind the progress dialog.
    choose = true;
    QTest::mouseClick(print, Qt::LeftButton);
    CHECK(asked == 2);
    REQUIRE(waitFor([&] { return preview.isNull(); }));
    REQUIRE(waitFor([&] { return holding.load(); }, 60000));
    CHECK(exports->isPrinting());
    bool turned = false;
    QTimer::singleShot(20, f.window.get(), [&] { turned = true; });
    REQUIRE(waitFor([&] { return turned; }));
    REQUIRE(waitFor(
        [&] { return exports->progressDialog() && exports->progressDialog()->isVisible(); }));
    CHECK(exports->progressDialog()->labelText() == QStringLiteral("Printing the pages…"));
    release = true;
    REQUIRE(waitFor([&] { return !printed.isEmpty(); }, 60000));
    CHECK(printed.first().first().toBool());
    if (havePoppler())
        CHECK(pdfPageCount(pdf) == pageCount);
    CHECK(f.presenter->warnings.isEmpty());
}

TEST_CASE("The preview paints only the pages in sight, and pages and zooms through its tool bar")
{
    WindowFixture f;
    openLongForm(f);
    ExportController *exports = f.window->exports();
    QSignalSpy laidOut(exports, &ExportController::layoutFinished);
    exports->previewAction()->trigger();
    REQUIRE(waitFor([&] { return !laidOut.isEmpty(); }, 60000));
    ReportPreviewDialog *preview = exports->previewDialog();
    REQUIRE(preview);
    REQUIRE(QTest::qWaitForWindowExposed(preview));
    ReportPageView *view = preview->pageView();
    REQUIRE(waitFor([&] { return view->paintedPageCount() > 0; }));
    const int pages = view->pageCount();
    REQUIRE(pages > 50);
    // Shown fitting the width: the first page or two, not all of them.
    CHECK(view->fit() == ReportPageView::Fit::Width);
    CHECK(view->paintedPageCount() <= 3);
    CHECK(view->currentPage() == 0);
    CHECK(preview->pageBox()->value() == 1);
    // The scroll range is the pages' height less the view's, whatever the window's size.
    const auto rangeFits = [view, pages] {
        const qreal page = ReportLayout::page().height * view->zoom();
        const int content = qCeil(16 + pages * (page + 16) - 0.01);
        return qAbs(view->verticalScrollBar()->maximum() -
                    (content - view->viewport()->height())) <= 1;
    };
    CHECK(rangeFits());

    SECTION("a page number typed in goes to that page")
    {
        QSpinBox *box = preview->pageBox();
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("40"));
        CHECK(view->currentPage() == 0); // not at each digit
        QTest::keyClick(box, Qt::Key_Return);
        REQUIRE(waitFor([&] { return view->currentPage() == 39; }));
        CHECK(box->value() == 40);
        const int painted = view->paintedPageCount();
        REQUIRE(waitFor([&] { return view->paintedPageCount() > painted; }));
        CHECK(view->paintedPageCount() <= 3 + 3);
    }
    SECTION("Ctrl+End goes to the last page, and the page box follows, also zoomed far out")
    {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        REQUIRE(waitFor([&] { return view->currentPage() == pages - 1; }));
        CHECK(preview->pageBox()->value() == pages);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        REQUIRE(waitFor([&] { return view->currentPage() == 0; }));
        CHECK(preview->pageBox()->value() == 1);
        while (view->canZoomOut())
            view->zoomOut();
        CHECK(view->zoomPercent() <= 11);
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        CHECK(preview->pageBox()->value() == pages);
        CHECK(rangeFits());
    }
    SECTION("zoom in leaves fitting the width; Fit Width fits it again")
    {
        const int fitted = view->zoomPercent();
        QToolButton *zoomIn = toolButtonFor(preview, preview->zoomInAction());
        REQUIRE(zoomIn);
        QTest::mouseClick(zoomIn, Qt::LeftButton);
        CHECK(view->zoomPercent() > fitted);
        CHECK(view->fit() == ReportPageView::Fit::None);
        CHECK_FALSE(preview->fitWidthAction()->isChecked());
        QToolButton *fitWidth = toolButtonFor(preview, preview->fitWidthAction());
        REQUIRE(fitWidth);
        QTest::mouseClick(fitWidth, Qt::LeftButton);
        CHECK(view->fit() == ReportPageView::Fit::Width);
        CHECK(view->zoomPercent() == fitted);
    }
    SECTION("a window made taller or shorter keeps the scroll range right")
    {
        const int zoom = view->zoomPercent();
        preview->resize(preview->width(), preview->height() + 200);
        REQUIRE(waitFor([&] { return rangeFits(); }));
        CHECK(view->zoomPercent() == zoom); // the width is the same: so is the fit
        preview->resize(preview->width(), preview->height() - 400);
        REQUIRE(waitFor([&] { return rangeFits(); }));
    }
    SECTION("Whole Page shows a page at a time, and Page Down turns one page")
    {
        QToolButton *whole = toolButtonFor(preview, preview->wholePageAction());
        REQUIRE(whole);
        QTest::mouseClick(whole, Qt::LeftButton);
        CHECK(view->fit() == ReportPageView::Fit::Page);
        CHECK(ReportLayout::page().height * view->zoom() <= view->viewport()->height());
        for (int i = 1; i <= 20; ++i)
            QTest::keyClick(view, Qt::Key_PageDown);
        CHECK(view->currentPage() == 20);
        CHECK(preview->pageBox()->value() == 21);
        QTest::keyClick(view, Qt::Key_PageUp);
        CHECK(view->currentPage() == 19);
    }
    preview->close();
}
