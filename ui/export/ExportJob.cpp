#include "ExportJob.h"

#include "report/ReportExporter.h"

namespace tianbao {

ExportJob::ExportJob(Form form, QStringList paths, ReportOptions options, QObject *parent)
    : ReportJob(parent), m_form(std::move(form)), m_paths(std::move(paths)),
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
        ReportProgress progress = this->progress();
        m_status = ReportExporter::exportFiles(m_form, m_paths, m_options, &progress);
    });
}

} // namespace tianbao
