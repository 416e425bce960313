#pragma once

#include <QString>
#include <QStringList>

namespace tianbao {

// Our .docx export marks each data row with a bookmark "tb_" + the row's uuid as 32 hex digits
// (Word bookmark names allow at most 40 characters, letters, digits and "_"), so a reply edited
// in Word can be matched row by row.
class RowBookmark
{
public:
    static QString nameFor(const QString &uuid);
    // The uuid (8-4-4-4-12, lowercase) of a tb_ bookmark name, or an empty string.
    static QString uuidFrom(const QString &bookmarkName);
    // The first tb_ bookmark among `bookmarkNames`, as a uuid, or an empty string.
    static QString uuidFromAny(const QStringList &bookmarkNames);
};

} // namespace tianbao
