#include "ReportPrinting.h"

#include "report/ReportPainter.h"
#include "report/ReportProgress.h"

#include <QPainter>
#include <QPrinter>

namespace tianbao {

void ReportPrinting::preparePrinter(QPrinter *printer, const QString &documentName)
{
    // The layout first: setPageLayout() also resets the full-page mode.
    printer->setPageLayout(ReportPainter::pageLayout());
    printer->setFullPage(true);
    printer->setDocName(documentName);
    printer->setCreator(QStringLiteral("Tianbao"));
}

Status ReportPrinting::print(const ReportPainter &pages, QPrinter *printer,
                             ReportProgress *progress)
{
    // fromPage()/toPage() are 1-based, 0 when the user chose all pages.
    const int from = printer->fromPage() > 0 ? printer->fromPage() - 1 : 0;
    const int to = printer->toPage() > 0 ? printer->toPage() - 1 : -1;
    QPainter painter;
    if (!painter.begin(printer))
        return Error{tr("The printer could not be started.")};
    const bool painted = pages.paint(&painter, printer, from, to, progress);
    painter.end();
    if (!painted && !(progress && progress->stopped()))
        return Error{tr("The printer refused a page.")};
    return {};
}

} // namespace tianbao
