#include "PdfCanvas.h"

#include "PdfFontSet.h"
#include "PdfNumber.h"
#include "PdfObjectWriter.h"
#include "report/text/ReportText.h"

#include <QGlyphRun>
#include <algorithm>
#include <cmath>

namespace tianbao {

namespace {

constexpr qreal TwipsPerPoint = 20;

void appendHexGlyph(QByteArray &out, int cid)
{
    static const char digits[] = "0123456789ABCDEF";
    const char hex[4] = {digits[(cid >> 12) & 15], digits[(cid >> 8) & 15], digits[(cid >> 4) & 15],
                         digits[cid & 15]};
    out.append(hex, 4);
}

} // namespace

template <typename X>
qreal PdfCanvas::evenSpacing(const PdfFont &font, qreal size, int first, const X &x)
{
    // The median gap between neighbours, in points, rounded to what Tc is written with.
    m_gaps.clear();
    for (size_t k = 0; k + 1 < m_cids.size(); ++k)
        m_gaps.push_back(x(first + int(k) + 1) - x(first + int(k)) -
                         font.advance(m_cids[k]) * size / 1000);
    if (m_gaps.empty())
        return m_charSpacing;
    auto middle = m_gaps.begin() + m_gaps.size() / 2;
    std::nth_element(m_gaps.begin(), middle, m_gaps.end());
    return std::round(*middle * 1000) / 1000;
}

PdfCanvas::PdfCanvas(PdfFontSet &fonts, qreal pageHeight) : m_fonts(fonts), m_pageHeight(pageHeight)
{
    m_content.reserve(64 * 1024);
}

void PdfCanvas::setLineWidth(qreal points)
{
    if (qFuzzyCompare(points, m_lineWidth))
        return;
    m_lineWidth = points;
    PdfNumber::append(m_content, points);
    m_content += " w\n";
}

void PdfCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    setLineWidth(penWidth / TwipsPerPoint);
    QByteArray &out = m_content;
    PdfNumber::append(out, rect.left() / TwipsPerPoint);
    out += ' ';
    PdfNumber::append(out, (m_pageHeight - rect.bottom()) / TwipsPerPoint);
    out += ' ';
    PdfNumber::append(out, rect.width() / TwipsPerPoint);
    out += ' ';
    PdfNumber::append(out, rect.height() / TwipsPerPoint);
    out += " re S\n";
}

void PdfCanvas::drawTextLine(const ReportText &reportText, int line, const QPointF &origin)
{
    const QList<QGlyphRun> runs = reportText.glyphRuns(line);
    const QStringView text = reportText.lineText(line);
    QByteArray &out = m_content;

    // The faces first. A line's characters are noted for every face it uses (the ToUnicode
    // maps keep those each face drew). A glyph no character maps to (a ligature, a contextual
    // form, a face drawn as outlines) would copy as nothing: such a line carries its text as
    // ActualText, which viewers copy and search instead of the glyphs'.
    m_uses.clear();
    bool glyphsGiveText = true;
    for (const QGlyphRun &run : runs) {
        const PdfFontSet::Use use = m_fonts.fontFor(run.rawFont());
        use.font->noteCharacters(text);
        if (!use.font->embeddable())
            glyphsGiveText = false;
        for (const quint32 glyph : run.glyphIndexes())
            glyphsGiveText = glyphsGiveText && use.font->hasCharacter(glyph);
        m_uses.push_back(use);
    }
    if (!glyphsGiveText && !text.isEmpty())
        out += "/Span << /ActualText " + PdfObjectWriter::textString(text.toString()) + " >> BDC\n";

    for (int r = 0; r < runs.size(); ++r) {
        const QGlyphRun &run = runs.at(r);
        const QVector<quint32> glyphs = run.glyphIndexes();
        const QVector<QPointF> positions = run.positions();
        if (glyphs.isEmpty() || positions.size() != glyphs.size())
            continue;
        const QRawFont raw = run.rawFont();
        const PdfFontSet::Use &use = m_uses[size_t(r)];
        PdfFont &font = *use.font;
        const qreal size = raw.pixelSize() / TwipsPerPoint; // points
        const auto x = [&](int i) { return (origin.x() + positions[i].x()) / TwipsPerPoint; };
        const auto y = [&](int i) {
            return (m_pageHeight - origin.y() - positions[i].y()) / TwipsPerPoint;
        };

        if (!font.embeddable()) {
            // Outlines in the page, as Qt does for a face whose licence forbids embedding.
            for (int i = 0; i < glyphs.size(); ++i) {
                const QByteArray outline = font.outlineOperators(font.cid(glyphs[i]));
                if (outline.isEmpty())
                    continue;
                out += "q ";
                PdfNumber::append(out, size / 1000, 5);
                out += " 0 0 ";
                PdfNumber::append(out, size / 1000, 5);
                out += ' ';
                PdfNumber::append(out, x(i));
                out += ' ';
                PdfNumber::append(out, y(i));
                out += " cm\n" + outline + "Q\n";
            }
            continue;
        }

        out += "BT\n/" + use.resourceName + ' ';
        PdfNumber::append(out, size);
        out += " Tf\n";
        // One TJ per baseline. A justified line spreads its spare room evenly between the
        // glyphs: that spacing is the character spacing (Tc) and costs nothing per glyph.
        // Between glyphs goes only what differs from it (kerning, a stretched space, rounding):
        // where Qt placed the glyph less where the PDF's pen would be, in 1/1000 em.
        int i = 0;
        while (i < glyphs.size()) {
            const qreal baseline = y(i);
            int end = i + 1;
            while (end < glyphs.size() && std::abs(y(end) - baseline) <= 0.01)
                ++end;
            m_cids.clear();
            for (int k = i; k < end; ++k)
                m_cids.push_back(font.cid(glyphs[k]));
            const qreal spacing = evenSpacing(font, size, i, x);
            if (std::abs(spacing - m_charSpacing) > 0.001) {
                m_charSpacing = spacing;
                PdfNumber::append(out, spacing, 3);
                out += " Tc\n";
            }
            out += "1 0 0 1 ";
            PdfNumber::append(out, x(i));
            out += ' ';
            PdfNumber::append(out, baseline);
            out += " Tm\n[<";
            qreal pen = x(i);
            for (int k = 0; i < end; ++i, ++k) {
                const qreal adjustment = std::round((pen - x(i)) * 1000 / size * 10) / 10;
                if (adjustment != 0) {
                    out += '>';
                    PdfNumber::append(out, adjustment, 1);
                    out += '<';
                    pen -= adjustment * size / 1000;
                }
                const int cid = m_cids[size_t(k)];
                appendHexGlyph(out, cid);
                pen += font.advance(cid) * size / 1000 + m_charSpacing;
            }
            out += ">] TJ\n";
        }
        out += "ET\n";
    }
    if (!glyphsGiveText && !text.isEmpty())
        out += "EMC\n";
}

} // namespace tianbao
