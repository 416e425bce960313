#include "PdfUnicodeRepair.h"

#include <QRawFont>
#include <QSet>

namespace tianbao {

namespace {

// CJK Radicals Supplement and Kangxi Radicals: the code points that sort before the
// ideographs they look like.
constexpr char16_t RadicalsFirst = 0x2E80;
constexpr char16_t RadicalsLast = 0x2FDF;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Replaces the 4-digit hex token starting at `pos` ("<2F6C>") when the map has it.
void replaceToken(QByteArray &pdf, qsizetype pos, const PdfUnicodeRepair::Map &map)
{
    if (pos + 5 >= pdf.size() || pdf.at(pos) != '<' || pdf.at(pos + 5) != '>')
        return;
    for (int i = 1; i <= 4; ++i) {
        if (!isHex(pdf.at(pos + i)))
            return;
    }
    bool ok = false;
    const uint code = pdf.mid(pos + 1, 4).toUInt(&ok, 16);
    const auto it = map.constFind(char32_t(code));
    if (!ok || it == map.constEnd() || *it > 0xFFFF)
        return;
    const QByteArray replacement =
        QByteArray::number(uint(*it), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        pdf[pos + 1 + i] = replacement.at(i);
}

// Only destinations change: inside the [ ] arrays of bfrange, the third token of a one-code
// bfrange line, the second token of a bfchar line.
void repairSection(QByteArray &pdf, qsizetype begin, qsizetype end, bool ranges,
                   const PdfUnicodeRepair::Map &map)
{
    qsizetype pos = begin;
    while (pos < end) {
        qsizetype lineEnd = pdf.indexOf('\n', pos);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        QVector<qsizetype> tokens;
        bool inArray = false;
        for (qsizetype i = pos; i < lineEnd; ++i) {
            const char c = pdf.at(i);
            if (c == '[')
                inArray = true;
            else if (c == ']')
                inArray = false;
            else if (c == '<' && inArray)
                replaceToken(pdf, i, map);
            else if (c == '<')
                tokens << i;
        }
        if (ranges && tokens.size() == 3 && pdf.mid(tokens.at(0), 6) == pdf.mid(tokens.at(1), 6))
            replaceToken(pdf, tokens.at(2), map);
        else if (!ranges && tokens.size() == 2)
            replaceToken(pdf, tokens.at(1), map);
        pos = lineEnd + 1;
    }
}

} // namespace

PdfUnicodeRepair::Map PdfUnicodeRepair::radicalMap(const QVector<QFont> &fonts, const QString &text)
{
    QSet<QChar> seen;
    QString ideographs;
    for (QChar c : text) {
        if (c.unicode() > RadicalsLast && !c.isSurrogate() && c.script() == QChar::Script_Han &&
            !seen.contains(c)) {
            seen.insert(c);
            ideographs.append(c);
        }
    }
    QString radicals;
    for (char16_t c = RadicalsFirst; c <= RadicalsLast; ++c)
        radicals.append(QChar(c));

    Map map;
    if (ideographs.isEmpty())
        return map;
    QSet<QString> doneFamilies;
    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid() || doneFamilies.contains(raw.familyName() + raw.styleName()))
            continue;
        doneFamilies.insert(raw.familyName() + raw.styleName());
        QHash<quint32, char16_t> byGlyph;
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        for (int i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
            if (glyphs.at(i) != 0)
                byGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
        }
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (int i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
            const auto it = byGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && it != byGlyph.constEnd())
                map.insert(radicals.at(i).unicode(), *it);
        }
    }
    return map;
}

QByteArray PdfUnicodeRepair::repair(QByteArray pdf, const Map &map)
{
    if (map.isEmpty())
        return pdf;
    qsizetype pos = 0;
    while ((pos = pdf.indexOf("begincmap", pos)) >= 0) {
        const qsizetype cmapEnd = pdf.indexOf("endcmap", pos);
        if (cmapEnd < 0)
            break;
        for (const bool ranges : {true, false}) {
            const QByteArray open = ranges ? "beginbfrange" : "beginbfchar";
            const QByteArray close = ranges ? "endbfrange" : "endbfchar";
            qsizetype section = pos;
            while ((section = pdf.indexOf(open, section)) >= 0 && section < cmapEnd) {
                const qsizetype sectionEnd = pdf.indexOf(close, section);
                if (sectionEnd < 0 || sectionEnd > cmapEnd)
                    break;
                repairSection(pdf, section + open.size(), sectionEnd, ranges, map);
                section = sectionEnd;
            }
        }
        pos = cmapEnd;
    }
    return pdf;
}

} // namespace tianbao
