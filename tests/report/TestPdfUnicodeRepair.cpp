#include "TestSupport.h"
#include "report/PdfUnicodeRepair.h"
#include "report/ReportFontFamilies.h"

using namespace tianbao;

TEST_CASE("ToUnicode destinations that are radicals become the report's ideographs")
{
    const PdfUnicodeRepair::Map map = {{0x2F6C, 0x76EE}, {0x2EE9, 0x9EC4}};
    const QByteArray pdf = "1 0 obj\n<< /Length 10 >>\nstream\n<2F6C> in content stays\nendstream\n"
                           "begincmap\n2 beginbfrange\n<0000> <0000> <0000>\n"
                           "<0001> <0004> [<9879> <2F6C> <002E> <2EE9>]\n<0005> <0005> <2F6C>\n"
                           "<0006> <0007> <2F6C>\nendbfrange\n1 beginbfchar\n<2F6C> <2F6C>\n"
                           "endbfchar\nendcmap\n";
    const QByteArray repaired = PdfUnicodeRepair::repair(pdf, map);
    CHECK(repaired.size() == pdf.size()); // every xref offset stays valid
    CHECK(repaired.contains("<0001> <0004> [<9879> <76EE> <002E> <9EC4>]"));
    CHECK(repaired.contains("<0005> <0005> <76EE>"));
    CHECK(repaired.contains("<0006> <0007> <2F6C>")); // a real range is left alone
    CHECK(repaired.contains("<2F6C> <76EE>\nendbfchar"));
    CHECK(repaired.contains("<2F6C> in content stays"));
}

TEST_CASE("The radical map comes from the fonts' shared glyphs")
{
    const QFont font = ReportFontFamilies::font({QStringLiteral("仿宋"), 10.5});
    const PdfUnicodeRepair::Map map =
        PdfUnicodeRepair::radicalMap({font}, QStringLiteral("项目黄精"));
    if (map.isEmpty()) {
        WARN("the CJK font here gives radicals glyphs of their own: nothing to repair");
        return;
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        CHECK(it.key() >= 0x2E80);
        CHECK(it.key() <= 0x2FDF);
        CHECK(QStringLiteral("项目黄精").contains(QChar(char16_t(it.value()))));
    }
    CHECK(map.value(0x2F6C) == 0x76EE); // ⽬ → 目
}
