#include "PdfWriter.h"

#include "PdfUnicodeRepair.h"
#include "ReportPainter.h"
#include "ReportProgress.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <utility>
#include <vector>

namespace tianbao {

namespace {

// Every character the PDF shows, each once: what the ToUnicode repair has to know. (Joining
// the texts of 10,000 rows would take a hundred megabytes for a few thousand characters.)
QString shownCharacters(const ReportLayout &layout)
{
    std::vector<bool> seen(0x10000, false);
    QString characters;
    const auto add = [&](const QString &text) {
        for (const QChar c : text) {
            if (!seen[c.unicode()]) {
                seen[c.unicode()] = true;
                characters.append(c);
            }
        }
    };
    for (const ReportBlock &block : layout.blocks()) {
        add(block.label);
        add(block.title);
        for (const QString &header : block.headers)
            add(header);
        for (const ReportRow &row : block.rows) {
            for (const QString &cell : row.cells)
                add(cell);
        }
    }
    add(layout.signature().unit);
    add(layout.signature().date);
    return characters;
}

} // namespace

Status PdfWriter::write(QIODevice *device) const
{
    // Painted into memory first: the finished file gets its ToUnicode maps repaired.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVector<QFont> fonts;
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
        // Each page is painted as soon as it is laid out, then forgotten.
        const ReportPainter::Streamed pages =
            ReportPainter::layOutAndPaint(m_layout, &painter, &writer, m_progress);
        fonts = pages.fonts;
        if (!pages.painted) {
            painter.end();
            return Error{pages.pageFailed ? tr("Could not start a PDF page.")
                                          : tr("The export was cancelled.")};
        }
        if (!painter.end())
            return Error{tr("Could not finish the PDF.")};
    }
    buffer.close();
    // Repaired in place: the buffer's bytes are moved, not copied.
    const QByteArray bytes =
        PdfUnicodeRepair::repair(std::exchange(buffer.buffer(), QByteArray()),
                                 PdfUnicodeRepair::radicalMap(fonts, shownCharacters(m_layout)));
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the PDF: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
