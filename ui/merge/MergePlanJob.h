#pragma once

#include "WorkerJob.h"
#include "merge/MergePlan.h"
#include "merge/MergeSource.h"
#include "util/Result.h"

#include <QString>
#include <functional>
#include <optional>

namespace tianbao {

// Reads one colleague's file and plans its merge on a worker thread, so a big form or a long
// Word reply never freezes the window (the preview then shows the plan; applying it stays on
// the window's connection, as one undo step).
//
// Like BatchMergeJob, the worker reads the form through a connection of its own: a
// QSqlDatabase connection belongs to the thread that made it.
class MergePlanJob : public WorkerJob
{
    Q_OBJECT

public:
    // `unit`: the unit a Word reply came from when its signature names none (may be empty).
    // `beforeSource(0)` runs on the worker before the file is read (MergeHooks).
    MergePlanJob(QString formPath, QString path, QString unit, MergeOptions options,
                 std::function<void(int)> beforeSource, QObject *parent = nullptr);
    // Waits for the worker: a closing window never leaves it running.
    ~MergePlanJob() override;

    void start();

    // After finished(): the source read (or why not) and, when it was read, the plan.
    const QString &formPath() const { return m_formPath; }
    const QString &path() const { return m_path; }
    const QString &unit() const { return m_unit; }
    const MergeOptions &options() const { return m_options; }
    Result<MergeSource> &source() { return m_source; }
    std::optional<Result<MergePlan>> &plan() { return m_plan; }
    // A Word reply that reads well but names no unit: the window asks, then plans again.
    bool needsUnit() const { return m_needsUnit; }

signals:

private:
    void run();

    QString m_formPath;
    QString m_path;
    QString m_unit;
    MergeOptions m_options;
    std::function<void(int)> m_beforeSource;
    Result<MergeSource> m_source{Error{QString()}};
    std::optional<Result<MergePlan>> m_plan;
    bool m_needsUnit = false;
};

} // namespace tianbao
