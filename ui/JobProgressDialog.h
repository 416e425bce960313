#pragma once

#include <QPointer>
#include <QProgressDialog>

namespace tianbao {

class WorkerJob;

// The window-modal progress of a WorkerJob. It appears only when the job is still running
// after `delayMs` (a quick job flashes nothing) and stays busy (an indeterminate bar) until a
// range is set. What Cancel does is the caller's: stop the job where it is, or drop its result.
// The caller hides and deletes it when the job has finished.
//
// From the start, not only once it shows, the window takes no keys, clicks or drops, and does
// not close, while the job runs: an edit typed in the first moment of a merge would otherwise go
// through the window's connection into the worker's open transaction, or be overwritten by the
// merge.
class JobProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    JobProgressDialog(WorkerJob *job, const QString &title, const QString &label, int delayMs,
                      QWidget *parent);

    // For a job's progressed(done, total) signal.
    void showProgress(int done, int total);
    // Asks the job to stop and says so until it has; shown at once, even within the delay.
    void cancelJob();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<WorkerJob> m_job;
};

} // namespace tianbao
