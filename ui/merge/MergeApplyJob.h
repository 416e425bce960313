#pragma once

#include "WorkerJob.h"
#include "merge/Merger.h"

#include <QString>
#include <functional>

namespace tianbao {

// Writes one previewed merge into the form on a worker thread: a colleague's copy of a big
// master table changes thousands of cells, which takes seconds to write.
//
// Like BatchMergeJob, the worker writes through a FormFile of its own (a second SQLite
// connection to the same file), in one transaction; the window writes nothing meanwhile and
// reads its models again afterwards.
class MergeApplyJob : public WorkerJob
{
    Q_OBJECT

public:
    // `beforeWrite` runs on the worker before anything is written (MergeHooks).
    MergeApplyJob(QString formPath, MergePlan plan, std::function<void()> beforeWrite,
                  QObject *parent = nullptr);
    // Cancels the worker and waits for it: a closing window never leaves a merge running.
    ~MergeApplyJob() override;

    // cancel(): the transaction is rolled back at the worker's next check; nothing is merged.
    void start();

    // After finished().
    const QString &formPath() const { return m_formPath; }
    MergePlan &plan() { return m_plan; }
    Result<MergeOutcome> &outcome() { return m_outcome; }

private:
    void run();

    QString m_formPath;
    MergePlan m_plan;
    std::function<void()> m_beforeWrite;
    Result<MergeOutcome> m_outcome{Error{QString()}};
};

} // namespace tianbao
