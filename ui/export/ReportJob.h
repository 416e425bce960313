#pragma once

#include "WorkerJob.h"
#include "report/ReportProgress.h"

namespace tianbao {

// What the export and the print layout share on their worker: a progress signal that does not
// flood the window, and a cancel the writer sees at its next row.
class ReportJob : public WorkerJob
{
    Q_OBJECT

signals:
    void progressed(int done, int total);

protected:
    using WorkerJob::WorkerJob;
    // For the work to report to: progressed() once per half percent (a signal per row would
    // flood the window's queue), and false once cancel() was called. One per job.
    ReportProgress progress();

private:
    int m_shown = -1;
};

} // namespace tianbao
