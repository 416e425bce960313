#pragma once

#include "WorkerJob.h"
#include "form/Form.h"
#include "report/ReportOptions.h"

#include <atomic>
#include <memory>

namespace tianbao {

class ReportPainter;

// Lays the report's pages out (ReportPainter) from a snapshot of a form on a worker thread, so
// the print preview and printing of a 10,000-row form do not freeze the window, as ExportJob
// does for exports. Signals arrive on the thread the job lives in (the GUI's).
class LayoutJob : public WorkerJob
{
    Q_OBJECT

public:
    LayoutJob(Form form, ReportOptions options, QObject *parent = nullptr);
    // Stops the worker and waits for it.
    ~LayoutJob() override;

    void start();
    // Asks the layout to stop at its next row; pages() then stays empty.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // After finished(): the pages, or null when cancelled.
    std::shared_ptr<const ReportPainter> pages() const { return m_pages; }

signals:
    void progressed(int done, int total);

private:
    Form m_form;
    ReportOptions m_options;
    std::shared_ptr<const ReportPainter> m_pages;
    std::atomic_bool m_cancelled{false};
};

} // namespace tianbao
