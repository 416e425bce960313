#pragma once

#include "ReportCanvas.h"

class QPainter;

namespace tianbao {

// The canvas of a QPainter: a printer, the print preview, a recorded picture. The painter's
// coordinates are twips; the caller scales them for its device.
class PainterCanvas : public ReportCanvas
{
public:
    explicit PainterCanvas(QPainter *painter) : m_painter(painter) {}

    void drawTextLine(const ReportText &text, int line, const QPointF &origin) override;
    void drawRect(const QRectF &rect, qreal penWidth) override;

private:
    QPainter *m_painter;
};

} // namespace tianbao
