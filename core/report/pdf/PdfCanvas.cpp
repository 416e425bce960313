#include "PdfCanvas.h"

#include "PdfFontSet.h"
#include "PdfNumber.h"

#include <QGlyphRun>
#include <QTextLayout>
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

void PdfCanvas::drawTextLine(const QTextLayout &layout, const QTextLine &line,
                             const QPointF &origin)
{
    const QList<QGlyphRun> runs = line.glyphRuns();
    const QStringView text = QStringView(layout.text()).mid(line.textStart(), line.textLength());
    const bool boldRequested = layout.font().weight() >= QFont::Bold;
    QByteArray &out = m_content;
    for (const QGlyphRun &run : runs) {
        const QVector<quint32> glyphs = run.glyphIndexes();
        const QVector<QPointF> positions = run.positions();
        if (glyphs.isEmpty() || positions.size() != glyphs.size())
            continue;
        const QRawFont raw = run.rawFont();
        const PdfFontSet::Use use = m_fonts.fontFor(raw);
        PdfFont &font = *use.font;
        // A line's characters are noted for every face it uses; the ToUnicode map keeps those
        // the face really drew.
        font.noteCharacters(text);
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

        // Qt emboldens a bold request of a regular face; so does the PDF, by stroking the
        // glyphs as they are filled (Qt's own PDF engine does the same).
        const bool embolden = boldRequested && font.weightClass() < 600;
        out += "BT\n/" + use.resourceName + ' ';
        PdfNumber::append(out, size);
        out += " Tf\n";
        if (embolden) {
            PdfNumber::append(out, size / 30);
            out += " w 2 Tr\n";
            m_lineWidth = -1; // unknown after ET: set again by the next rectangle
        }
        // One TJ per baseline; between glyphs, the difference between where the PDF's pen
        // would be (the advances of /W) and where Qt placed the glyph (justification,
        // kerning), in thousandths of an em.
        int i = 0;
        while (i < glyphs.size()) {
            const qreal baseline = y(i);
            out += "1 0 0 1 ";
            PdfNumber::append(out, x(i));
            out += ' ';
            PdfNumber::append(out, baseline);
            out += " Tm\n[<";
            qreal pen = x(i);
            for (; i < glyphs.size(); ++i) {
                if (std::abs(y(i) - baseline) > 0.01)
                    break;
                const qreal adjustment = std::round((pen - x(i)) * 1000 / size * 10) / 10;
                if (adjustment != 0) {
                    out += '>';
                    PdfNumber::append(out, adjustment, 1);
                    out += '<';
                    pen -= adjustment * size / 1000;
                }
                const int cid = font.cid(glyphs[i]);
                appendHexGlyph(out, cid);
                pen += font.advance(cid) * size / 1000;
            }
            out += ">] TJ\n";
        }
        out += embolden ? "0 Tr\nET\n" : "ET\n";
    }
}

} // namespace tianbao
