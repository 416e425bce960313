#pragma once

#include "ReportJob.h"
#include "form/Form.h"
#include "report/ReportOptions.h"
#include "util/Result.h"

#include <functional>
#include <memory>

class QPrinter;

namespace tianbao {

// Lays a snapshot of the form out and paints its pages on a printer, both on one worker
// thread, so printing a 10,000-row form (some hundreds of pages for the spooler) does not
// freeze the window. QPainter may paint on a QPrinter outside the GUI thread, but text laid
// out on one thread must be painted there: its font engines belong to that thread's font
// cache, which goes with the thread (painting LayoutJob's pages on a printer crashed).
class PrintJob : public ReportJob
{
    Q_OBJECT

public:
    // `beforePrint` runs on the worker after the layout, before the first page (ExportHooks).
    PrintJob(Form form, ReportOptions options, std::shared_ptr<QPrinter> printer,
             std::function<void()> beforePrint, QObject *parent = nullptr);
    // Stops the worker and waits for it.
    ~PrintJob() override;

    // cancel(): no further page is sent; the pages already painted stay with the printer.
    void start();
    // After finished(): ok (also when cancelled), or ReportPrinting's sentence.
    const Status &status() const { return m_status; }

private:
    void run();

    Form m_form;
    ReportOptions m_options;
    std::shared_ptr<QPrinter> m_printer;
    std::function<void()> m_beforePrint;
    Status m_status;
};

} // namespace tianbao
