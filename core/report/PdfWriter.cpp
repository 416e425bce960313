#include "PdfWriter.h"

#include "PdfUnicodeRepair.h"
#include "ReportFontFamilies.h"

#include <QBuffer>

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <memory>
#include <vector>

namespace tianbao {

namespace {

// One device unit is one twip, so the layout's twip figures are used as they are.
constexpr int Resolution = 1440;
constexpr qreal BorderWidth = 10; // 0.5 pt, Word's w:sz="4"
constexpr qreal TitleSpacingAfter = 240;

struct PreparedRow
{
    std::vector<std::unique_ptr<QTextLayout>> cells;
    std::vector<qreal> heights;
    qreal textHeight = 0;
    qreal height() const { return textHeight + 2 * ReportLayout::CellMarginV; }
};

class PageComposer
{
public:
    PageComposer(const ReportLayout &layout, QPdfWriter &writer, QPainter &painter)
        : m_layout(layout), m_writer(writer), m_painter(painter), m_page(ReportLayout::page())
    {
        const ReportOptions &options = layout.options();
        m_labelFont = ReportFontFamilies::font(options.labelFont);
        m_titleFont = ReportFontFamilies::titleFont(options);
        m_headerFont = ReportFontFamilies::font(options.headerFont);
        m_tableFont = ReportFontFamilies::font(options.tableFont);
        m_signatureFont = ReportFontFamilies::font(options.signatureFont);
        m_pageNumberFont = ReportFontFamilies::font(options.pageNumberFont);
        m_top = m_page.marginTop;
        m_bottom = m_page.height - m_page.marginBottom;
        m_left = m_page.marginLeft;
        m_painter.setPen(QPen(Qt::black, BorderWidth));
    }

    void compose()
    {
        m_y = m_top;
        const QVector<ReportBlock> &blocks = m_layout.blocks();
        for (int i = 0; i < blocks.size(); ++i) {
            if (i > 0)
                newPage();
            drawBlock(blocks.at(i));
        }
        if (m_layout.hasSignature())
            drawSignature();
        drawPageNumber();
    }

private:
    std::unique_ptr<QTextLayout> prepareText(const QString &text, const QFont &font, qreal width,
                                             Qt::Alignment align, qreal *height) const
    {
        // QTextLayout breaks lines at U+2028, not at '\n'.
        const QString joined = ReportLayout::lines(text).join(QChar::LineSeparator);
        auto layout = std::make_unique<QTextLayout>(joined, font, &m_writer);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        *height = y;
        return layout;
    }

    PreparedRow prepareRow(const QStringList &cells, const QFont &font, bool header) const
    {
        PreparedRow row;
        const auto &widths = ReportLayout::columnWidths();
        for (int column = 0; column < ReportLayout::ColumnCount; ++column) {
            const bool centre = header || ReportLayout::columnAlign(column) == CellAlign::Center;
            qreal height = 0;
            row.cells.push_back(prepareText(cells.value(column), font,
                                            widths[size_t(column)] - 2 * ReportLayout::CellMarginH,
                                            centre ? Qt::AlignHCenter : Qt::AlignJustify, &height));
            row.heights.push_back(height);
            row.textHeight = qMax(row.textHeight, height);
        }
        return row;
    }

    // Draws the part [from, to) of a row's text at m_y. A whole row centres its cells
    // vertically (as Word's vAlign); the pieces of a split row start at the top.
    void drawRow(const PreparedRow &row, qreal from, qreal to, bool whole)
    {
        const auto &widths = ReportLayout::columnWidths();
        const qreal sliceHeight = to - from + 2 * ReportLayout::CellMarginV;
        qreal x = m_left;
        for (size_t column = 0; column < row.cells.size(); ++column) {
            const QTextLayout &text = *row.cells[column];
            const qreal dy = whole ? (row.textHeight - row.heights[column]) / 2 : 0;
            const QPointF origin(x + ReportLayout::CellMarginH,
                                 m_y + ReportLayout::CellMarginV + dy - from);
            for (int i = 0; i < text.lineCount(); ++i) {
                const QTextLine line = text.lineAt(i);
                const qreal top = line.y() + dy;
                if (whole || (top >= from - 0.5 && top + line.height() <= to + 0.5))
                    line.draw(&m_painter, origin);
            }
            m_painter.drawRect(QRectF(x, m_y, widths[column], sliceHeight));
            x += widths[column];
        }
        m_y += sliceHeight;
    }

    // Where a split row may end at most `limit` into its text without cutting a line.
    qreal splitPoint(const PreparedRow &row, qreal from, qreal limit) const
    {
        qreal end = from + limit;
        for (const auto &text : row.cells) {
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                if (line.y() < end && line.y() + line.height() > end)
                    end = qMin(end, line.y());
            }
        }
        return end;
    }

