#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/PdfWriter.h"
#include "report/ReportLayout.h"
#include "report/pdf/CffFontProgram.h"
#include "report/pdf/PdfFont.h"
#include "report/pdf/PdfGlyphCache.h"
#include "report/pdf/PdfObjectWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <limits>

using namespace tianbao;

namespace {

QByteArray writePdf(const ReportLayout &layout, const QString &cacheFolder)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfWriter writer(layout);
    writer.setGlyphCacheFolder(cacheFolder);
    const Status status = writer.write(&buffer);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return buffer.data();
}

// What differs between two runs of the same PDF: the creation date and the ID made from it.
QByteArray withoutDate(const QByteArray &pdf)
{
    QString text = QString::fromLatin1(pdf);
    text.remove(QRegularExpression(QStringLiteral("/CreationDate \\(D:\\d+Z\\)")));
    text.remove(QRegularExpression(QStringLiteral("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]")));
    return text.toLatin1();
}

QMap<QString, QByteArray> cacheFiles(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.glyphs")})) {
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(info.fileName(), file.readAll());
    }
    return files;
}

QMap<QString, QDateTime> modificationTimes(const QString &folder)
{
    QMap<QString, QDateTime> times;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.glyphs")}))
        times.insert(info.fileName(), info.fileTime(QFileDevice::FileModificationTime));
    return times;
}

// A cache file's bytes with the checksum made again: damage only a bug could do.
QByteArray withChecksum(const QByteArray &body)
{
    return body + QCryptographicHash::hash(body, QCryptographicHash::Sha1);
}

const PdfGlyphCache::Glyph Square{[] {
                                      QPainterPath square;
                                      square.addRect(0, -500, 500, 500);
                                      return CffFontProgram::charString(square);
                                  }(),
                                  QRectF(0, -500, 500, 500)};

} // namespace

TEST_CASE("A PDF is the same byte for byte without a glyph cache, with an empty one and a full one")
{
    const ReportLayout layout = ReportLayout::build(test::filledForm(), {});
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cache/pdf-glyphs")); // made when needed
    const QByteArray none = writePdf(layout, QString());
    const QByteArray cold = writePdf(layout, folder);
    const auto filled = cacheFiles(folder);
    REQUIRE(filled.size() >= 2); // the table's face and the title's at least
    const auto written = modificationTimes(folder);
    const QByteArray warm = writePdf(layout, folder);

    CHECK(withoutDate(cold) == withoutDate(none));
    CHECK(withoutDate(warm) == withoutDate(none));
    CHECK(withoutDate(none) != none); // the dates were there to take out
    // Every glyph came from the cache the second time, so no file was written again.
    CHECK(cacheFiles(folder) == filled);
    CHECK(modificationTimes(folder) == written);
}

TEST_CASE("The glyph cache gives a face's glyphs back, and nothing to another face")
{
    QTemporaryDir dir;
    {
        PdfGlyphCache cache(dir.path(), "face A");
        CHECK(cache.size() == 0);
        cache.add(42, Square);
        REQUIRE(cache.save());
    }
    const PdfGlyphCache again(dir.path(), "face A");
    REQUIRE(again.find(42) != nullptr);
    CHECK(again.find(42)->charString == Square.charString);
    CHECK(again.find(42)->bounds == Square.bounds);
    CHECK(again.find(43) == nullptr);
    CHECK(PdfGlyphCache(dir.path(), "face B").size() == 0);
    // No folder: nothing read, nothing written.
    PdfGlyphCache none(QString(), "face A");
    none.add(42, Square);
    CHECK(none.size() == 1);
    CHECK(none.save());
}

