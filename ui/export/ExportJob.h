#pragma once

#include "ReportJob.h"
#include "form/Form.h"
#include "report/ReportOptions.h"
#include "util/Result.h"

#include <QStringList>

namespace tianbao {

// Writes a snapshot of a form to one or more files on a worker thread, so a 10,000-row
// export does not freeze the window. The writers never touch a widget; QPainter on a
// QPdfWriter and QTextLayout are safe off the GUI thread in Qt 6. Signals arrive on the
// thread the job lives in (the GUI's).
class ExportJob : public ReportJob
{
    Q_OBJECT

public:
    ExportJob(Form form, QStringList paths, ReportOptions options, QObject *parent = nullptr);
    // Stops the worker and waits for it: a window closing never leaves a writer running.
    ~ExportJob() override;

    void start();
    const QStringList &paths() const { return m_paths; }
    // After finished(): ok, or ReportExporter's sentence.
    const Status &status() const { return m_status; }

private:
    Form m_form;
    QStringList m_paths;
    ReportOptions m_options;
    Status m_status;
};

} // namespace tianbao
