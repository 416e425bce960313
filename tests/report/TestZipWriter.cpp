#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "zip/ZipWriter.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("ZipWriter writes entries in order that libzip reads back")
{
    ZipWriter zip;
    const QByteArray big = QByteArray("天冬组培快繁").repeated(5000);
    zip.addFile(QStringLiteral("[Content_Types].xml"), "<Types/>");
    zip.addFile(QStringLiteral("word/document.xml"), big);
    zip.addFile(QStringLiteral("empty.txt"), QByteArray());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(zip.write(&buffer).ok());
    CHECK(buffer.data().startsWith("PK\x03\x04"));
    CHECK(buffer.data().size() < big.size() / 10); // deflated

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    CHECK(test::zipEntryNames(path) ==
          QStringList({QStringLiteral("[Content_Types].xml"), QStringLiteral("word/document.xml"),
                       QStringLiteral("empty.txt")}));
    CHECK(test::zipEntry(path, QStringLiteral("word/document.xml")) == big);
    CHECK(test::zipEntry(path, QStringLiteral("[Content_Types].xml")) == "<Types/>");
}

TEST_CASE("ZipWriter reports a device that refuses to write")
{
    ZipWriter zip;
    zip.addFile(QStringLiteral("a.txt"), "a");
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CHECK_FALSE(zip.write(&buffer).ok());
}
