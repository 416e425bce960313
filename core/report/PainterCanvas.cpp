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
    // out by Qt as one line that never wraps, its hung spaces left out, a justified line's
    // room given as the word or letter spacing ReportText placed its glyphs with. Not Qt's
    // justification: a recorded page replays a justified line by laying it out again in its
    // width, and Qt, counting the last glyph's ink, would wrap a line full by its advances.
    const ReportText::Line &l = text.line(line);
    QStringView characters = text.lineText(line);
    characters.chop(qMin<qsizetype>(l.trailing, characters.size()));
    if (characters.isEmpty())
        return;
    QFont font = text.painterFont();
    if (l.justified && l.betweenWords)
        font.setWordSpacing(l.spacing);
    else if (l.justified)
        font.setLetterSpacing(QFont::AbsoluteSpacing, l.spacing);
    QTextLayout layout(characters.toString(), font);
    QTextOption option(l.justified ? Qt::AlignLeft
                                   : text.alignment() &
                                         (Qt::AlignLeft | Qt::AlignHCenter | Qt::AlignRight));
    option.setWrapMode(QTextOption::ManualWrap);
    layout.setTextOption(option);
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
