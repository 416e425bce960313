#include "ReportJob.h"

namespace tianbao {

ReportProgress ReportJob::progress()
{
    return ReportProgress([this](int done, int total) {
        const int step = qMax(1, total / 200);
        if (done / step != m_shown) {
            m_shown = done / step;
            emit progressed(done, total);
        }
        return !isCancelled();
    });
}

} // namespace tianbao
