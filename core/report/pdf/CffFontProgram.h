#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QString>
#include <QVector>

namespace tianbao {

// A CID-keyed CFF font program (Adobe TN 5176) made from glyph outlines, for a PDF's
// CIDFontType0C font file. Glyph i of the program is CID i; glyph 0 is .notdef.
//
// Why outlines and not the installed font's own bytes: the CJK faces are 16–25 MB and their
// CFF programs are shared-subroutine webs that cannot be cut down cheaply; a program of only
// the drawn glyphs, without hints, is a few hundred kilobytes and is what Qt's own PDF engine
// embeds too (as TrueType, after converting every cubic curve to quadratics — CFF keeps the
// cubics exactly as the font has them).
class CffFontProgram
{
public:
    CffFontProgram();

    // Adds the next glyph as its charstring (charString()). Returns its CID.
    int addCharString(const QByteArray &charString);
    int glyphCount() const { return m_charStrings.size(); }

    // The program, named `fontName` (a PostScript name: printable ASCII, no spaces).
    QByteArray toByteArray(const QByteArray &fontName) const;

    // The Type 2 charstring of an outline in 1/1000 em with y pointing down (Qt's coordinates,
    // as QRawFont::pathForGlyph gives them at a pixel size of 1000). PdfGlyphCache keeps them.
    static QByteArray charString(const QPainterPath &outline);

private:
    QVector<QByteArray> m_charStrings;
};

} // namespace tianbao
