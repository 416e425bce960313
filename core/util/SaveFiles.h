#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;
class QSaveFile;

namespace tianbao {

// Finishing a QSaveFile safely, for every file Tianbao writes whole (exports, copies).
class SaveFiles
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::SaveFiles)

public:
    // QSaveFile::commit(), but the bytes QFileDevice still buffers are written out first, and
    // the file is given up when that fails. Qt 6.4's commit() ignores a failed last write and
    // renames the truncated temporary file over the target: a full disk replaced the user's
    // old export with an empty or cut-short file, and the export said it had succeeded.
    // False on failure, with *error saying why (failureReason()); the target is then untouched.
    static bool commit(QSaveFile &file, QString *error);

    // Why writing `file` failed, for "Cannot write X (…)": the system's words, or "the disk is
    // full" when the target's disk has no room left. After a failed flush Qt keeps only
    // "Unknown error".
    static QString failureReason(const QFileDevice &file, const QString &targetPath);
};

} // namespace tianbao
