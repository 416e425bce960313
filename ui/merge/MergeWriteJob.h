#pragma once

#include "WorkerJob.h"
#include "util/Result.h"

#include <QString>
#include <functional>

namespace tianbao {

class FormFile;

// Runs one write of a merge's undo step — undoing it, or merging it again — on a worker
// thread, through a FormFile of its own (a second SQLite connection), as MergeApplyJob does
// for the merge itself: undoing a merge of thousands of cells takes as long as writing it.
class MergeWriteJob : public WorkerJob
{
    Q_OBJECT

public:
    using Work = std::function<Status(FormFile &file)>;

    // `beforeWrite` runs on the worker before the form is opened (MergeHooks).
    MergeWriteJob(QString formPath, Work work, std::function<void()> beforeWrite,
                  QObject *parent = nullptr);
    // Waits for the worker.
    ~MergeWriteJob() override;

    void start();
    // After finished(): ok, or why the write failed (rolled back).
    const Status &status() const { return m_status; }

private:
    QString m_formPath;
    Work m_work;
    std::function<void()> m_beforeWrite;
    Status m_status;
};

} // namespace tianbao
