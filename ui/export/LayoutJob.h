#pragma once

#include "ReportJob.h"
#include "form/Form.h"
#include "report/RecordedReport.h"
#include "report/ReportOptions.h"

#include <memory>

namespace tianbao {

// Lays the report's pages out and records them (RecordedReport) from a snapshot of a form on a
// worker thread, for the print preview: the window does not freeze on a 10,000-row form, and
// the preview shows the first pages while the others are being recorded. Signals arrive on
// the thread the job lives in (the GUI's).
class LayoutJob : public ReportJob
{
    Q_OBJECT

public:
    // `pageRecorded` runs on the worker after each page (ExportHooks::pageRecorded).
    LayoutJob(Form form, ReportOptions options, RecordedReport::PageRecorded pageRecorded = {},
              QObject *parent = nullptr);
    // Stops the worker and waits for it.
    ~LayoutJob() override;

    void start();
    // The pages, growing while the job runs; complete once finished() unless cancelled.
    std::shared_ptr<const RecordedReport> pages() const { return m_pages; }
    // After finished(): the pages could not be recorded (not cancelled: a page failed).
    bool failed() const { return m_failed; }

signals:
    // Pages were recorded: every one of the first hundred, then every twentieth (the rest is
    // told by finished()), so the preview opens with the first and the queue is not flooded.
    void pagesRecorded(int pageCount);

private:
    Form m_form;
    ReportOptions m_options;
    RecordedReport::PageRecorded m_pageRecorded;
    std::shared_ptr<RecordedReport> m_pages = std::make_shared<RecordedReport>();
    bool m_failed = false;
};

} // namespace tianbao
