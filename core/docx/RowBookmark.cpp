#include "RowBookmark.h"

#include <QUuid>

namespace tianbao {

namespace {
const QString Prefix = QStringLiteral("tb_");
}

QString RowBookmark::nameFor(const QString &uuid)
{
    const QUuid id(uuid);
    if (id.isNull())
        return {};
    return Prefix + QString::fromLatin1(id.toRfc4122().toHex());
}

QString RowBookmark::uuidFrom(const QString &bookmarkName)
{
    if (bookmarkName.size() != Prefix.size() + 32 ||
        !bookmarkName.startsWith(Prefix, Qt::CaseInsensitive)) {
        return {};
    }
    const QString hex = bookmarkName.mid(Prefix.size()).toLower();
    for (QChar c : hex) {
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) &&
            (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return {};
    }
    const QUuid id = QUuid::fromRfc4122(QByteArray::fromHex(hex.toLatin1()));
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString RowBookmark::uuidFromAny(const QStringList &bookmarkNames)
{
    for (const QString &name : bookmarkNames) {
        const QString uuid = uuidFrom(name);
        if (!uuid.isEmpty())
            return uuid;
    }
    return {};
}

} // namespace tianbao
