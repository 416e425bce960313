#include "ReplyUnitsJob.h"

#include "docx/ReplyReader.h"
#include "merge/MergeSourceLoader.h"

namespace tianbao {

ReplyUnitsJob::ReplyUnitsJob(QStringList paths, std::function<void()> beforeRead, QObject *parent)
    : WorkerJob(parent), m_paths(std::move(paths)), m_beforeRead(std::move(beforeRead))
{
}

ReplyUnitsJob::~ReplyUnitsJob()
{
    cancel();
    waitForWorker();
}

bool ReplyUnitsJob::hasWordReplies(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (MergeSourceLoader::isWordReply(path))
            return true;
    }
    return false;
}

void ReplyUnitsJob::start()
{
    startWorker([this] {
        if (m_beforeRead)
            m_beforeRead();
        QVector<bool> needsUnit(m_paths.size(), false);
        for (int i = 0; i < m_paths.size() && !isCancelled(); ++i) {
            if (MergeSourceLoader::isWordReply(m_paths.at(i))) {
                Result<Form> reply = ReplyReader::readFile(m_paths.at(i));
                needsUnit[i] = reply && reply->properties.unit.trimmed().isEmpty();
            }
            emit progressed(i + 1, int(m_paths.size()));
        }
        m_needsUnit = std::move(needsUnit);
    });
}

} // namespace tianbao
