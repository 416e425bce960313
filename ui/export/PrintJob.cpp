#include "PrintJob.h"

#include "ReportPrinting.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"

#include <QPrinter>

namespace tianbao {

PrintJob::PrintJob(Form form, ReportOptions options, std::shared_ptr<QPrinter> printer,
                   std::function<void()> beforePrint, QObject *parent)
    : ReportJob(parent), m_form(std::move(form)), m_options(std::move(options)),
      m_printer(std::move(printer)), m_beforePrint(std::move(beforePrint))
{
}

PrintJob::~PrintJob()
{
    cancel();
    waitForWorker();
}

void PrintJob::start()
{
    startWorker([this] { run(); });
}

void PrintJob::run()
{
    const ReportLayout layout = ReportLayout::build(m_form, m_options);
    int rows = 0;
    for (const ReportBlock &block : layout.blocks())
        rows += int(block.rows.size());
    rows = qMax(1, rows);
    // Half the bar for laying the pages out, half for sending them.
    ReportProgress overall = progress();
    overall.start(2 * rows);
    ReportProgress layingOut([&overall](int done, int) { return overall.moveTo(done); });
    layingOut.start(rows);
    const ReportPainter pages(layout, &layingOut);
    if (pages.cancelled() || isCancelled())
        return;
    if (m_beforePrint)
        m_beforePrint();
    if (isCancelled())
        return;
    ReportProgress sending([&overall, rows](int done, int) { return overall.moveTo(rows + done); });
    m_status = ReportPrinting::print(pages, m_printer.get(), &sending);
}

} // namespace tianbao
