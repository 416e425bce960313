#include "FormLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

namespace tianbao {

FormLock::FormLock(const QString &formPath) : m_lockPath(lockPathFor(formPath)) {}

FormLock::~FormLock()
{
    unlock();
}

QString FormLock::lockPathFor(const QString &formPath)
{
    const QFileInfo info(formPath);
    if (QFileInfo(info.absolutePath()).isWritable())
        return info.absoluteFilePath() + QStringLiteral(".lock");
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex());
    const QString folder = QDir::temp().filePath(QStringLiteral("tianbao-locks"));
    QDir().mkpath(folder);
    return QDir(folder).filePath(key + QStringLiteral(".lock"));
}

bool FormLock::tryLock()
{
    if (isLocked())
        return true;
    m_reason.clear();
    auto lock = std::make_unique<QLockFile>(m_lockPath);
    // A form stays open for hours: only a dead owner makes the lock stale, never its age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return true; // no lock file possible here; the folder is read-only or gone
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock->getLockInfo(&pid, &host, &application)) {
        // An owner writes its details microseconds after creating the file. A lock file still
        // without them was left by a program killed in between: with no owner to ask, Qt
        // would keep it forever (stale time 0), so take it over.
        QThread::msleep(100);
        if (!lock->getLockInfo(&pid, &host, &application) && lock->removeStaleLockFile() &&
            lock->tryLock(0)) {
            m_lock = std::move(lock);
            return true;
        }
    }
    if (lock->getLockInfo(&pid, &host, &application))
        m_reason = tr("The file is already open in another window or program (%1, process %2 "
                      "on %3), so it is shown read-only here.")
                       .arg(application.isEmpty() ? tr("unknown program") : application)
                       .arg(pid)
                       .arg(host.isEmpty() ? tr("this computer") : host);
    else
        m_reason = tr("The file is already open in another window or program, so it is shown "
                      "read-only here.");
    return false;
}

bool FormLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void FormLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace tianbao
