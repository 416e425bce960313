#include "ExportJob.h"

#include "report/ReportExporter.h"
#include "report/ReportProgress.h"

#include <QThread>

namespace tianbao {

ExportJob::ExportJob(Form form, QStringList paths, ReportOptions options, QObject *parent)
    : QObject(parent), m_form(std::move(form)), m_paths(std::move(paths)),
      m_options(std::move(options))
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
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
    m_thread->setParent(this);
    // QThread::finished is delivered here, after the worker wrote m_status.
    connect(m_thread, &QThread::finished, this, &ExportJob::finished);
    m_thread->start();
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace tianbao
