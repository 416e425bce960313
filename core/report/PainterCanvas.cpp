#include "PainterCanvas.h"

#include <QPainter>
#include <QPen>
#include <QTextLayout>

namespace tianbao {

void PainterCanvas::drawTextLine(const QTextLayout &, const QTextLine &line, const QPointF &origin)
{
    line.draw(m_painter, origin);
}

void PainterCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    m_painter->setPen(QPen(Qt::black, penWidth));
    m_painter->drawRect(rect);
}

} // namespace tianbao
