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
    const QStorageInfo storage(QFileInfo(targetPath).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < FullBelowBytes)
        return tr("the disk is full");
    const QString reason = file.errorString();
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return tr("the file could not be written");
    return reason;
}

} // namespace tianbao
