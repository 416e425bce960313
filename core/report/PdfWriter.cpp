#include "PdfWriter.h"

#include "PdfUnicodeRepair.h"
#include "ReportPainter.h"
#include "ReportProgress.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace tianbao {

namespace {

// Every text the PDF shows: what the ToUnicode repair has to know.
QString allText(const ReportLayout &layout)
{
    QString text;
    for (const ReportBlock &block : layout.blocks()) {
        text += block.label + block.title + block.headers.join(QString());
        for (const ReportRow &row : block.rows)
            text += row.cells.join(QString());
    }
    return text + layout.signature().unit + layout.signature().date;
}

} // namespace

Status PdfWriter::write(QIODevice *device) const
{
    const ReportPainter pages(m_layout, m_progress);
    if (pages.cancelled())
        return Error{tr("The export was cancelled.")};
    // Painted into memory first: the finished file gets its ToUnicode maps repaired.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(ReportPainter::Resolution);
        // Zero printer margins: the page is painted edge to edge, so the footer can sit below
        // the text block and the margins are exactly the layout's.
        writer.setPageLayout(ReportPainter::pageLayout());
        writer.setTitle(m_layout.documentTitle());
        writer.setCreator(QStringLiteral("Tianbao"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Could not start the PDF.")};
        const bool painted = pages.paint(&painter, &writer, 0, -1, m_progress);
        if (!painter.end())
            return Error{tr("Could not finish the PDF.")};
        if (!painted)
            return Error{m_progress && m_progress->stopped() ? tr("The export was cancelled.")
                                                             : tr("Could not start a PDF page.")};
    }
    const QByteArray bytes = PdfUnicodeRepair::repair(
        buffer.data(), PdfUnicodeRepair::radicalMap(pages.fonts(), allText(m_layout)));
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the PDF: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
