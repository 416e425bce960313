#include "ReportPainter.h"

#include "PainterCanvas.h"
#include "ReportCanvas.h"
#include "ReportFontFamilies.h"
#include "ReportProgress.h"
#include "text/ReportText.h"
#include "text/TextShaper.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <functional>
#include <vector>

namespace tianbao {

namespace {

constexpr qreal BorderWidth = 10; // 0.5 pt, Word's w:sz="4"
constexpr qreal TitleSpacingAfter = 240;

using TextPtr = std::shared_ptr<const ReportText>;

struct PreparedRow
{
    std::vector<TextPtr> cells;
    std::vector<qreal> heights;
    qreal textHeight = 0;
    qreal height() const { return textHeight + 2 * ReportLayout::CellMarginV; }
};
using RowPtr = std::shared_ptr<const PreparedRow>;

} // namespace

struct ReportPainter::Page
{
    std::vector<std::function<void(ReportCanvas &)>> items;
    int rows = 0;
};

namespace {

void paintItems(QPainter *painter, const ReportPainter::Page &page)
{
    painter->save();
    painter->setPen(Qt::black);
    PainterCanvas canvas(painter);
    for (const auto &item : page.items)
        item(canvas);
    painter->restore();
}

// Starts page `index` on the device (the first is started by QPainter::begin) and paints it,
// scaling twips to the device's dots.
bool paintOnDevice(QPainter *painter, QPagedPaintDevice *device, const ReportPainter::Page &page,
                   bool first)
{
    if (!first && !device->newPage())
        return false;
    painter->save();
    painter->scale(qreal(device->logicalDpiX()) / ReportPainter::Resolution,
                   qreal(device->logicalDpiY()) / ReportPainter::Resolution);
    paintItems(painter, page);
    painter->restore();
    return true;
}

class PageComposer
{
public:
    // Called with each page as soon as it is complete (its page number included); false stops
    // the composing.
    using PageDone = std::function<bool(ReportPainter::Page &)>;

    PageComposer(const ReportLayout &layout, ReportProgress *progress,
                 std::vector<std::unique_ptr<ReportPainter::Page>> &pages, PageDone pageDone = {})
        : m_layout(layout), m_progress(progress), m_pages(pages), m_page(ReportLayout::page()),
          m_pageDone(std::move(pageDone))
    {
        // Text is measured where the PDF measures it, so every target gets the same pages.
        m_metricsBuffer.open(QIODevice::WriteOnly);
        m_metrics = std::make_unique<QPdfWriter>(&m_metricsBuffer);
        m_metrics->setResolution(ReportPainter::Resolution);
        m_metrics->setPageLayout(ReportPainter::pageLayout());
        m_shaper = std::make_unique<TextShaper>(m_metrics.get());

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
    }

    // False when progress asked to stop.
    bool compose()
    {
        m_pages.push_back(std::make_unique<ReportPainter::Page>());
        m_y = m_top;
        const QVector<ReportBlock> &blocks = m_layout.blocks();
        for (int i = 0; i < blocks.size(); ++i) {
            if (i > 0)
                newPage();
            if (!composeBlock(blocks.at(i)))
                return false;
        }
        if (m_layout.hasSignature())
            composeSignature();
        composePageNumber();
        finishPage();
        return !m_failed;
    }

private:
    void add(std::function<void(ReportCanvas &)> item)
    {
        m_pages.back()->items.push_back(std::move(item));
    }

    TextPtr prepareText(const QString &text, const QFont &font, qreal width, Qt::Alignment align,
                        qreal *height) const
    {
        // Lines break at U+2028, as in QTextLayout, not at '\n'.
        const QString joined = ReportLayout::lines(text).join(QChar::LineSeparator);
        auto set = std::make_shared<ReportText>(joined, font, width, align, *m_shaper);
        *height = set->height();
        return set;
    }

    RowPtr prepareRow(const QStringList &cells, const QFont &font, bool header) const
    {
        auto row = std::make_shared<PreparedRow>();
        const auto &widths = ReportLayout::columnWidths();
        for (int column = 0; column < ReportLayout::ColumnCount; ++column) {
            const bool centre = header || ReportLayout::columnAlign(column) == CellAlign::Center;
            qreal height = 0;
            row->cells.push_back(prepareText(
                cells.value(column), font, widths[size_t(column)] - 2 * ReportLayout::CellMarginH,
                centre ? Qt::AlignHCenter : Qt::AlignJustify, &height));
            row->heights.push_back(height);
            row->textHeight = qMax(row->textHeight, height);
        }
        return row;
    }

    void addText(const TextPtr &text, QPointF origin)
    {
        add([text, origin](ReportCanvas &canvas) {
            for (int i = 0; i < text->lineCount(); ++i)
                canvas.drawTextLine(*text, i, origin);
        });
    }

