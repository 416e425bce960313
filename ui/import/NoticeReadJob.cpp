#include "NoticeReadJob.h"

#include "docx/NoticeImporter.h"

namespace tianbao {

NoticeReadJob::NoticeReadJob(QString docxPath, std::function<void()> beforeRead, QObject *parent)
    : WorkerJob(parent), m_docxPath(std::move(docxPath)), m_beforeRead(std::move(beforeRead))
{
}

NoticeReadJob::~NoticeReadJob()
{
    waitForWorker();
}

void NoticeReadJob::start()
{
    startWorker([this] {
        if (m_beforeRead)
            m_beforeRead();
        m_form = NoticeImporter::importFile(m_docxPath);
    });
}

} // namespace tianbao
