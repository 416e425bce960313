#include "TestSupport.h"
#include "util/Utf8.h"

#include <QRandomGenerator>

using namespace tianbao;

namespace {

// Utf8::toString must give exactly what QString::fromUtf8 gives, null or not.
void checkSame(const QByteArray &bytes)
{
    const QString ours = Utf8::toString(bytes);
    const QString qts = QString::fromUtf8(bytes);
    INFO("bytes: " << bytes.toHex(' ').toStdString());
    CHECK(ours == qts);
    CHECK(ours.isNull() == qts.isNull());
}

} // namespace

TEST_CASE("Utf8 decodes every text as QString::fromUtf8 does")
{
    SECTION("valid text of one to four bytes a character")
    {
        checkSame(QByteArray());
        checkSame(QByteArray(""));
        checkSame("ASCII only, 123");
        checkSame(
            QStringLiteral("与四川大学联合研发的扩散增亮膜已被京东方采用，亮度提升16%。").toUtf8());
        checkSame(QStringLiteral("Zürich é ß ĳ ǅ").toUtf8());
        checkSame(QStringLiteral("【材料科学与工程学院】\u2028—— “引号” …").toUtf8());
        checkSame(QStringLiteral("\uFEFF以字节顺序标记开头").toUtf8());
        checkSame(QStringLiteral("中\uFEFF间").toUtf8());
        checkSame(QStringLiteral("\uFFFD\uFFFE\uFFFF\uFDD0\uFDEF\u0800\u07FF\u0080").toUtf8());
        checkSame(QStringLiteral("四字节：𠀀 😀 𪚥").toUtf8());
    }
    SECTION("malformed bytes are replaced as Qt replaces them")
    {
        for (const char *hex :
             {"80", "bf", "c0 80", "c1 bf", "c2", "e4 b8", "e4 b8 41", "e0 80 80", "e0 9f bf",
              "ed a0 80", "ed bf bf", "f0 9f 98", "f4 90 80 80", "f5 80 80 80", "ff", "fe",
              "41 e4 b8 ad c2", "e4 b8 ad 80 e4 b8 ad"})
            checkSame(QByteArray::fromHex(hex));
    }
    SECTION("random mixes of characters and stray bytes")
    {
        const QList<QByteArray> pieces{"a",
                                       " ",
                                       QStringLiteral("中").toUtf8(),
                                       QStringLiteral("é").toUtf8(),
                                       QStringLiteral("😀").toUtf8(),
                                       QByteArray::fromHex("80"),
                                       QByteArray::fromHex("e4"),
                                       QByteArray::fromHex("e4b8"),
                                       QByteArray::fromHex("c2"),
                                       QByteArray::fromHex("ed"),
                                       QByteArray::fromHex("a0"),
                                       QByteArray::fromHex("ef"),
                                       QByteArray::fromHex("bb"),
                                       QByteArray::fromHex("f0"),
                                       QByteArray::fromHex("ff")};
        QRandomGenerator random(20231226);
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes;
            const int count = random.bounded(0, 12);
            for (int i = 0; i < count; ++i)
                bytes += pieces.at(random.bounded(int(pieces.size())));
            checkSame(bytes);
        }
    }
}

TEST_CASE("Utf8 sizes Chinese text exactly: one unit a character, not one a byte")
{
    const QByteArray bytes = QStringLiteral("成渝地区双城经济圈教育协同发展").repeated(20).toUtf8();
    const QString text = Utf8::toString(bytes);
    CHECK(text.size() == 15 * 20);
    CHECK(text.capacity() < bytes.size() / 2);
}
