#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QString>
#include <QVector>

namespace tianbao {

// Qt 6.4 writes a PDF font's ToUnicode map by giving each glyph the lowest code point that
// the font maps to it. CJK fonts share one glyph between an ideograph and its radical (目 and
// ⽬ U+2F6C, 黄 and ⻩ U+2EE9), so text copied from or searched in our PDF read 项⽬ and a
// search for 项目 failed. This repairs the maps after writing, keeping every byte offset.
class PdfUnicodeRepair
{
public:
    using Map = QHash<char32_t, char32_t>;

    // Radical → the character of `text` that the same glyph of one of `fonts` stands for.
    static Map radicalMap(const QVector<QFont> &fonts, const QString &text);
    // Rewrites the destinations in the PDF's ToUnicode CMaps; same length in, same length out.
    static QByteArray repair(QByteArray pdf, const Map &map);
};

} // namespace tianbao
