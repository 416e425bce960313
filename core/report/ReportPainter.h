#pragma once

#include "ReportLayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QVector>
#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace tianbao {

class ReportCanvas;
class ReportProgress;

// The report's pages, laid out once and painted on any painter: the PDF, a printer, the print
// preview. QTextDocument cannot keep a row on one page nor print "— 1 —" at GB/T 9704's
// place, so the pages are laid out here: exact margins, the header row repeated, a row kept
// whole when it fits (a taller one flows over), each attachment on a new page.
//
// Text is measured on a 1440 dpi PDF device whatever the target, so a printer or the preview
// breaks lines and pages exactly as the PDF does. Page coordinates are twips from the paper's
// top-left corner.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::ReportPainter)

public:
    static constexpr int Resolution = 1440; // one device unit is one twip

    // Lays the pages out (one step of `progress` per table row). When progress is stopped,
    // the pages stop where it was and cancelled() is true.
    explicit ReportPainter(const ReportLayout &layout, ReportProgress *progress = nullptr);
    ~ReportPainter();
    ReportPainter(const ReportPainter &) = delete;
    ReportPainter &operator=(const ReportPainter &) = delete;

    int pageCount() const;
    bool cancelled() const { return m_cancelled; }
    // The table rows (or pieces of rows) painted on a page: for progress while painting.
    int rowsOnPage(int index) const;
    // A4 landscape, no margins: the page is painted edge to edge.
    static QPageLayout pageLayout();

    // Paints page `index` (0-based) with the painter's coordinates in twips from the paper's
    // corner; the caller scales for its device.
    void paintPage(QPainter *painter, int index) const;
    // Paints pages [from, to] (0-based; to -1 = last) onto the device the painter is active on,
    // starting a new page between them and scaling twips to the device's resolution. False
    // when `progress` asked to stop (one step per row painted) or a page could not start.
    bool paint(QPainter *painter, QPagedPaintDevice *device, int from = 0, int to = -1,
               ReportProgress *progress = nullptr) const;

    struct Page;

    // Where layOutAndPaint puts each page: our PDF (PdfWriter).
    class PageTarget
    {
    public:
        virtual ~PageTarget() = default;
        // Starts page `index` (0-based); nullptr when it could not.
        virtual ReportCanvas *beginPage(int index) = 0;
        // The page is complete; false when it could not be finished.
        virtual bool endPage() = 0;
    };

    // Lays the pages out and draws each on `target` as soon as it is complete, then forgets
    // it: the PDF of 10,000 rows never holds all its pages' text layouts at once. The same
    // pages as ReportPainter(layout).paint(); one step of `progress` per row laid out and one
    // per row drawn.
    struct Streamed
    {
        bool painted = false;    // false: progress stopped it, or a page could not start
        bool pageFailed = false; // a page could not start or finish
        int pageCount = 0;
    };
    static Streamed layOutAndPaint(const ReportLayout &layout, PageTarget &target,
                                   ReportProgress *progress = nullptr);

private:
    std::vector<std::unique_ptr<Page>> m_pages;
    bool m_cancelled = false;
};

} // namespace tianbao