    // Places the part [from, to) of a row's text at m_y. A whole row centres its cells
    // vertically (as Word's vAlign); the pieces of a split row start at the top.
    void addRow(const RowPtr &row, qreal from, qreal to, bool whole, bool counted = true)
    {
        const qreal sliceHeight = to - from + 2 * ReportLayout::CellMarginV;
        const qreal y = m_y;
        const qreal left = m_left;
        add([row, from, to, whole, y, left, sliceHeight](ReportCanvas &canvas) {
            const auto &widths = ReportLayout::columnWidths();
            qreal x = left;
            for (size_t column = 0; column < row->cells.size(); ++column) {
                const ReportText &text = *row->cells[column];
                const qreal dy = whole ? (row->textHeight - row->heights[column]) / 2 : 0;
                const QPointF origin(x + ReportLayout::CellMarginH,
                                     y + ReportLayout::CellMarginV + dy - from);
                for (int i = 0; i < text.lineCount(); ++i) {
                    const ReportText::Line &line = text.line(i);
                    const qreal top = line.y + dy;
                    if (whole || (top >= from - 0.5 && top + line.height <= to + 0.5))
                        canvas.drawTextLine(text, i, origin);
                }
                canvas.drawRect(QRectF(x, y, widths[column], sliceHeight), BorderWidth);
                x += widths[column];
            }
        });
        if (counted)
            ++m_pages.back()->rows;
        m_y += sliceHeight;
    }

    void addHeader(const RowPtr &header) { addRow(header, 0, header->textHeight, true, false); }

    // Where a split row may end at most `limit` into its text without cutting a line.
    static qreal splitPoint(const PreparedRow &row, qreal from, qreal limit)
    {
        qreal end = from + limit;
        for (const auto &text : row.cells) {
            for (int i = 0; i < text->lineCount(); ++i) {
                const ReportText::Line &line = text->line(i);
                if (line.y < end && line.y + line.height > end)
                    end = qMin(end, line.y);
            }
        }
        return end;
    }

    bool composeBlock(const ReportBlock &block)
    {
        const qreal textWidth = m_page.textWidth();
        qreal height = 0;
        addText(prepareText(block.label, m_labelFont, textWidth, Qt::AlignLeft, &height),
                QPointF(m_left, m_y));
        m_y += 2 * QFontMetricsF(m_labelFont, m_metrics.get()).lineSpacing(); // title: 3rd line
        addText(prepareText(block.title, m_titleFont, textWidth, Qt::AlignHCenter, &height),
                QPointF(m_left, m_y));
        m_y += height + TitleSpacingAfter;

        const RowPtr header = prepareRow(block.headers, m_headerFont, true);
        const qreal pageRoom = m_bottom - m_top - header->height();
        bool first = true;
        for (const ReportRow &reportRow : block.rows) {
            const RowPtr row = prepareRow(reportRow.cells, m_tableFont, false);
            if (!stepProgress(m_progress) || m_failed)
                return false;
            if (first) {
                // A title alone at the foot of a page helps nobody: start on a new one. A row
                // taller than a page flows over wherever it starts, as every other such row
                // does: it starts under the title when a few of its lines fit there (moved to
                // the next page, it left the first one holding only the title).
                const qreal lines = 3 * QFontMetricsF(m_tableFont, m_metrics.get()).lineSpacing() +
                                    2 * ReportLayout::CellMarginV;
                const qreal needed = row->height() <= pageRoom ? row->height() : lines;
                if (m_y + header->height() + needed > m_bottom)
                    newPage();
                addHeader(header);
                first = false;
            }
            if (m_y + row->height() <= m_bottom) {
                addRow(row, 0, row->textHeight, true);
                continue;
            }
            if (row->height() <= pageRoom) {
                newPage();
                addHeader(header);
                addRow(row, 0, row->textHeight, true);
                continue;
            }
            // Taller than a page: it flows over, in pieces that end between lines.
            qreal from = 0;
            while (from < row->textHeight - 0.5) {
                const qreal room = m_bottom - m_y - 2 * ReportLayout::CellMarginV;
                qreal to = splitPoint(*row, from, room);
                if (to <= from) {
                    if (m_y > m_top + header->height() + 1) {
                        newPage();
                        addHeader(header);
                        continue;
                    }
                    to = from + room; // a single line taller than a page: cut it
                }
                addRow(row, from, qMin(to, row->textHeight), false);
                from = to;
                if (from < row->textHeight - 0.5) {
                    newPage();
                    addHeader(header);
                }
            }
        }
        if (first) {
            if (m_y + header->height() > m_bottom)
                newPage();
            addHeader(header);
        }
        return true;
    }

    // One line of text at m_y between the text block's left edge and `right`.
    void addLine(const QString &text, const QFont &font, qreal right, Qt::Alignment align)
    {
        qreal height = 0;
        addText(prepareText(text, font, right - m_left, align, &height), QPointF(m_left, m_y));
    }

    // One line of text at m_y starting at `left` (not before the text block's left edge).
    void addLineFrom(const QString &text, const QFont &font, qreal left)
    {
        left = qMax<qreal>(left, m_left);
        qreal height = 0;
        addText(prepareText(text, font, m_left + m_page.textWidth() - left, Qt::AlignLeft, &height),
                QPointF(left, m_y));
    }

