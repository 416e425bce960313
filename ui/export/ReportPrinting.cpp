#include "ReportPrinting.h"

#include "report/ReportPainter.h"
#include "report/ReportProgress.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPrintPreviewWidget>
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

ReportPreviewDialog::ReportPreviewDialog(std::shared_ptr<const ReportPainter> pages, Print print,
                                         QPrinter *printer, QWidget *parent)
    : QPrintPreviewDialog(printer, parent), m_pages(std::move(pages)), m_print(std::move(print))
{
    connect(this, &QPrintPreviewDialog::paintRequested, this, &ReportPreviewDialog::paintOn);
    resize(1100, 780);
}

void ReportPreviewDialog::paintOn(QPrinter *target)
{
    // While Qt renders the preview, the printer paints into pictures (its engine's type says
    // so); on the Print button it is the real printer, and the dialog closes right after.
    QPaintEngine *engine = target->paintEngine();
    if ((engine && engine->type() == QPaintEngine::Picture) || !m_print) {
        ReportPrinting::print(*m_pages, target);
        return;
    }
    m_print(target);
}

int ReportPreviewDialog::reportPageCount() const
{
    return m_pages->pageCount();
}

QPrintPreviewWidget *ReportPreviewDialog::previewWidget() const
{
    return findChild<QPrintPreviewWidget *>();
}

} // namespace tianbao
