#include "ZipReader.h"

#include "Libzip.h"

namespace tianbao {

struct ZipReader::Archive
{
    QByteArray bytes; // libzip reads from this buffer; it must outlive the zip_t
    zip_t *zip = nullptr;
    ZipLimits limits;
    qint64 totalRead = 0;

    ~Archive()
    {
        if (zip)
            libzip::zip_discard(zip);
    }
};

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

Error openError(int code, const QByteArray &archive)
{
    if (code == ZIP_ER_NOZIP && archive.startsWith("PK\x03\x04")) {
        return {ZipReader::tr("The file is damaged or incomplete (its zip directory is missing); "
                              "ask the sender for the file again.")};
    }
    if (code == ZIP_ER_NOZIP)
        return {ZipReader::tr("The file is not a zip archive, so it is not a .docx document.")};
    if (code == ZIP_ER_MEMORY)
        return {ZipReader::tr("There is not enough memory to open the file.")};
    return {ZipReader::tr("The file is damaged: its zip structure is inconsistent.")};
}

} // namespace

ZipReader::ZipReader(std::unique_ptr<Archive> archive) : m_archive(std::move(archive)) {}
ZipReader::ZipReader(ZipReader &&other) noexcept = default;
ZipReader &ZipReader::operator=(ZipReader &&other) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::open(const QByteArray &archive, const ZipLimits &limits)
{
    if (const QString problem = libzip::loadProblem(); !problem.isEmpty())
        return Error{problem};
    if (archive.size() > limits.maxArchiveSize) {
        return Error{tr("The file is too large (%1 MB); a form of up to %2 MB can be read.")
                         .arg(archive.size() / (1024 * 1024))
                         .arg(limits.maxArchiveSize / (1024 * 1024))};
    }
    // libzip takes an empty buffer for a new, empty archive.
    if (archive.isEmpty())
        return Error{tr("The file is empty.")};
    auto state = std::make_unique<Archive>();
    state->bytes = archive;
    state->limits = limits;

    zip_error_t error;
    libzip::zip_error_init(&error);
    zip_source_t *source =
        libzip::zip_source_buffer_create(state->bytes.constData(), state->bytes.size(), 0, &error);
    if (!source) {
        libzip::zip_error_fini(&error);
        return openError(ZIP_ER_MEMORY, archive);
    }
    state->zip = libzip::zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!state->zip) {
        const int code = libzip::zip_error_code_zip(&error);
        libzip::zip_source_free(source);
        libzip::zip_error_fini(&error);
        return openError(code, archive);
    }
    libzip::zip_error_fini(&error);

    if (libzip::zip_get_num_entries(state->zip, 0) > limits.maxEntries) {
        return Error{tr("The file holds more than %1 parts, far more than a Word document has; "
                        "it was not read.")
                         .arg(limits.maxEntries)};
    }
    return ZipReader(std::move(state));
}

QStringList ZipReader::entryNames() const
{
    QStringList names;
    const zip_int64_t count = libzip::zip_get_num_entries(m_archive->zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = libzip::zip_get_name(m_archive->zip, i, 0))
            names << QString::fromUtf8(name);
    }
    return names;
}

bool ZipReader::contains(const QString &name) const
{
    return libzip::zip_name_locate(m_archive->zip, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipReader::read(const QString &name)
{
    Archive &a = *m_archive;
    const ZipLimits &limits = a.limits;
    const zip_int64_t index = libzip::zip_name_locate(a.zip, name.toUtf8().constData(), 0);
    if (index < 0)
        return Error{tr("The file has no part named “%1”.").arg(name)};

    zip_stat_t stat;
    libzip::zip_stat_init(&stat);
    if (libzip::zip_stat_index(a.zip, index, 0, &stat) != 0)
        return Error{tr("The file is damaged: the part “%1” cannot be read.").arg(name)};
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error{tr("The part “%1” of the file is encrypted and cannot be read.").arg(name)};
    const qint64 compressed =
        (stat.valid & ZIP_STAT_COMP_SIZE) ? qMax<qint64>(1, qint64(stat.comp_size)) : 1;
    const qint64 room = qMin(limits.maxEntrySize, limits.maxTotalSize - a.totalRead);
    const Error tooLarge{tr("The part “%1” of the file inflates far beyond its compressed size "
                            "or the size a form may have (a zip bomb?), so it was not read.")
                             .arg(name)};
    // Declared sizes can lie; they may only refuse early.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(qMax<qint64>(0, room)))
        return tooLarge;

    zip_file_t *file = libzip::zip_fopen_index(a.zip, index, 0);
    if (!file) {
        return Error{tr("The part “%1” of the file uses a compression or encryption Tianbao "
                        "cannot read.")
                         .arg(name)};
    }
    QByteArray data;
    for (;;) {
        const qint64 before = data.size();
        data.resize(before + ChunkSize);
        const zip_int64_t n = libzip::zip_fread(file, data.data() + before, ChunkSize);
        if (n < 0) {
            libzip::zip_fclose(file);
            return Error{tr("The file is damaged: the part “%1” fails to inflate or its checksum.")
                             .arg(name)};
        }
        data.resize(before + n);
        if (n == 0)
            break;
        if (data.size() > room ||
            (data.size() > limits.ratioThreshold && data.size() / compressed > limits.maxRatio)) {
            libzip::zip_fclose(file);
            return tooLarge;
        }
    }
    libzip::zip_fclose(file);
    a.totalRead += data.size();
    return data;
}

} // namespace tianbao
