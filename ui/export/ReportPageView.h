#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QPixmap>
#include <memory>

namespace tianbao {

class ReportPainter;

// The report's pages one under another, as the print preview shows them. Only the pages in
// sight are painted, when they come into sight: Qt's QPrintPreviewWidget renders every page
// before it shows the first, which froze the window for 4 s on a 12,000-page form.
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

    explicit ReportPageView(std::shared_ptr<const ReportPainter> pages, QWidget *parent = nullptr);

    int pageCount() const;
    // The page at the middle of the view (0-based).
    int currentPage() const;
    void showPage(int index);

    // Screen pixels per twip: 1440 / logicalDpiX() is the page at its printed size.
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
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QSizeF pageSize() const;
    qreal pageTop(int index) const;
    void setZoom(qreal zoom);
    void applyFit();
    void updateScrollBars();
    QPixmap pagePixmap(int index);

    std::shared_ptr<const ReportPainter> m_pages;
    qreal m_zoom = 0.05;
    Fit m_fit = Fit::Width;
    int m_lastCurrent = -1;
    int m_paintedPages = 0;
    QCache<int, QPixmap> m_cache; // rendered pages at the current zoom, cost in kilobytes
};

} // namespace tianbao
