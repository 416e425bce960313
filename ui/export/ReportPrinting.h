#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class QPrinter;

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

} // namespace tianbao
