#include "BatchMergeJob.h"

#include "merge/MergeSourceLoader.h"

#include <QFileInfo>

namespace tianbao {

BatchMergeJob::BatchMergeJob(QString formPath, QStringList paths, QStringList units,
                             BatchOptions options, std::function<void(int)> beforeSource,
                             QObject *parent)
    : WorkerJob(parent), m_formPath(std::move(formPath)), m_paths(std::move(paths)),
      m_units(std::move(units)), m_options(options), m_beforeSource(std::move(beforeSource))
{
    while (m_units.size() < m_paths.size())
        m_units.append(QString());
    m_sources.resize(m_paths.size());
    for (int i = 0; i < m_paths.size(); ++i)
        m_errors.append(QString());
}

BatchMergeJob::~BatchMergeJob()
{
    cancel();
    waitForWorker();
}

void BatchMergeJob::start()
{
    startWorker([this] { run(); });
}

void BatchMergeJob::run()
{
    // This thread's own connection; it is closed before the thread ends.
    auto file = FormFile::open(m_formPath);
    if (!file) {
        m_result.error = file.error();
        return;
    }
    const QString origin = file.value()->properties().originUuid;
    auto load = [&](int index) -> Result<MergeSource> {
        if (m_beforeSource)
            m_beforeSource(index);
        const QString &path = m_paths.at(index);
        Result<MergeSource> source = MergeSourceLoader::load(path, origin, m_units.at(index));
        if (!source) {
            m_errors[index] = source.error();
            return source;
        }
        source->fileName = QFileInfo(path).fileName();
        m_sources[index] = source.value();
        return source;
    };
    auto progress = [this](int done, int total, const QString &current) {
        emit progressed(done, total, current);
        return !isCancelled();
    };
    m_result = BatchMerge::run(*file.value(), int(m_paths.size()), load, m_options, progress);
}

} // namespace tianbao
