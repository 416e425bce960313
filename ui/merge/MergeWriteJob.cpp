#include "MergeWriteJob.h"

#include "store/FormFile.h"

namespace tianbao {

MergeWriteJob::MergeWriteJob(QString formPath, Work work, std::function<void()> beforeWrite,
                             QObject *parent)
    : WorkerJob(parent), m_formPath(std::move(formPath)), m_work(std::move(work)),
      m_beforeWrite(std::move(beforeWrite))
{
}

MergeWriteJob::~MergeWriteJob()
{
    cancel();
    waitForWorker();
}

void MergeWriteJob::start()
{
    startWorker([this] {
        if (m_beforeWrite)
            m_beforeWrite();
        // This thread's own connection; it is closed before the thread ends.
        auto file = FormFile::open(m_formPath);
        if (!file) {
            m_status = Error{file.error()};
            return;
        }
        m_status = m_work(*file.value(), [this] { return !isCancelled(); });
    });
}

} // namespace tianbao
