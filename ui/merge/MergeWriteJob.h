#pragma once

#include "WorkerJob.h"
#include "util/Result.h"

#include <QString>
#include <functional>

namespace tianbao {

class FormFile;

// Writes a merge into the form on a worker thread — applying a previewed plan, undoing a
// merge, or merging it again — through a FormFile of its own (a second SQLite connection to
// the same file), in the work's own transaction. A colleague's copy of a big master table
// changes thousands of cells: seconds of writing that must not freeze the window, which
// writes nothing meanwhile and reads its models again afterwards.
class MergeWriteJob : public WorkerJob
{
    Q_OBJECT

public:
    // `keepGoing` is false once cancel() was called: work that can stop rolls back then.
    using KeepGoing = std::function<bool()>;
    using Work = std::function<Status(FormFile &file, const KeepGoing &keepGoing)>;

    // `beforeWrite` runs on the worker before the form is opened (MergeHooks).
    MergeWriteJob(QString formPath, Work work, std::function<void()> beforeWrite,
                  QObject *parent = nullptr);
    // Cancels the worker and waits for it: a closing window never leaves a write running.
    ~MergeWriteJob() override;

    void start();
    const QString &formPath() const { return m_formPath; }
    // After finished(): ok, or why the write failed (rolled back).
    const Status &status() const { return m_status; }

private:
    QString m_formPath;
    Work m_work;
    std::function<void()> m_beforeWrite;
    Status m_status;
};

} // namespace tianbao
