#pragma once

#include "TextShaper.h"

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QRawFont>
#include <QString>
#include <memory>
#include <vector>

class QTextLayout;

namespace tianbao {

// A piece of the report's text set in lines of one width: a cell, a title, a page number.
//
// Text that one face of its font covers, in Chinese, Latin and common characters, is shaped
// by HarfBuzz (ShapedFont) and broken into lines here, by the rules of Qt's QTextLayout: the
// same break opportunities (QTextBoundaryFinder), the same greedy filling, trailing spaces
// hung, a word longer than the line broken anywhere, centred and right-aligned lines placed
// alike. Two rules differ, so that a printer and the print preview can draw each line as
// the PDF has it (PainterCanvas): a line holds what fits by the glyphs' advances, as Word
// measures, where Qt also counts the ink of a line's last glyph past its advance (a twip or
// two for these faces; it would mean loading that glyph); and a justified line spreads its
// room evenly, between words when it has spaces outside Chinese text, else after each
// character, as Qt's word and letter spacing do (Qt's justification gives none after
// punctuation). Any other text (a character only a fallback face has, a combining mark,
// another script) is set by QTextLayout itself. Setting the lines here spares Qt's loading of
// every distinct glyph through FreeType to learn its advance.
//
// Positions are in pixels of the shaper's device (twips for the report), from the text's
// top-left corner. A ReportText is used on the thread that made it.
class ReportText
{
public:
    struct Line
    {
        qreal y = 0;            // the line's top
        qreal height = 0;       // ascent and descent, rounded up as Qt rounds them
        int start = 0;          // into text()
        int length = 0;         // with the trailing spaces and the line separator
        int trailing = 0;       // spaces hung past the line's end, not in its width
        bool justified = false; // its room spread between its characters or words
        qreal spacing = 0;      // when justified: added after each character or word
        bool betweenWords = false;
    };

    // Lines of `text` (U+2028 ends a line) at most `width` wide, aligned by `align`.
    ReportText(const QString &text, const QFont &font, qreal width, Qt::Alignment align,
               TextShaper &shaper);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    const QString &text() const { return m_text; }
    int lineCount() const { return int(m_lines.size()); }
    const Line &line(int index) const { return m_lines[size_t(index)]; }
    qreal height() const;
    // A line's characters, without the line separator that ends it.
    QStringView lineText(int index) const;
    // A line's glyphs, placed from the text's top-left corner.
    QList<QGlyphRun> glyphRuns(int index) const;
    // Qt's layout when it set the lines; nullptr when they were set here.
    const QTextLayout *qtLayout() const { return m_qtLayout.get(); }
    bool setByQt() const { return m_qtLayout != nullptr; }
    // For drawing a line set here on a QPainter as text (PainterCanvas): the font sized in
    // pixels of the measuring device, the width and the alignment the lines were set for.
    const QFont &painterFont() const { return m_painterFont; }
    qreal width() const { return m_width / 64.0; }
    Qt::Alignment alignment() const { return m_align; }

private:
    struct Piece;
    struct SetLine;

    void setWithQt();
    void setWithHarfBuzz(const ShapedFont &font);
    void shapeRuns(const ShapedFont &font);
    SetLine fillLine(int from, bool breakAnywhere) const;
    // Places the glyphs of the line just added to m_lines, and notes its spacing.
    void placeGlyphs(const SetLine &set, qint64 top, qint64 ascent);
    int nextCluster(int position) const;
    bool isSpace(int position) const;

    QString m_text;
    QFont m_font;        // for the device
    QFont m_painterFont; // its size in the device's pixels
    qint64 m_width = 0;  // 1/64 pixels
    Qt::Alignment m_align;
    std::vector<Line> m_lines;
    std::unique_ptr<QTextLayout> m_qtLayout;

    // Set here: the face, every glyph in text order, and for each line its glyphs.
    QRawFont m_face;
    std::vector<ShapedFont::Glyph> m_glyphs;
    std::vector<int> m_firstGlyph;        // per character: its cluster's first glyph, or -1
    std::vector<qint64> m_clusterAdvance; // per character starting a cluster, 1/64 pixels
    std::vector<bool> m_breakBefore;      // a line may break before character i
    std::vector<std::pair<int, int>> m_lineGlyphs; // [first, end) into m_glyphs
    std::vector<QPointF> m_positions;              // per glyph
};

} // namespace tianbao
