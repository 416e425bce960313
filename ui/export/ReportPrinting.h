#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace tianbao {

class ReportPainter;
class ReportProgress;

// Prints the report's pages (ReportPainter: the same pages as the PDF) on a QPrinter.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::ReportPrinting)

public:
    // A4 landscape painted from the paper's corner: the layout's margins are the page's.
    static void preparePrinter(QPrinter *printer, const QString &documentName);
    // Paints the pages the printer's range asks for (all by default). False when `progress`
    // stopped it; an error when the printer refused.
    static Status print(const ReportPainter &pages, QPrinter *printer,
                        ReportProgress *progress = nullptr);
};

// The print preview: the report's pages, laid out once (often on a worker), shown by Qt's
// preview. Its Print button prints pages laid out again on the GUI thread: text laid out on
// another thread must not be painted on a printer (see PrintJob); the preview itself only
// records the pages as pictures, which is safe.
class ReportPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    // Lays the same pages out again, on the calling thread.
    using LayOut = std::function<std::shared_ptr<const ReportPainter>()>;

    ReportPreviewDialog(std::shared_ptr<const ReportPainter> pages, LayOut layOutHere,
                        QPrinter *printer, QWidget *parent = nullptr);
    int reportPageCount() const;
    // The preview widget, for tests: its pageCount() is what the user sees.
    QPrintPreviewWidget *previewWidget() const;

private:
    void paintOn(QPrinter *target);

    std::shared_ptr<const ReportPainter> m_pages;
    LayOut m_layOutHere;
};

} // namespace tianbao