    void composeSignature()
    {
        const ReportSignature &signature = m_layout.signature();
        const qreal lineHeight = QFontMetricsF(m_signatureFont, m_metrics.get()).lineSpacing();
        if (m_y + 3 * lineHeight > m_bottom)
            newPage();
        m_y += lineHeight; // one empty line below the table
        // The widths are measured here, in the fonts the page is drawn with, and decide which
        // line sets the other: a date's digits are not half a character in every font (Noto's
        // are wider), so the estimate of ReportLayout could put the 2-character step off, or
        // leave the date less room than it needs.
        const qreal right = m_left + m_page.textWidth();
        const qreal em = m_signatureFont.pointSizeF() * 20; // twips
        const QFontMetricsF metrics(m_signatureFont, m_metrics.get());
        const qreal nameWidth = metrics.horizontalAdvance(signature.unit);
        const qreal dateWidth = metrics.horizontalAdvance(signature.date);
        if (dateWidth <= nameWidth) {
            // The name ends 2 characters from the right; the date starts 2 right of the name.
            addLine(signature.unit, m_signatureFont, right - 2 * em, Qt::AlignRight);
            m_y += lineHeight;
            addLineFrom(signature.date, m_signatureFont, right - 2 * em - nameWidth + 2 * em);
        } else {
            // The date ends 2 characters from the right; the name starts 2 left of the date.
            addLineFrom(signature.unit, m_signatureFont, right - 2 * em - dateWidth - 2 * em);
            m_y += lineHeight;
            addLine(signature.date, m_signatureFont, right - 2 * em, Qt::AlignRight);
        }
        m_y += lineHeight;
    }

    void composePageNumber()
    {
        if (!m_layout.options().pageNumbers)
            return;
        const qreal y = m_y;
        m_y = m_bottom + m_page.footerGap;
        addLine(QStringLiteral("— %1 —").arg(m_pages.size()), m_pageNumberFont,
                m_left + m_page.textWidth(), Qt::AlignHCenter);
        m_y = y;
    }

    void finishPage()
    {
        if (m_pageDone && !m_failed && !m_pageDone(*m_pages.back()))
            m_failed = true;
    }

    void newPage()
    {
        composePageNumber();
        finishPage();
        m_pages.push_back(std::make_unique<ReportPainter::Page>());
        m_y = m_top;
    }

    const ReportLayout &m_layout;
    ReportProgress *m_progress;
    std::vector<std::unique_ptr<ReportPainter::Page>> &m_pages;
    const ReportPage &m_page;
    QBuffer m_metricsBuffer;
    std::unique_ptr<QPdfWriter> m_metrics;
    std::unique_ptr<TextShaper> m_shaper; // measures on m_metrics
    PageDone m_pageDone;
    bool m_failed = false;
    QFont m_labelFont, m_titleFont, m_headerFont, m_tableFont, m_signatureFont, m_pageNumberFont;
    qreal m_top = 0, m_bottom = 0, m_left = 0, m_y = 0;
};

} // namespace

ReportPainter::ReportPainter(const ReportLayout &layout, ReportProgress *progress)
{
    PageComposer composer(layout, progress, m_pages);
    m_cancelled = !composer.compose();
}

ReportPainter::~ReportPainter() = default;

int ReportPainter::pageCount() const
{
    return int(m_pages.size());
}

int ReportPainter::rowsOnPage(int index) const
{
    return index >= 0 && index < pageCount() ? m_pages[size_t(index)]->rows : 0;
}

QPageLayout ReportPainter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF());
}

void ReportPainter::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    paintItems(painter, *m_pages[size_t(index)]);
}

bool ReportPainter::paint(QPainter *painter, QPagedPaintDevice *device, int from, int to,
                          ReportProgress *progress) const
{
    const int last = to < 0 ? pageCount() - 1 : qMin(to, pageCount() - 1);
    for (int index = qMax(0, from); index <= last; ++index) {
        if (!paintOnDevice(painter, device, *m_pages[size_t(index)], index == qMax(0, from)))
            return false;
        if (!stepProgress(progress, rowsOnPage(index)))
            return false;
    }
    return true;
}

ReportPainter::Streamed ReportPainter::layOutAndPaint(const ReportLayout &layout,
                                                      PageTarget &target, ReportProgress *progress)
{
    Streamed result;
    std::vector<std::unique_ptr<Page>> pages;
    bool pageFailed = false;
    PageComposer composer(layout, progress, pages, [&](Page &page) {
        ReportCanvas *canvas = target.beginPage(int(pages.size()) - 1);
        if (canvas) {
            for (const auto &item : page.items)
                item(*canvas);
        }
        if (!canvas || !target.endPage()) {
            pageFailed = true;
            return false;
        }
        // A painted page is forgotten: its text layouts are most of a long report's memory.
        page.items.clear();
        page.items.shrink_to_fit();
        return stepProgress(progress, page.rows);
    });
    result.painted = composer.compose();
    result.pageFailed = pageFailed;
    result.pageCount = int(pages.size());
    return result;
}

} // namespace tianbao
