// libFuzzer target for the .tianbao opener: any bytes written to a file must be refused with a
// sentence or opened and read, never crash. Seeds: tests/data/schema and tests/data/bad.
#include "store/FormFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace {
QTemporaryDir *scratch = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase finds its SQLite driver through the application's plugin paths.
    static QCoreApplication app(*argc, *argv);
    scratch = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratch->filePath(QStringLiteral("input.tianbao"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    auto opened = tianbao::FormFile::open(path);
    if (opened.ok()) {
        const tianbao::Form form = opened.value()->load();
        for (const tianbao::Attachment &attachment : form.attachments) {
            if (!attachment.rows.isEmpty())
                opened.value()->history(attachment.rows.first().uuid, tianbao::Field::Progress);
        }
    }
    return 0;
}