    void drawBlock(const ReportBlock &block)
    {
        const qreal textWidth = m_page.textWidth();
        qreal height = 0;
        const auto label = prepareText(block.label, m_labelFont, textWidth, Qt::AlignLeft, &height);
        label->draw(&m_painter, QPointF(m_left, m_y));
        m_y += 2 * QFontMetricsF(m_labelFont, &m_writer).lineSpacing(); // title on the third line
        const auto title =
            prepareText(block.title, m_titleFont, textWidth, Qt::AlignHCenter, &height);
        title->draw(&m_painter, QPointF(m_left, m_y));
        m_y += height + TitleSpacingAfter;

        const PreparedRow header = prepareRow(block.headers, m_headerFont, true);
        std::vector<PreparedRow> rows;
        rows.reserve(size_t(block.rows.size()));
        for (const ReportRow &row : block.rows)
            rows.push_back(prepareRow(row.cells, m_tableFont, false));

        // A title alone at the foot of a page helps nobody: start on a new one.
        const qreal firstRow =
            rows.empty() ? 0 : qMin(rows.front().height(), m_bottom - m_top - header.height());
        if (m_y + header.height() + firstRow > m_bottom)
            newPage();
        drawRow(header, 0, header.textHeight, true);

        const qreal pageRoom = m_bottom - m_top - header.height();
        for (const PreparedRow &row : rows) {
            if (m_y + row.height() <= m_bottom) {
                drawRow(row, 0, row.textHeight, true);
                continue;
            }
            if (row.height() <= pageRoom) {
                newPage();
                drawRow(header, 0, header.textHeight, true);
                drawRow(row, 0, row.textHeight, true);
                continue;
            }
            // Taller than a page: it flows over, in pieces that end between lines.
            qreal from = 0;
            while (from < row.textHeight - 0.5) {
                const qreal room = m_bottom - m_y - 2 * ReportLayout::CellMarginV;
                qreal to = splitPoint(row, from, room);
                if (to <= from) {
                    if (m_y > m_top + header.height() + 1) {
                        newPage();
                        drawRow(header, 0, header.textHeight, true);
                        continue;
                    }
                    to = from + room; // a single line taller than a page: cut it
                }
                drawRow(row, from, qMin(to, row.textHeight), false);
                from = to;
                if (from < row.textHeight - 0.5) {
                    newPage();
                    drawRow(header, 0, header.textHeight, true);
                }
            }
        }
    }

    void drawSignature()
    {
        const ReportSignature &signature = m_layout.signature();
        const qreal lineHeight = QFontMetricsF(m_signatureFont, &m_writer).lineSpacing();
        if (m_y + 3 * lineHeight > m_bottom)
            newPage();
        m_y += lineHeight; // one empty line below the table
        m_painter.setFont(m_signatureFont);
        const qreal right = m_left + m_page.textWidth();
        const auto drawLine = [&](const QString &text, int rightIndent) {
            const QRectF box(m_left, m_y, right - rightIndent - m_left, lineHeight);
            m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
            m_y += lineHeight;
        };
        drawLine(signature.unit, signature.unitRightIndent);
        drawLine(signature.date, signature.dateRightIndent);
    }

    void drawPageNumber()
    {
        if (!m_layout.options().pageNumbers)
            return;
        m_painter.setFont(m_pageNumberFont);
        const qreal lineHeight = QFontMetricsF(m_pageNumberFont, &m_writer).lineSpacing();
        const QRectF box(m_left, m_bottom + m_page.footerGap, m_page.textWidth(), lineHeight);
        m_painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop,
                           QStringLiteral("— %1 —").arg(m_pageNumber));
    }

    void newPage()
    {
        drawPageNumber();
        m_writer.newPage();
        ++m_pageNumber;
        m_y = m_top;
    }

public:
    QVector<QFont> fonts() const
    {
        return {m_labelFont, m_titleFont,     m_headerFont,
                m_tableFont, m_signatureFont, m_pageNumberFont};
    }

private:
    const ReportLayout &m_layout;
    QPdfWriter &m_writer;
    QPainter &m_painter;
    const ReportPage &m_page;
    QFont m_labelFont, m_titleFont, m_headerFont, m_tableFont, m_signatureFont, m_pageNumberFont;
    qreal m_top = 0, m_bottom = 0, m_left = 0, m_y = 0;
    int m_pageNumber = 1;
};

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
    // Painted into memory first: the finished file gets its ToUnicode maps repaired.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVector<QFont> fonts;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        // Zero printer margins: the page is painted edge to edge, so the footer can sit below
        // the text block and the margins are exactly the layout's.
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        writer.setTitle(m_layout.documentTitle());
        writer.setCreator(QStringLiteral("Tianbao"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Could not start the PDF.")};
        PageComposer composer(m_layout, writer, painter);
        composer.compose();
        fonts = composer.fonts();
        if (!painter.end())
            return Error{tr("Could not finish the PDF.")};
    }
    const QByteArray bytes = PdfUnicodeRepair::repair(
        buffer.data(), PdfUnicodeRepair::radicalMap(fonts, allText(m_layout)));
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the PDF: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
