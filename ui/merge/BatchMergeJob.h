#pragma once

#include "WorkerJob.h"
#include "merge/BatchMerge.h"

#include <QStringList>
#include <functional>

namespace tianbao {

// Runs BatchMerge on a worker thread, so thirty replies do not freeze the window.
//
// A QSqlDatabase connection belongs to the thread that made it, so the worker opens the form
// again through a FormFile of its own (a second SQLite connection to the same file) and never
// touches the window's. While it runs, the window is behind a window-modal progress dialog and
// writes nothing; the window's models are read again when the job has finished.
class BatchMergeJob : public WorkerJob
{
    Q_OBJECT

public:
    // `units[i]` is the unit a Word reply `paths[i]` came from when its signature names none.
    BatchMergeJob(QString formPath, QStringList paths, QStringList units, BatchOptions options,
                  std::function<void(int)> beforeSource, QObject *parent = nullptr);
    // Cancels the worker and waits for it: a closing window never leaves a merge running.
    ~BatchMergeJob() override;

    // cancel(): the batch stops at its next source and changes nothing.
    void start();

    // After finished().
    const BatchResult &result() const { return m_result; }
    // The sources read, by index (a default MergeSource where reading failed), with the
    // sentence of each failure: what an undone batch is merged again from.
    const QVector<MergeSource> &sources() const { return m_sources; }
    const QStringList &sourceErrors() const { return m_errors; }
    const QStringList &paths() const { return m_paths; }
    const QString &formPath() const { return m_formPath; }
    const BatchOptions &options() const { return m_options; }

signals:
    void progressed(int done, int total, const QString &current);

private:
    void run();

    QString m_formPath;
    QStringList m_paths;
    QStringList m_units;
    BatchOptions m_options;
    std::function<void(int)> m_beforeSource;
    BatchResult m_result;
    QVector<MergeSource> m_sources;
    QStringList m_errors;
};

} // namespace tianbao
