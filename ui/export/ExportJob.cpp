#include "ExportJob.h"

#include "report/ReportExporter.h"
#include "report/ReportProgress.h"

namespace tianbao {

ExportJob::ExportJob(Form form, QStringList paths, ReportOptions options, QObject *parent)
    : WorkerJob(parent), m_form(std::move(form)), m_paths(std::move(paths)),
      m_options(std::move(options))
{
}

ExportJob::~ExportJob()
{
    cancel();
    waitForWorker();
}

void ExportJob::start()
{
    startWorker([this] {
        int shown = -1;
        ReportProgress progress([this, &shown](int done, int total) {
            // A signal per row would flood the window's queue: one per half percent.
            const int step = qMax(1, total / 200);
            if (done / step != shown) {
                shown = done / step;
                emit progressed(done, total);
            }
            return !m_cancelled;
        });
        m_status = ReportExporter::exportFiles(m_form, m_paths, m_options, &progress);
    });
}

} // namespace tianbao