TEST_CASE("A damaged glyph cache is an empty one, and the next save mends it")
{
    QTemporaryDir dir;
    PdfGlyphCache cache(dir.path(), "face A");
    for (quint32 glyph = 1; glyph <= 50; ++glyph)
        cache.add(glyph, Square);
    REQUIRE(cache.save());
    QFile file(cache.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x40);
    // Damage only a bug could do, with checksums that match. The body is the magic, the
    // version, the identity (a length, then its bytes), the count, then each glyph: its index,
    // four doubles of bounds, its charstring (a length, then its bytes).
    const QByteArray body = good.left(good.size() - 20);
    const int count = 12 + int(qFromBigEndian<quint32>(body.constData() + 8));
    REQUIRE(body.mid(count, 4) == QByteArray("\0\0\0\x32", 4)); // 50
    const int firstBounds = count + 4 + 4;
    QByteArray huge = body;
    huge.replace(count, 4, "\xff\xff\xff\xff");
    QByteArray notANumber = body;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    qToBigEndian(nan, notANumber.data() + firstBounds);
    QByteArray farAway = body;
    qToBigEndian(1e300, farAway.data() + firstBounds + 16); // the width
    QByteArray unended = body;
    const int firstCharString = firstBounds + 32;
    const int length = int(qFromBigEndian<quint32>(body.constData() + firstCharString));
    unended[firstCharString + 4 + length - 1] = 'x'; // no endchar
    QByteArray overlong = body; // a charstring said to run far past the end of the file
    overlong.replace(firstCharString, 4, QByteArray("\0\0\xff\xf0", 4));
    const QList<QByteArray> damaged = {good.left(good.size() / 2),
                                       flipped,
                                       QByteArray(),
                                       QByteArray(4096, 'x'),
                                       withChecksum(huge),
                                       withChecksum(notANumber),
                                       withChecksum(farAway),
                                       withChecksum(unended),
                                       withChecksum(overlong),
                                       withChecksum(body + "more"),
                                       withChecksum(body.left(body.size() - 10))};
    for (const QByteArray &bytes : damaged) {
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        PdfGlyphCache read(dir.path(), "face A");
        CHECK(read.size() == 0);
        read.add(7, Square);
        REQUIRE(read.save());
        CHECK(PdfGlyphCache(dir.path(), "face A").find(7) != nullptr);
    }
    // Not a file at all: a folder, or (on Linux) a link to a device that never ends.
    REQUIRE(QFile::remove(cache.filePath()));
    REQUIRE(QDir().mkdir(cache.filePath()));
    CHECK(PdfGlyphCache(dir.path(), "face A").size() == 0);
    REQUIRE(QDir().rmdir(cache.filePath()));
#ifdef Q_OS_LINUX
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), cache.filePath()));
    CHECK(PdfGlyphCache(dir.path(), "face A").size() == 0);
#endif
}

TEST_CASE("A glyph cache that cannot be written leaves the PDF as it is")
{
    QTemporaryDir dir;
    // A file where the cache's folder should be.
    const QString blocked = dir.filePath(QStringLiteral("cache"));
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const ReportLayout layout = ReportLayout::build(test::filledForm(), {});
    CHECK(withoutDate(writePdf(layout, blocked + QStringLiteral("/pdf-glyphs"))) ==
          withoutDate(writePdf(layout, QString())));
    PdfGlyphCache cache(blocked + QStringLiteral("/pdf-glyphs"), "face A");
    cache.add(1, Square);
    CHECK_FALSE(cache.save());
}

TEST_CASE("An embedded glyph's outline comes from the cache when it has the glyph")
{
    const QRawFont face = QRawFont::fromFont(QFont(QStringLiteral("Noto Serif CJK SC")));
    REQUIRE(face.isValid());
    const QList<quint32> glyphs = face.glyphIndexesForString(QStringLiteral("国家"));
    REQUIRE(glyphs.size() == 2);
    QTemporaryDir dir;
    PdfGlyphCache cache(dir.path(), PdfFont::faceKey(face));
    // The cache says 国 is a square of half an em: what the cache says is what is embedded.
    cache.add(glyphs[0], Square);
    {
        PdfFont font(face);
        font.useGlyphCache(&cache);
        CHECK(font.cid(glyphs[0]) == 1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PdfObjectWriter pdf(&buffer);
        REQUIRE(pdf.begin());
        REQUIRE(font.write(pdf, pdf.reserve(), 0));
        CHECK(buffer.data().contains("/FontBBox [0 0 500 500]"));
        // 家 was not cached: it is loaded, and kept for the next PDF.
        CHECK(font.cid(glyphs[1]) == 2);
    }
    REQUIRE(cache.find(glyphs[1]) != nullptr);
    QRawFont atOneThousand = face; // PdfFont's outlines are in 1/1000 em
    atOneThousand.setPixelSize(1000);
    CHECK(cache.find(glyphs[1])->charString ==
          CffFontProgram::charString(atOneThousand.pathForGlyph(glyphs[1])));
}
