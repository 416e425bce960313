#include "ReportPageView.h"

#include "report/ReportLayout.h"
#include "report/ReportPainter.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPicture>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace tianbao {

namespace {

constexpr int Gap = 16; // pixels around and between pages
constexpr qreal ZoomStep = 1.25;
constexpr int MinPercent = 10;
constexpr int MaxPercent = 400;
constexpr int CacheKilobytes = 96 * 1024;

} // namespace

ReportPageView::ReportPageView(std::shared_ptr<const ReportPainter> pages, QWidget *parent)
    : QAbstractScrollArea(parent), m_pages(std::move(pages)), m_cache(CacheKilobytes)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

int ReportPageView::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

QSizeF ReportPageView::pageSize() const
{
    const ReportPage &page = ReportLayout::page();
    return {page.width * m_zoom, page.height * m_zoom};
}

qreal ReportPageView::pageTop(int index) const
{
    return Gap + index * (pageSize().height() + Gap);
}

int ReportPageView::currentPage() const
{
    if (pageCount() == 0)
        return 0;
    const qreal middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    const int index = int((middle - Gap / 2.0) / (pageSize().height() + Gap));
    return qBound(0, index, pageCount() - 1);
}

void ReportPageView::showPage(int index)
{
    if (pageCount() == 0)
        return;
    index = qBound(0, index, pageCount() - 1);
    verticalScrollBar()->setValue(qRound(pageTop(index) - Gap));
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
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // The page in the middle stays in the middle.
    const int current = currentPage();
    const qreal within =
        pageCount() == 0 ? 0
                         : (verticalScrollBar()->value() - pageTop(current)) / pageSize().height();
    m_zoom = zoom;
    m_cache.clear();
    updateScrollBars();
    if (pageCount() > 0)
        verticalScrollBar()->setValue(qRound(pageTop(current) + within * pageSize().height()));
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
        updateScrollBars();
}

void ReportPageView::updateScrollBars()
{
    const QSizeF page = pageSize();
    const int contentWidth = qCeil(page.width()) + 2 * Gap;
    const int contentHeight = qCeil(Gap + pageCount() * (page.height() + Gap));
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

QPixmap ReportPageView::pagePixmap(int index)
{
    if (const QPixmap *cached = m_cache.object(index))
        return *cached;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap((pageSize() * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    // The page is recorded as a picture first, which keeps its text as characters and fonts,
    // and the picture is painted: the pages were laid out on a worker, and text laid out on
    // another thread cannot be painted here directly (its font engines went with the thread).
    QPicture picture;
    {
        QPainter recorder(&picture);
        m_pages->paintPage(&recorder, index);
    }
    {
        QPainter painter(&pixmap);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        painter.scale(m_zoom, m_zoom);
        painter.drawPicture(0, 0, picture);
    }
    ++m_paintedPages;
    // A page larger than the whole cache is not kept (QCache deletes it at once).
    const int kilobytes = qMax(1, int(qint64(pixmap.width()) * pixmap.height() * 4 / 1024));
    m_cache.insert(index, new QPixmap(pixmap), kilobytes);
    return pixmap;
}

void ReportPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int count = pageCount();
    if (count == 0)
        return;
    const QSizeF page = pageSize();
    const qreal step = page.height() + Gap;
    const int top = verticalScrollBar()->value();
    const int contentWidth = qCeil(page.width()) + 2 * Gap;
    const int left = contentWidth <= viewport()->width() ? (viewport()->width() - contentWidth) / 2
                                                         : -horizontalScrollBar()->value();
    const int first = qBound(0, int((top - Gap) / step), count - 1);
    const int last = qBound(0, int((top + viewport()->height()) / step), count - 1);
    for (int index = first; index <= last; ++index) {
        const QRectF rect(QPointF(left + Gap, pageTop(index) - top), page);
        painter.drawPixmap(rect.topLeft(), pagePixmap(index));
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
    QAbstractScrollArea::keyPressEvent(event);
}

void ReportPageView::wheelEvent(QWheelEvent *event)
{
    // Ctrl and the wheel zoom, as in Word and every viewer.
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReportPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int current = currentPage();
    if (current != m_lastCurrent) {
        m_lastCurrent = current;
        emit currentPageChanged(current);
    }
}

} // namespace tianbao
