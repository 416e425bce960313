#include "TestSupport.h"
#include "zip/ZipReader.h"

#include <QElapsedTimer>
#include <QFile>

using namespace tianbao;

namespace {

QByteArray bytesOf(const QString &relative)
{
    QFile file(test::dataPath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("ZipReader reads entries by exact name", "[zip]")
{
    Result<ZipReader> zip = ZipReader::open(bytesOf(QStringLiteral("docx/notice-word.docx")));
    REQUIRE(zip.ok());
    CHECK(zip->entryNames().contains(QStringLiteral("word/document.xml")));
    CHECK(zip->contains(QStringLiteral("word/document.xml")));
    CHECK_FALSE(zip->contains(QStringLiteral("WORD/document.xml")));
    Result<QByteArray> xml = zip->read(QStringLiteral("word/document.xml"));
    REQUIRE(xml.ok());
    CHECK(xml->startsWith("<?xml"));
    CHECK(QString::fromUtf8(*xml).contains(QStringLiteral("乡村振兴学院东兴分院项目")));

    Result<QByteArray> missing = zip->read(QStringLiteral("word/nothing.xml"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == QStringLiteral("The file has no part named “word/nothing.xml”."));
}

TEST_CASE("ZipReader refuses what is not a zip", "[zip]")
{
    Result<ZipReader> random = ZipReader::open(bytesOf(QStringLiteral("bad/random.docx")));
    REQUIRE_FALSE(random.ok());
    CHECK(random.error() ==
          QStringLiteral("The file is not a zip archive, so it is not a .docx document."));

    Result<ZipReader> empty = ZipReader::open(QByteArray());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error() == QStringLiteral("The file is empty."));

    Result<ZipReader> truncated = ZipReader::open(bytesOf(QStringLiteral("bad/truncated.docx")));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().startsWith(QStringLiteral("The file is damaged or incomplete")));
}

TEST_CASE("ZipReader refuses an archive over the size cap before parsing it", "[zip]")
{
    ZipLimits limits;
    limits.maxArchiveSize = 1000;
    Result<ZipReader> zip = ZipReader::open(QByteArray(1001, 'P'), limits);
    REQUIRE_FALSE(zip.ok());
    CHECK(zip.error().startsWith(QStringLiteral("The file is too large")));
}

TEST_CASE("ZipReader caps the number of entries", "[zip]")
{
    QElapsedTimer timer;
    timer.start();
    Result<ZipReader> zip = ZipReader::open(bytesOf(QStringLiteral("bad/many-entries.docx")));
    REQUIRE_FALSE(zip.ok());
    CHECK(zip.error().startsWith(QStringLiteral("The file holds more than 10000 parts")));
    CHECK(timer.elapsed() < 2000);

    ZipLimits limits;
    limits.maxEntries = 3;
    CHECK_FALSE(ZipReader::open(bytesOf(QStringLiteral("docx/notice-word.docx")), limits).ok());
}

TEST_CASE("ZipReader refuses zip bombs, whatever size they declare", "[zip]")
{
    for (const char *name : {"bad/zip-bomb.docx", "bad/zip-bomb-lying.docx"}) {
        INFO(name);
        QElapsedTimer timer;
        timer.start();
        Result<ZipReader> zip = ZipReader::open(bytesOf(QString::fromLatin1(name)));
        REQUIRE(zip.ok());
        Result<QByteArray> xml = zip->read(QStringLiteral("word/document.xml"));
        REQUIRE_FALSE(xml.ok());
        CHECK(xml.error().contains(QStringLiteral("zip bomb")));
        CHECK(timer.elapsed() < 2000);
    }
}

TEST_CASE("ZipReader counts inflated bytes against each cap", "[zip]")
{
    const QByteArray notice = bytesOf(QStringLiteral("docx/notice-word.docx"));
    SECTION("entry size")
    {
        ZipLimits limits;
        limits.maxEntrySize = 1000;
        Result<ZipReader> zip = ZipReader::open(notice, limits);
        REQUIRE(zip.ok());
        CHECK_FALSE(zip->read(QStringLiteral("word/document.xml")).ok());
        CHECK(zip->read(QStringLiteral("_rels/.rels")).ok());
    }
    SECTION("total size")
    {
        ZipLimits limits;
        limits.maxTotalSize = 2000;
        Result<ZipReader> zip = ZipReader::open(notice, limits);
        REQUIRE(zip.ok());
        CHECK(zip->read(QStringLiteral("_rels/.rels")).ok());
        CHECK(zip->read(QStringLiteral("[Content_Types].xml")).ok());
        CHECK_FALSE(zip->read(QStringLiteral("word/styles.xml")).ok());
    }
    SECTION("ratio")
    {
        ZipLimits limits;
        limits.ratioThreshold = 100;
        limits.maxRatio = 2;
        Result<ZipReader> zip = ZipReader::open(notice, limits);
        REQUIRE(zip.ok());
        CHECK_FALSE(zip->read(QStringLiteral("word/document.xml")).ok());
    }
}

TEST_CASE("ZipReader refuses an encrypted entry", "[zip]")
{
    Result<ZipReader> zip = ZipReader::open(bytesOf(QStringLiteral("bad/encrypted-entry.docx")));
    REQUIRE(zip.ok());
    Result<QByteArray> xml = zip->read(QStringLiteral("word/document.xml"));
    REQUIRE_FALSE(xml.ok());
    CHECK(xml.error().contains(QStringLiteral("encrypted")));
}
