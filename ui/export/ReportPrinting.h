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
// preview, which records them as pictures. Its Print button hands the chosen printer to
// `print` (ExportController sends the pages from a worker, as Print… does: a long form would
// freeze the window for seconds, and text laid out on another thread must not be painted on a
// printer, see PrintJob). Without `print` the pages are painted on the calling thread.
class ReportPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    // Prints on the preview's printer (the one given to the constructor, set up by the user
    // in the print dialog) once the preview has closed.
    using Print = std::function<void(QPrinter *)>;

    ReportPreviewDialog(std::shared_ptr<const ReportPainter> pages, Print print, QPrinter *printer,
                        QWidget *parent = nullptr);
    int reportPageCount() const;
    // The preview widget, for tests: its pageCount() is what the user sees.
    QPrintPreviewWidget *previewWidget() const;

private:
    void paintOn(QPrinter *target);

    std::shared_ptr<const ReportPainter> m_pages;
    Print m_print;
};

} // namespace tianbao
