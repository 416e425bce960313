#include "WorkerJob.h"

#include <QThread>

namespace tianbao {

WorkerJob::~WorkerJob()
{
    waitForWorker();
}

bool WorkerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerJob::startWorker(std::function<void()> work)
{
    if (m_thread)
        return;
    m_thread = QThread::create(std::move(work));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &WorkerJob::finished);
    m_thread->start();
}

void WorkerJob::waitForWorker()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace tianbao
