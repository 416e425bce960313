#pragma once

#include "ReportJob.h"
#include "form/Form.h"
#include "report/ReportOptions.h"

#include <memory>

namespace tianbao {

class ReportPainter;

// Lays the report's pages out (ReportPainter) from a snapshot of a form on a worker thread, so
// the print preview of a 10,000-row form does not freeze the window, as ExportJob does for
// exports (printing lays out and paints on one worker: PrintJob). Signals arrive on the thread the
// job lives in (the GUI's).
class LayoutJob : public ReportJob
{
    Q_OBJECT

public:
    LayoutJob(Form form, ReportOptions options, QObject *parent = nullptr);
    // Stops the worker and waits for it.
    ~LayoutJob() override;

    void start();
    // After finished(): the pages, or null when cancelled.
    std::shared_ptr<const ReportPainter> pages() const { return m_pages; }

private:
    Form m_form;
    ReportOptions m_options;
    std::shared_ptr<const ReportPainter> m_pages;
};

} // namespace tianbao
