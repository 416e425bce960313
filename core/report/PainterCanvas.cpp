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
    // A line set by ReportText is drawn as text (a printer's PDF and the preview's recorded
    // pages keep text items as text, glyph runs without their characters as outlines): laid
    // out by Qt as one line that never wraps (Qt counts a last glyph's ink past its advance,
    // ReportText does not, so a full line could otherwise lose its last word to a second
    // line), its hung spaces left out, justified when it was. Qt places the glyphs within a
    // few twips of where the PDF has them.
    const ReportText::Line &l = text.line(line);
    QStringView characters = text.lineText(line);
    characters.chop(qMin<qsizetype>(l.trailing, characters.size()));
    if (characters.isEmpty())
        return;
    QTextLayout layout(characters.toString(), text.painterFont());
    QTextOption option(l.justified ? Qt::AlignJustify
                                   : text.alignment() &
                                         (Qt::AlignLeft | Qt::AlignHCenter | Qt::AlignRight));
    option.setWrapMode(QTextOption::ManualWrap);
    layout.setTextOption(option);
    if (l.justified)
        layout.setFlags(Qt::TextJustificationForced); // as QPainter::drawText does
    layout.beginLayout();
    QTextLine qtLine = layout.createLine();
    qtLine.setLineWidth(text.width());
    layout.endLayout();
    qtLine.draw(m_painter, QPointF(origin.x(), origin.y() + l.y));
}

void PainterCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    m_painter->setPen(QPen(Qt::black, penWidth));
    m_painter->drawRect(rect);
}

} // namespace tianbao
