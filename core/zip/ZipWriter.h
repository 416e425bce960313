#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

class QIODevice;

namespace tianbao {

// Builds a zip archive (the container of .docx) in memory with libzip and writes it to a
// device. Entries keep the order they were added in: [Content_Types].xml goes first, as Word
// and most zip sniffers expect.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::ZipWriter)

public:
    void addFile(const QString &name, const QByteArray &data);
    Status write(QIODevice *device) const;

private:
    struct Entry
    {
        QString name;
        QByteArray data;
    };
    QVector<Entry> m_entries;
};

} // namespace tianbao
