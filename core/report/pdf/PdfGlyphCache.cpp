#include "PdfGlyphCache.h"

#include "CffFontProgram.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainterPath>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace tianbao {

namespace {

constexpr quint32 Magic = 0x54424743; // "TBGC"
// Raise when the file changes shape: an older file is then an empty cache. (A change to the
// charstrings needs nothing: their encoding of a sample outline is part of the identity.)
constexpr quint32 FormatVersion = 1;
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
constexpr quint32 MaxGlyphs = 65536; // a face has at most 65,535 glyphs
constexpr int MaxCharString = 65535;
constexpr int HashSize = 20; // SHA-1
constexpr char EndChar = 14;
// Outlines are in 1/1000 em: a bound beyond a hundred em is no glyph's.
constexpr double MaxCoordinate = 100000;

// CffFontProgram::charString of a square with a curve: when the encoding changes, so does the
// identity, and the caches of the old encoding are never read.
QByteArray encodingSample()
{
    QPainterPath sample;
    sample.moveTo(100, -700);
    sample.lineTo(600.4, -700);
    sample.cubicTo(700, -600, 700, -200, 600, -100);
    sample.lineTo(100, -100);
    sample.closeSubpath();
    return CffFontProgram::charString(sample);
}

// Bounds a file may hold: finite, not negative, within reach of a glyph.
bool plausible(double x, double y, double width, double height)
{
    for (const double value : {x, y, width, height}) {
        if (!std::isfinite(value) || std::abs(value) > MaxCoordinate)
            return false;
    }
    return width >= 0 && height >= 0;
}

// Reads what QDataStream (Qt_6_0) wrote: big-endian words and doubles, byte arrays as a
// length and the bytes. Read by hand, handing out views of the file's bytes (each charstring
// is then copied once, where QDataStream grew a buffer for each). Past the end, ok() turns
// false and reads give zeros.
class StreamReader
{
public:
    explicit StreamReader(QByteArrayView data) : m_data(data) {}

    quint32 word() { return take(4) ? qFromBigEndian<quint32>(m_data.data() + m_at - 4) : 0; }
    double real()
    {
        if (!take(8))
            return 0;
        const quint64 bits = qFromBigEndian<quint64>(m_data.data() + m_at - 8);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QByteArrayView bytes()
    {
        const quint32 length = word();
        if (length == 0xffffffff) // a null array
            return {};
        return take(length) ? m_data.sliced(m_at - length, length) : QByteArrayView();
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_at == m_data.size(); }

private:
    bool take(qint64 count)
    {
        if (!m_ok || count > m_data.size() - m_at) {
            m_ok = false;
            return false;
        }
        m_at += count;
        return true;
    }

    QByteArrayView m_data;
    qint64 m_at = 0;
    bool m_ok = true;
};

} // namespace

PdfGlyphCache::PdfGlyphCache(const QString &folder, const QByteArray &faceKey)
{
    m_identity = faceKey + "\nQt " + qVersion() + "\nformat " + QByteArray::number(FormatVersion) +
                 "\nencoding " + encodingSample().toHex();
    if (folder.isEmpty())
        return;
    const QByteArray name =
        QCryptographicHash::hash(m_identity, QCryptographicHash::Sha1).toHex().left(32);
    m_path = QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".glyphs"));
    read();
}

const PdfGlyphCache::Glyph *PdfGlyphCache::find(quint32 glyphIndex) const
{
    const auto found = m_glyphs.constFind(glyphIndex);
    return found == m_glyphs.cend() ? nullptr : &found.value();
}

void PdfGlyphCache::add(quint32 glyphIndex, const Glyph &glyph)
{
    if (glyph.charString.isEmpty() || glyph.charString.size() > MaxCharString ||
        glyph.charString.back() != EndChar || quint32(m_glyphs.size()) >= MaxGlyphs ||
        !plausible(glyph.bounds.x(), glyph.bounds.y(), glyph.bounds.width(), glyph.bounds.height()))
        return;
    m_glyphs.insert(glyphIndex, glyph);
    m_added = true;
}

void PdfGlyphCache::read()
{
    // Only a plain file, and only up to a limit: the cache folder is the user's to fill with
    // anything (a pipe would never end, a link to /dev/zero never stop). Its size is known, so
    // exactly that is read: asking for the limit made Qt set aside 64 MB each time.
    if (!QFileInfo(m_path).isFile())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 size = file.size();
    if (size <= HashSize || size > MaxFileSize)
        return;
    const QByteArray bytes = file.read(size);
    if (bytes.size() != size)
        return;
    const QByteArrayView body = QByteArrayView(bytes).first(size - HashSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha1) !=
        QByteArrayView(bytes).last(HashSize))
        return; // cut short or changed: start again

    StreamReader in(body);
    const quint32 magic = in.word();
    const quint32 version = in.word();
    const QByteArrayView identity = in.bytes();
    const quint32 count = in.word();
    if (!in.ok() || magic != Magic || version != FormatVersion || identity != m_identity ||
        count > MaxGlyphs)
        return;
    QHash<quint32, Glyph> glyphs;
    glyphs.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        const quint32 glyphIndex = in.word();
        const double x = in.real(), y = in.real(), width = in.real(), height = in.real();
        const QByteArrayView charString = in.bytes();
        // The checksum finds a file cut short or changed on the disk; what a file says is
        // still checked, as any input is.
        if (!in.ok() || charString.isEmpty() || charString.size() > MaxCharString ||
            charString.back() != EndChar || !plausible(x, y, width, height))
            return;
        glyphs.insert(glyphIndex, {charString.toByteArray(), QRectF(x, y, width, height)});
    }
    if (!in.atEnd())
        return;
    m_glyphs = std::move(glyphs);
}

bool PdfGlyphCache::save() const
{
    if (!m_added || m_path.isEmpty())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << Magic << FormatVersion << m_identity << quint32(m_glyphs.size());
        QList<quint32> indexes = m_glyphs.keys();
        std::sort(indexes.begin(), indexes.end());
        for (const quint32 glyphIndex : qAsConst(indexes)) {
            const Glyph &glyph = m_glyphs.constFind(glyphIndex).value();
            out << glyphIndex << double(glyph.bounds.x()) << double(glyph.bounds.y())
                << double(glyph.bounds.width()) << double(glyph.bounds.height())
                << glyph.charString;
        }
    }
    // Written whole beside the old file, then put in its place. Not synced to the disk as an
    // export is (QSaveFile): a cache cut short by a power cut fails its checksum and is an
    // empty cache, and three syncs were most of what a first export paid for keeping it.
    QTemporaryFile file(m_path + QStringLiteral(".XXXXXX"));
    if (!file.open() || file.write(body) != body.size() ||
        file.write(QCryptographicHash::hash(body, QCryptographicHash::Sha1)) != HashSize ||
        !file.flush())
        return false;
    file.close();
    // QFile::rename does not replace a file: a reader in between finds none, an empty cache.
    QFile::remove(m_path);
    if (!file.rename(m_path))
        return false;
    file.setAutoRemove(false);
    return true;
}

QString PdfGlyphCache::defaultFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/tianbao/pdf-glyphs");
}

} // namespace tianbao
