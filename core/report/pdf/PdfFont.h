#pragma once

#include "CffFontProgram.h"

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QRectF>
#include <QVector>
#include <vector>

namespace tianbao {

class PdfGlyphCache;
class PdfObjectWriter;

// One face as our PDF embeds it: the glyphs drawn with it, numbered 1, 2, … in the order
// first drawn (the CIDs of the content streams), their advances, and the characters they
// stand for. Written at the end as a Type 0 font with a CFF program of just those glyphs
// (CffFontProgram) and a ToUnicode map, so the text copies and searches as written.
//
// The ToUnicode map is made from the characters actually drawn, not from the font's whole
// character map: CJK fonts share one glyph between an ideograph and its radical (目 and ⽬
// U+2F6C), and only the text knows which one was meant.
class PdfFont
{
public:
    // `face` at any size.
    explicit PdfFont(const QRawFont &face);
    PdfFont(const PdfFont &) = delete;
    PdfFont &operator=(const PdfFont &) = delete;

    // Identifies the face of a QRawFont whatever its size. A bold request of a regular face is
    // a face of its own: Qt emboldens its outlines (QRawFont::pathForGlyph gives them so),
    // and the printer shows them so.
    static QByteArray faceKey(const QRawFont &font);

    // Takes the outlines of an embedded face's glyphs from `cache` and adds the new ones to it
    // (see PdfGlyphCache); call before the first glyph. The cache must outlive the font.
    void useGlyphCache(PdfGlyphCache *cache) { m_cache = m_embeddable ? cache : nullptr; }

    // The CID of a glyph of the face, adding the glyph on first use.
    int cid(quint32 glyphIndex)
    {
        if (glyphIndex < m_cidOfGlyph.size() && m_cidOfGlyph[glyphIndex] != 0)
            return m_cidOfGlyph[glyphIndex];
        return addGlyph(glyphIndex);
    }
    // The advance of a CID in 1/1000 em, as written in the font's /W array.
    int advance(int cid) const { return m_advances.at(cid); }
    // Notes the characters drawn with this face (ToUnicode is made of them).
    void noteCharacters(QStringView text);
    // True when a noted character maps to the glyph through the face's character map, so the
    // ToUnicode map gives it back. A glyph made by shaping (a ligature, a contextual form) has
    // none: its line carries its text as ActualText instead.
    bool hasCharacter(quint32 glyphIndex) const
    {
        return glyphIndex < m_characterOfGlyph.size() && m_characterOfGlyph[glyphIndex] != 0;
    }

    // False when the font's licence forbids embedding (OS/2 fsType): its glyphs are then
    // drawn as outlines, as Qt's own PDF engine does.
    bool embeddable() const { return m_embeddable; }
    // A glyph's outline as PDF path operators in 1/1000 em, y up: for a face not embedded.
    QByteArray outlineOperators(int cid) const;

    // Writes the font's objects; `fontId` is the Type 0 font's reserved number. `index` (its
    // place in the document) and the glyphs drawn make its subset tag.
    bool write(PdfObjectWriter &pdf, int fontId, int index) const;

    int glyphCount() const { return m_program.glyphCount(); }

private:
    int addGlyph(quint32 glyphIndex);
    int addOutline(quint32 glyphIndex);
    int designAdvance(quint32 glyphIndex) const;
    QByteArray toUnicodeMap() const;
    QByteArray subsetTag(int index) const;

    QRawFont m_face; // at 1000 pixels per em: outlines and advances in 1/1000 em
    QByteArray m_postScriptName;
    bool m_embeddable = true;
    QByteArray m_horizontalMetrics; // the hmtx table: advances without loading glyphs
    int m_horizontalMetricCount = 0;
    qreal m_unitsPerEm = 0;
    CffFontProgram m_program;
    PdfGlyphCache *m_cache = nullptr;
    std::vector<quint16> m_cidOfGlyph; // by glyph index; 0 = not drawn yet
    QVector<quint32> m_glyphOfCid{0};
    QVector<int> m_advances{0};
    QVector<QPainterPath> m_outlines; // kept only for a face that is not embedded
    QRectF m_bounds;
    std::vector<bool> m_seen;                 // by code point
    std::vector<char32_t> m_characterOfGlyph; // by glyph index; 0 = none noted
};

} // namespace tianbao
