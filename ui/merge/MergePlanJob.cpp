#include "MergePlanJob.h"

#include "docx/ReplyReader.h"
#include "merge/MergeSourceLoader.h"
#include "store/FormFile.h"

#include <QFileInfo>

namespace tianbao {

MergePlanJob::MergePlanJob(QString formPath, QString path, QString unit, MergeOptions options,
                           std::function<void(int)> beforeSource, QObject *parent)
    : WorkerJob(parent), m_formPath(std::move(formPath)), m_path(std::move(path)),
      m_unit(std::move(unit)), m_options(options), m_beforeSource(std::move(beforeSource))
{
}

MergePlanJob::~MergePlanJob()
{
    waitForWorker();
}

void MergePlanJob::start()
{
    startWorker([this] { run(); });
}

void MergePlanJob::run()
{
    if (m_beforeSource)
        m_beforeSource(0);
    // This thread's own connection, read only; it is closed before the thread ends.
    auto file = FormFile::open(m_formPath, FormFile::Access::ReadOnly);
    if (!file) {
        m_source = Error{file.error()};
        return;
    }
    m_source = MergeSourceLoader::load(m_path, file.value()->properties().originUuid, m_unit);
    if (!m_source) {
        if (m_unit.isEmpty() && MergeSourceLoader::isWordReply(m_path)) {
            Result<Form> reply = ReplyReader::readFile(m_path);
            m_needsUnit = reply.ok() && reply->properties.unit.trimmed().isEmpty();
        }
        return;
    }
    m_source->fileName = QFileInfo(m_path).fileName();
    m_plan = MergePlan::compute(*file.value(), m_source.value(), m_options);
}

} // namespace tianbao
