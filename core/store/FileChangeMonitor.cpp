#include "FileChangeMonitor.h"

#include "FormFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tianbao {

namespace {

// Events come in bursts (a journal made and removed, a rename in two steps): look once
// they settle.
constexpr int SettleMs = 50;
// For folders whose changes are not reported (network shares).
constexpr int PollMs = 2000;

} // namespace

FileChangeMonitor::FileChangeMonitor(FormFile *file, QObject *parent)
    : QObject(parent), m_file(file), m_path(file->path())
{
    m_opened = identityOf(m_path);
    m_dataVersion = m_file->dataVersion();
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FileChangeMonitor::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &FileChangeMonitor::check);
    m_poll.start();
    watch();
}

FileChangeMonitor::Identity FileChangeMonitor::identityOf(const QString &path)
{
    Identity identity;
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        identity.exists = true;
        identity.device = quint64(info.st_dev);
        identity.inode = quint64(info.st_ino);
    }
#else
    // No inode: an open form cannot be replaced on Windows (see the header).
    identity.exists = QFileInfo::exists(path);
#endif
    return identity;
}

void FileChangeMonitor::watch()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    // A file renamed over ours, or ours deleted and written again, is watched anew.
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

FileChangeMonitor::Change FileChangeMonitor::check()
{
    watch();
    const Identity now = identityOf(m_path);
    Change seen = m_change;
    if (!now.exists)
        seen = Change::Deleted;
    else if (!(now == m_opened))
        seen = Change::Replaced;
    else if (m_ownWriters == 0 && m_file->dataVersion() != m_dataVersion)
        seen = Change::Modified;
    else if (m_change == Change::Deleted)
        seen = Change::Replaced; // gone, then back as the same file: treat as another version
    if (seen != m_change) {
        m_change = seen;
        emit changed(seen);
    }
    return m_change;
}

void FileChangeMonitor::beginOwnWrites()
{
    ++m_ownWriters;
}

void FileChangeMonitor::endOwnWrites()
{
    if (m_ownWriters > 0 && --m_ownWriters == 0 && m_change == Change::None)
        m_dataVersion = m_file->dataVersion();
}

bool FileChangeMonitor::connectionHoldsOwnVersion() const
{
    // After an in-place change the connection reads the other version; after a replacement
    // or deletion it still reads the file this program opened, unless that was changed too.
    return m_change != Change::Modified && m_file->dataVersion() == m_dataVersion;
}

QString FileChangeMonitor::sentence(Change change, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (change) {
    case Change::None:
        break;
    case Change::Modified:
        return tr("Another program changed “%1”.").arg(name);
    case Change::Replaced:
        return tr("Another program replaced “%1” with another version.").arg(name);
    case Change::Deleted:
        return tr("“%1” was deleted or moved by another program.").arg(name);
    }
    return QString();
}

} // namespace tianbao
