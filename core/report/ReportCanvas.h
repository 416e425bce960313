#pragma once

#include <QPointF>
#include <QRectF>

namespace tianbao {

class ReportText;

// What a report page is drawn on: a QPainter (printer, preview, screen) or our own PDF
// (PdfCanvas). The page composer speaks only these two verbs, so every target gets the same
// pages. Coordinates are twips from the paper's top-left corner.
class ReportCanvas
{
public:
    virtual ~ReportCanvas() = default;

    // Line `line` of `text`, the text's top-left corner placed at `origin`.
    virtual void drawTextLine(const ReportText &text, int line, const QPointF &origin) = 0;
    // A black rectangle outline, `penWidth` twips wide, centred on the rectangle's edges.
    virtual void drawRect(const QRectF &rect, qreal penWidth) = 0;
};

} // namespace tianbao
