#include "LayoutJob.h"

#include "report/ReportLayout.h"

namespace tianbao {

LayoutJob::LayoutJob(Form form, ReportOptions options, RecordedReport::PageRecorded pageRecorded,
                     QObject *parent)
    : ReportJob(parent), m_form(std::move(form)), m_options(std::move(options)),
      m_pageRecorded(std::move(pageRecorded))
{
}

LayoutJob::~LayoutJob()
{
    cancel();
    waitForWorker();
}

void LayoutJob::start()
{
    startWorker([this] {
        ReportProgress progress = this->progress();
        const bool recorded = m_pages->record(
            ReportLayout::build(m_form, m_options), &progress, [this](int pageCount) {
                if (pageCount <= 100 || pageCount % 20 == 0)
                    emit pagesRecorded(pageCount); // queued to the job's thread
                if (m_pageRecorded)
                    m_pageRecorded(pageCount);
            });
        m_failed = !recorded && !isCancelled();
    });
}

} // namespace tianbao
