#include "ReportFontFamilies.h"

#include <QFontDatabase>

namespace tianbao {

namespace {

const QStringList &serifFallbacks()
{
    static const QStringList list = {QStringLiteral("Noto Serif CJK SC"),
                                     QStringLiteral("Source Han Serif SC"),
                                     QStringLiteral("Noto Sans CJK SC")};
    return list;
}

const QStringList &sansFallbacks()
{
    static const QStringList list = {QStringLiteral("Noto Sans CJK SC"),
                                     QStringLiteral("Source Han Sans SC"),
                                     QStringLiteral("Noto Serif CJK SC")};
    return list;
}

} // namespace

QStringList ReportFontFamilies::candidates(const QString &family)
{
    struct Alias
    {
        QStringList names;
        bool sans;
    };
    static const QVector<Alias> aliases = {
        {{QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("STFangsong")}, false},
        {{QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
          QStringLiteral("FangSong")},
         false},
        {{QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("STHeiti")}, true},
        {{QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("STSong")}, false},
        {{QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("STKaiti")}, false},
        {{QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S")}, false},
    };
    QStringList list = {family};
    bool sans = false;
    for (const Alias &alias : aliases) {
        if (alias.names.contains(family, Qt::CaseInsensitive)) {
            list += alias.names;
            sans = alias.sans;
            break;
        }
    }
    list += sans ? sansFallbacks() : serifFallbacks();
    list.removeDuplicates();
    return list;
}

QFont ReportFontFamilies::font(const ReportFont &font)
{
    QFont qfont;
    qfont.setFamilies(candidates(font.family));
    qfont.setPointSizeF(font.pointSize);
    // Qt may otherwise hint glyphs to the low-resolution screen grid.
    qfont.setHintingPreference(QFont::PreferNoHinting);
    return qfont;
}

QFont ReportFontFamilies::titleFont(const ReportOptions &options)
{
    if (QFontDatabase::hasFamily(options.titleFont.family))
        return font(options.titleFont);
    QFont fallback = font({options.titleFallbackFamily, options.titleFont.pointSize});
    fallback.setBold(true);
    return fallback;
}

} // namespace tianbao
