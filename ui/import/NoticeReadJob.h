#pragma once

#include "WorkerJob.h"
#include "form/Form.h"
#include "util/Result.h"

#include <QString>
#include <functional>

namespace tianbao {

// Reads the office's Word notice on a worker thread: a notice with a long table takes a good
// part of a second to unzip and parse, and the window keeps turning meanwhile. Reading
// touches no form file, so a cancelled read is simply not used.
class NoticeReadJob : public WorkerJob
{
    Q_OBJECT

public:
    // `beforeRead` runs on the worker before the .docx is opened (tests hold the read there).
    NoticeReadJob(QString docxPath, std::function<void()> beforeRead, QObject *parent = nullptr);
    // Waits for the worker: a closing window never leaves it running.
    ~NoticeReadJob() override;

    void start();

    const QString &docxPath() const { return m_docxPath; }
    // After finished(): the form read from the notice, or why not.
    Result<Form> &form() { return m_form; }

private:
    QString m_docxPath;
    std::function<void()> m_beforeRead;
    Result<Form> m_form{Error{QString()}};
};

} // namespace tianbao
