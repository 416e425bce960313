#include "MergeApplyJob.h"

#include "store/FormFile.h"

namespace tianbao {

MergeApplyJob::MergeApplyJob(QString formPath, MergePlan plan, std::function<void()> beforeWrite,
                             QObject *parent)
    : WorkerJob(parent), m_formPath(std::move(formPath)), m_plan(std::move(plan)),
      m_beforeWrite(std::move(beforeWrite))
{
}

MergeApplyJob::~MergeApplyJob()
{
    cancel();
    waitForWorker();
}

void MergeApplyJob::start()
{
    startWorker([this] { run(); });
}

void MergeApplyJob::run()
{
    if (m_beforeWrite)
        m_beforeWrite();
    // This thread's own connection; it is closed before the thread ends.
    auto file = FormFile::open(m_formPath);
    if (!file) {
        m_outcome = Error{file.error()};
        return;
    }
    m_outcome = Merger::apply(*file.value(), m_plan, Resolution::Unresolved,
                              [this] { return !isCancelled(); });
}

} // namespace tianbao
