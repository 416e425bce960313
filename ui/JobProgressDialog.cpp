#include "JobProgressDialog.h"

#include "WorkerJob.h"

#include <QTimer>
#include <limits>

namespace tianbao {

JobProgressDialog::JobProgressDialog(WorkerJob *job, const QString &title, const QString &label,
                                     int delayMs, QWidget *parent)
    : QProgressDialog(parent), m_job(job)
{
    setWindowTitle(title);
    setLabelText(label);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    // Shown by the timer below, not by QProgressDialog's own estimate of the time left.
    setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(delayMs, this, [this] {
        if (m_job->isRunning() && !m_job->isCancelled())
            show();
    });
}

void JobProgressDialog::showProgress(int done, int total)
{
    if (total > 0 && maximum() != total)
        setMaximum(total);
    setValue(qMin(done, maximum()));
}

void JobProgressDialog::cancelJob()
{
    m_job->cancel();
    setLabelText(tr("Cancelling…"));
    show();
}

} // namespace tianbao
