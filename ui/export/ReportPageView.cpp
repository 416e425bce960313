#include "ReportPageView.h"

#include "report/RecordedReport.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace tianbao {

namespace {

constexpr int Gap = 16; // pixels around and between pages
constexpr qreal ZoomStep = 1.25;
constexpr int MinPercent = 10;
constexpr int MaxPercent = 400;
constexpr int WheelNotch = 120;
constexpr int PictureCacheCount = 16;
constexpr int PixmapCacheKilobytes = 96 * 1024;
// A page larger than this (zoomed far in, or on a high-density screen) is painted straight
// onto the view, only where it shows, instead of whole into a cached pixmap.
constexpr qint64 MaxPixmapKilobytes = 24 * 1024;

} // namespace

ReportPageView::ReportPageView(std::shared_ptr<const RecordedReport> pages, QWidget *parent)
    : QAbstractScrollArea(parent), m_pages(std::move(pages)),
      m_pageCount(m_pages ? m_pages->pageCount() : 0),
      m_zoom(qreal(logicalDpiX()) / ReportPainter::Resolution), m_pictures(PictureCacheCount),
      m_pixmaps(PixmapCacheKilobytes)
{
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so fitting the width never shows it, narrows the view, and fits again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

void ReportPageView::updatePageCount()
{
    const int count = m_pages ? m_pages->pageCount() : 0;
    if (count == m_pageCount)
        return;
    m_pageCount = count;
    // The range grows below what is shown; the pages in sight stay where they are.
    updateScrollBars();
    viewport()->update();
    notifyCurrentPage();
}

QSizeF ReportPageView::pageSize() const
{
    const ReportPage &page = ReportLayout::page();
    return {page.width * m_zoom, page.height * m_zoom};
}

qreal ReportPageView::pageStep() const
{
    return pageSize().height() + Gap;
}

qreal ReportPageView::pageTop(int index) const
{
    return Gap + index * pageStep();
}

int ReportPageView::currentPage() const
{
    if (pageCount() == 0)
        return 0;
    const QScrollBar *bar = verticalScrollBar();
    if (bar->maximum() > 0 && bar->value() >= bar->maximum())
        return pageCount() - 1;
    return qBound(0, qRound(bar->value() / pageStep()), pageCount() - 1);
}

void ReportPageView::showPage(int index)
{
    if (pageCount() == 0)
        return;
    index = qBound(0, index, pageCount() - 1);
    verticalScrollBar()->setValue(qRound(pageTop(index) - Gap));
    // At the end of the range the value may not move while the page asked for changes.
    notifyCurrentPage();
}

int ReportPageView::zoomPercent() const
{
    return qRound(m_zoom * ReportPainter::Resolution / logicalDpiX() * 100);
}

void ReportPageView::setFit(Fit fit)
{
    m_fit = fit;
    applyFit();
}

void ReportPageView::zoomIn()
{
    m_fit = Fit::None;
    setZoom(m_zoom * ZoomStep);
}

void ReportPageView::zoomOut()
{
    m_fit = Fit::None;
    setZoom(m_zoom / ZoomStep);
}

bool ReportPageView::canZoomIn() const
{
    return zoomPercent() < MaxPercent;
}

bool ReportPageView::canZoomOut() const
{
    return zoomPercent() > MinPercent;
}

void ReportPageView::setZoom(qreal zoom)
{
    const qreal printed = qreal(logicalDpiX()) / ReportPainter::Resolution;
    zoom = qBound(printed * MinPercent / 100, zoom, printed * MaxPercent / 100);
    if (!qFuzzyCompare(zoom, m_zoom)) {
        // What is at the middle of the view stays there.
        const qreal middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
        const qreal pages = (middle - Gap) / pageStep();
        m_zoom = zoom;
        m_pixmaps.clear();
        updateScrollBars();
        verticalScrollBar()->setValue(
            qRound(Gap + pages * pageStep() - viewport()->height() / 2.0));
    } else {
        updateScrollBars();
    }
    viewport()->update();
    emit zoomChanged();
}

void ReportPageView::applyFit()
{
    const ReportPage &page = ReportLayout::page();
    const qreal width = qMax(1, viewport()->width() - 2 * Gap);
    const qreal height = qMax(1, viewport()->height() - 2 * Gap);
    if (m_fit == Fit::Width)
        setZoom(width / page.width);
    else if (m_fit == Fit::Page)
        setZoom(qMin(width / page.width, height / page.height));
    else
        setZoom(m_zoom);
}

void ReportPageView::updateScrollBars()
{
    const QSizeF page = pageSize();
    // A fitted width is the view's width up to rounding: no scroll bar for a fraction.
    const int contentWidth = qCeil(page.width() - 0.01) + 2 * Gap;
    const int contentHeight = qCeil(Gap + pageCount() * pageStep() - 0.01);
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

void ReportPageView::notifyCurrentPage()
{
    const int current = currentPage();
    if (current != m_lastCurrent) {
        m_lastCurrent = current;
        emit currentPageChanged(current);
    }
}

const QPicture &ReportPageView::picture(int index)
{
    if (const QPicture *cached = m_pictures.object(index))
        return *cached;
    auto *recorded = new QPicture(m_pages->page(index));
    ++m_paintedPages;
    m_pictures.insert(index, recorded);
    return *recorded;
}

void ReportPageView::paintPage(QPainter &painter, int index, const QRectF &rect,
                               const QRect &exposed)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (rect.size() * ratio).toSize();
    const qint64 kilobytes = qint64(pixels.width()) * pixels.height() * 4 / 1024;
    if (kilobytes > MaxPixmapKilobytes) {
        const QRectF shown = rect.intersected(exposed);
        painter.save();
        painter.fillRect(shown, Qt::white);
        painter.setClipRect(shown);
        painter.translate(rect.topLeft());
        painter.scale(m_zoom, m_zoom);
        painter.drawPicture(0, 0, picture(index));
        painter.restore();
        return;
    }
    if (const QPixmap *cached = m_pixmaps.object(index)) {
        painter.drawPixmap(rect.topLeft(), *cached);
        return;
    }
    auto *pixmap = new QPixmap(pixels);
    pixmap->setDevicePixelRatio(ratio);
    pixmap->fill(Qt::white);
    {
        QPainter pagePainter(pixmap);
        pagePainter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
        pagePainter.scale(m_zoom, m_zoom);
        pagePainter.drawPicture(0, 0, picture(index));
    }
    painter.drawPixmap(rect.topLeft(), *pixmap);
    m_pixmaps.insert(index, pixmap, int(qMax<qint64>(1, kilobytes)));
}

void ReportPageView::paintEvent(QPaintEvent *event)
{
    const int count = pageCount();
    if (count == 0)
        return;
    // Moved to a screen of another density: the pixmaps are redone at its density.
    if (!qFuzzyCompare(devicePixelRatioF(), m_cacheRatio)) {
        m_pixmaps.clear();
        m_cacheRatio = devicePixelRatioF();
    }
    QPainter painter(viewport());
    const QSizeF page = pageSize();
    const qreal step = pageStep();
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    const int contentWidth = qCeil(page.width() - 0.01) + 2 * Gap;
    const int left = contentWidth <= viewport()->width() ? (viewport()->width() - contentWidth) / 2
                                                         : -horizontalScrollBar()->value();
    // The pages that reach into [top, top + height): not one that only a gap shows.
    const int first = qBound(0, qFloor((top - Gap - page.height()) / step) + 1, count - 1);
    const int last = qBound(0, qCeil((top + height - Gap) / step) - 1, count - 1);
    for (int index = first; index <= last; ++index) {
        const QRectF rect(QPointF(left + Gap, pageTop(index) - top), page);
        if (!rect.intersects(event->rect()))
            continue;
        paintPage(painter, index, rect, event->rect());
        painter.setPen(palette().color(QPalette::Shadow));
        painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
}

void ReportPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyFit();
}

void ReportPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::MoveToStartOfDocument) || event->key() == Qt::Key_Home) {
        showPage(0);
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) || event->key() == Qt::Key_End) {
        showPage(pageCount() - 1);
        return;
    }
    // A whole page in sight: Page Up/Down turn pages (a screen's height would drift by the
    // gap between pages).
    if (m_fit == Fit::Page &&
        (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp)) {
        showPage(currentPage() + (event->key() == Qt::Key_PageDown ? 1 : -1));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ReportPageView::wheelEvent(QWheelEvent *event)
{
    // Ctrl and the wheel zoom, as in Word and every viewer; a touchpad's small steps add up
    // to a notch first.
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelDelta += event->angleDelta().y();
        for (; m_wheelDelta >= WheelNotch; m_wheelDelta -= WheelNotch)
            zoomIn();
        for (; m_wheelDelta <= -WheelNotch; m_wheelDelta += WheelNotch)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReportPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    notifyCurrentPage();
}

} // namespace tianbao
