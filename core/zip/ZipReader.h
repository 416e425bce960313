#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace tianbao {

// Limits for reading an untrusted archive. Sizes are counted while inflating: the sizes an
// archive declares are only used to refuse early, never to allow.
struct ZipLimits
{
    qint64 maxArchiveSize = 50LL * 1024 * 1024;
    qint64 maxEntries = 10000;
    qint64 maxEntrySize = 64LL * 1024 * 1024;
    qint64 maxTotalSize = 200LL * 1024 * 1024;
    qint64 maxRatio = 200;                     // inflated : compressed
    qint64 ratioThreshold = 1LL * 1024 * 1024; // the ratio is checked past this many bytes
};

// Reads the entries of a zip archive held in memory, by exact name, into memory. It never
// extracts to paths and never writes anywhere.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static Result<ZipReader> open(const QByteArray &archive, const ZipLimits &limits = {});

    ZipReader(ZipReader &&other) noexcept;
    ZipReader &operator=(ZipReader &&other) noexcept;
    ~ZipReader();

    QStringList entryNames() const;
    bool contains(const QString &name) const;
    // The inflated bytes of one entry; every read counts towards the total limit.
    Result<QByteArray> read(const QString &name);

private:
    struct Archive;
    explicit ZipReader(std::unique_ptr<Archive> archive);

    std::unique_ptr<Archive> m_archive;
};

} // namespace tianbao
