#pragma once

#include "MergeCommand.h"
#include "MergeHooks.h"
#include "MergeWriteJob.h"
#include "merge/BatchMerge.h"

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;

namespace tianbao {

class BatchMergeDialog;
class BatchMergeJob;
class BatchOverviewDialog;
class CellHistoryDialog;
class MainWindow;
class MergePlanJob;
class ReplyUnitsJob;
class MergePreviewDialog;

// 合并同事的文件 / Merge a colleague's file, and the history of a cell. One file is read and
// planned on a worker thread, then previewed before anything changes; several go through a
// batch on a worker thread; both behind a cancellable progress dialog (a batch ends in an
// overview per unit). Every merge is one step on the form's undo stack.
// The dialogs open window-modal without blocking, so tests drive them as users do.
class MergeController : public QObject
{
    Q_OBJECT

public:
    explicit MergeController(MainWindow *window);
    ~MergeController() override;

    void setHooks(MergeHooks hooks) { m_hooks = std::move(hooks); }
    const MergeHooks &hooks() const { return m_hooks; }
    void retranslate();
    void updateActions(bool formOpen, bool writable);

    QAction *mergeAction() const { return m_merge; }
    QAction *historyAction() const { return m_history; }

    // What is open now, for tests.
    MergePreviewDialog *previewDialog() const;
    BatchMergeDialog *batchDialog() const;
    BatchOverviewDialog *overviewDialog() const;
    QProgressDialog *progressDialog() const;
    CellHistoryDialog *historyDialog() const;
    bool isMerging() const;

public slots:
    // Asks for the files, then mergePaths.
    void mergeFiles();
    // One path: the preview; several: the batch dialog.
    void mergePaths(const QStringList &paths);
    // The history of the current cell.
    void showHistory();

signals:
    // A merge ended: applied, refused (after the message), cancelled or empty.
    void mergeFinished(bool merged);

private:
    // One file: read and planned on a worker (MergePlanJob), then previewed. `revision` is
    // m_revision when the user asked: a form changed since is planned again before applying.
    void planMerge(const QString &path, const QString &unit, const MergeOptions &options,
                   quint64 revision);
    void planFinished(MergePlanJob *job, quint64 revision);
    void endPlanning();
    std::optional<QString> askUnit(const QString &path);
    void preview(MergeSource source, MergeOptions options, MergePlan plan, const QString &note,
                 quint64 revision);
    void applyPreview(const MergeSource &source, const MergeOptions &options, MergePlan plan,
                      quint64 revision);
    // Writes the previewed plan on a worker (MergeWriteJob), then pushes it as one undo step.
    struct Applied;
    void startApply(const MergeSource &source, const MergeOptions &options, MergePlan plan);
    void finishApply(MergeWriteJob *job, const std::shared_ptr<Applied> &applied,
                     const MergeSource &source, const MergeOptions &options);
    // Reads the Word replies among `paths` for their units on a worker (ReplyUnitsJob), asks
    // those that sign none, then runs the batch.
    void startBatch(const QStringList &paths, const BatchOptions &options);
    // Runs the batch on `formPath`, the form open when it was asked for (BatchMergeJob).
    void runBatch(const QString &formPath, const QStringList &paths, const QStringList &units,
                  const BatchOptions &options);
    // How a merge's undo step writes: on a worker, waited for behind the progress dialog.
    MergeCommand::Writer writer(const QString &commandText);
    Status writeAndWait(const QString &label, const std::function<Status(FormFile &)> &work);
    void finishBatch(BatchMergeJob *job);
    QStringList knownUnits() const;
    void reloadModels();
    void noteChange() { ++m_revision; }

    MainWindow *m_window;
    MergeHooks m_hooks;
    QAction *m_merge;
    QAction *m_history;
    QPointer<MergePreviewDialog> m_preview;
    QPointer<BatchMergeDialog> m_batchDialog;
    QPointer<BatchOverviewDialog> m_overview;
    QPointer<QProgressDialog> m_progress;
    QPointer<CellHistoryDialog> m_historyDialog;
    QPointer<BatchMergeJob> m_job;
    QPointer<MergePlanJob> m_planJob;
    QPointer<ReplyUnitsJob> m_unitsJob;
    QPointer<MergeWriteJob> m_applyJob;
    // Counts changes to the open form: a plan computed at one count is stale at another.
    quint64 m_revision = 0;
    bool m_writing = false;     // an undo step's write runs
    bool m_askingUnits = false; // a batch asks the units of unsigned Word replies
};

} // namespace tianbao
