#include "MergeSourceLoader.h"

#include "docx/ReplyReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tianbao {

bool MergeSourceLoader::isWordReply(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("doc"))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(2) == QByteArray("PK");
}

Result<MergeSource> MergeSourceLoader::load(const QString &path, const QString &targetOrigin,
                                            const QString &replyUnit)
{
    if (!isWordReply(path))
        return MergeSource::fromFile(path, targetOrigin);
    Result<Form> reply = ReplyReader::readFile(path);
    if (!reply)
        return Error{reply.error()};
    const QString signedUnit = reply.value().properties.unit.trimmed();
    const QString unit = signedUnit.isEmpty() ? replyUnit.trimmed() : signedUnit;
    if (unit.isEmpty())
        return Error{
            tr("The Word reply “%1” names no unit under its table; say which unit sent it.")
                .arg(QDir::toNativeSeparators(path))};
    return MergeSource::fromForm(reply.value(), unit, QFileInfo(path).fileName());
}

} // namespace tianbao
