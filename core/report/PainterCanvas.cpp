#include "PainterCanvas.h"

#include "text/ReportText.h"

#include <QPainter>
#include <QPen>
#include <QTextLayout>

namespace tianbao {

void PainterCanvas::drawTextLine(const ReportText &text, int line, const QPointF &origin)
{
    if (const QTextLayout *layout = text.qtLayout()) {
        layout->lineAt(line).draw(m_painter, origin);
        return;
    }
    // A line set by ReportText is drawn as text, in one line of its width, justified when it
    // was: a printer's PDF and the preview's recorded pages keep text as text, where glyph
    // runs without their characters would become outlines. Qt places the glyphs within a
    // twip or two of where the PDF has them; the line holds the same characters.
    const ReportText::Line &l = text.line(line);
    int flags = Qt::TextSingleLine | Qt::TextDontClip | Qt::AlignTop;
    if (l.justified)
        flags |= Qt::AlignJustify | Qt::TextJustificationForced;
    else
        flags |= int(text.alignment() & (Qt::AlignLeft | Qt::AlignHCenter | Qt::AlignRight));
    m_painter->setFont(text.painterFont());
    m_painter->drawText(QRectF(origin.x(), origin.y() + l.y, text.width(), l.height), flags,
                        text.lineText(line).toString());
}

void PainterCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    m_painter->setPen(QPen(Qt::black, penWidth));
    m_painter->drawRect(rect);
}

} // namespace tianbao
