#include "LayoutJob.h"

#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "report/ReportProgress.h"

namespace tianbao {

LayoutJob::LayoutJob(Form form, ReportOptions options, QObject *parent)
    : WorkerJob(parent), m_form(std::move(form)), m_options(std::move(options))
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
        int shown = -1;
        ReportProgress progress([this, &shown](int done, int total) {
            // One signal per half percent, not one per row.
            const int step = qMax(1, total / 200);
            if (done / step != shown) {
                shown = done / step;
                emit progressed(done, total);
            }
            return !m_cancelled;
        });
        const ReportLayout layout = ReportLayout::build(m_form, m_options);
        int rows = 0;
        for (const ReportBlock &block : layout.blocks())
            rows += int(block.rows.size());
        progress.start(rows);
        auto pages = std::make_shared<const ReportPainter>(layout, &progress);
        if (!pages->cancelled() && !m_cancelled)
            m_pages = std::move(pages);
    });
}

} // namespace tianbao
