#include "SaveFiles.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace tianbao {

namespace {

// Less room than this on the target's disk: it is full, whatever Qt reported.
constexpr qint64 FullBelowBytes = 1024 * 1024;

} // namespace

bool SaveFiles::commit(QSaveFile &file, QString *error)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *error = failureReason(file, file.fileName());
        file.cancelWriting(); // the temporary file goes with `file`
        return false;
    }
    if (!file.commit()) {
        *error = failureReason(file, file.fileName());
        return false;
    }
    return true;
}

QString SaveFiles::failureReason(const QFileDevice &file, const QString &targetPath)
{
    // Qt reports a full disk (ENOSPC) as a resource error.
    if (file.error() == QFileDevice::ResourceError)
        return tr("the disk is full");
    // After a failed flush only Qt's "Unknown error" is left (in the language loaded): the
    // disk's free space tells then.
    const QString reason = file.errorString();
    if (!reason.isEmpty() && reason != QFile().errorString())
        return reason;
    const QStorageInfo storage(QFileInfo(targetPath).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < FullBelowBytes)
        return tr("the disk is full");
    return tr("the file could not be written");
}

} // namespace tianbao
