#pragma once

#include "PdfFontSet.h"
#include "report/ReportCanvas.h"

#include <QByteArray>
#include <vector>

namespace tianbao {

class PdfFont;

// One page of our PDF being drawn: turns the report's text lines and cell borders into a
// content stream. Text is written as glyph IDs of the page's fonts (PdfFontSet) placed where
// the report's text layout (ReportText) put them, so the PDF shows exactly the lines and pages the
// printer does.
class PdfCanvas : public ReportCanvas
{
public:
    // `pageHeight` in twips: PDF's y axis points up from the paper's bottom edge.
    PdfCanvas(PdfFontSet &fonts, qreal pageHeight);

    void drawTextLine(const ReportText &text, int line, const QPointF &origin) override;
    void drawRect(const QRectF &rect, qreal penWidth) override;

    // The page's content stream so far.
    const QByteArray &content() const { return m_content; }

private:
    void setLineWidth(qreal points);
    // The spacing most glyphs of m_cids have between them (x(i): glyph i's position).
    template <typename X> qreal evenSpacing(const PdfFont &font, qreal size, int first, const X &x);

    PdfFontSet &m_fonts;
    qreal m_pageHeight;
    QByteArray m_content;
    qreal m_lineWidth = 1;               // PDF's initial line width, in points
    qreal m_charSpacing = 0;             // Tc, in points
    std::vector<PdfFontSet::Use> m_uses; // the faces of one line's runs, reused
    std::vector<int> m_cids;             // of the glyphs on one baseline, reused
    std::vector<qreal> m_gaps;
};

} // namespace tianbao
