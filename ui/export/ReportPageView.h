#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QPicture>
#include <QPixmap>
#include <memory>

namespace tianbao {

class RecordedReport;

// The report's pages one under another, as the print preview shows them. Only the pages in
// sight are painted, when they come into sight: Qt's QPrintPreviewWidget renders every page
// before it shows the first, which froze the window for 4 s on a 12,000-page form. The pages
// may still be being recorded on a worker: the view shows those recorded when it last
// counted them (updatePageCount()).
class ReportPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Fit
    {
        Width,
        Page,
        None
    };

    explicit ReportPageView(std::shared_ptr<const RecordedReport> pages, QWidget *parent = nullptr);

    // The pages shown: those recorded when the view last counted them.
    int pageCount() const { return m_pageCount; }
    // Counts the recorded pages again and shows the new ones.
    void updatePageCount();
    // The page whose top is nearest the top of the view (0-based); the last page once the
    // view is scrolled to the end.
    int currentPage() const;
    // Scrolls page `index`'s top to the top of the view (as far as the scroll range allows).
    void showPage(int index);

    // Screen pixels per twip; logicalDpiX() / 1440 is the page at its printed size.
    qreal zoom() const { return m_zoom; }
    // The zoom in percent of the printed size.
    int zoomPercent() const;
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);
    void zoomIn();
    void zoomOut();
    bool canZoomIn() const;
    bool canZoomOut() const;

    // The pages painted so far, for tests: those that came into sight.
    int paintedPageCount() const { return m_paintedPages; }

signals:
    void currentPageChanged(int index);
    // The zoom or the fit changed.
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QSizeF pageSize() const;
    qreal pageStep() const;
    qreal pageTop(int index) const;
    void setZoom(qreal zoom);
    void applyFit();
    void updateScrollBars();
    void notifyCurrentPage();
    const QPicture &picture(int index);
    void paintPage(QPainter &painter, int index, const QRectF &rect, const QRect &exposed);

    std::shared_ptr<const RecordedReport> m_pages;
    int m_pageCount = 0;
    qreal m_zoom;
    Fit m_fit = Fit::Width;
    int m_lastCurrent = -1;
    int m_paintedPages = 0;
    int m_wheelDelta = 0;             // Ctrl+wheel, summed until a whole notch (120)
    qreal m_cacheRatio = 0;           // the device pixel ratio the cached pixmaps have
    QCache<int, QPicture> m_pictures; // pages unpacked from RecordedReport, by index
    QCache<int, QPixmap> m_pixmaps;   // painted pages at the current zoom, cost in kilobytes
};

} // namespace tianbao
