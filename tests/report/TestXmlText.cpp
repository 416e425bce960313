#include "TestSupport.h"
#include "report/XmlText.h"

using namespace tianbao;

TEST_CASE("XML text is escaped and stripped of characters XML 1.0 forbids")
{
    CHECK(XmlText::escape(QStringLiteral("A&B <c> \"d\"")) ==
          QStringLiteral("A&amp;B &lt;c&gt; &quot;d&quot;"));
    const QString controls = QStringLiteral("a") + QChar(0x01) + QChar(0x0B) +
                             QStringLiteral("b\tc\n") + QChar(0xFFFE) + QChar(0xD800) +
                             QStringLiteral("d");
    CHECK(XmlText::clean(controls) == QStringLiteral("ab\tc\nd"));
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // a valid surrogate pair stays
    CHECK(XmlText::clean(emoji) == emoji);
    CHECK(XmlText::escape(QStringLiteral("天冬")) == QStringLiteral("天冬"));
}
