#include "LayoutJob.h"

#include "report/ReportLayout.h"
#include "report/ReportPainter.h"

namespace tianbao {

LayoutJob::LayoutJob(Form form, ReportOptions options, QObject *parent)
    : ReportJob(parent), m_form(std::move(form)), m_options(std::move(options))
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
        const ReportLayout layout = ReportLayout::build(m_form, m_options);
        int rows = 0;
        for (const ReportBlock &block : layout.blocks())
            rows += int(block.rows.size());
        progress.start(rows);
        auto pages = std::make_shared<const ReportPainter>(layout, &progress);
        if (!pages->cancelled() && !isCancelled())
            m_pages = std::move(pages);
    });
}

} // namespace tianbao
