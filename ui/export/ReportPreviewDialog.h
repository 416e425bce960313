#pragma once

#include <QDialog>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QSpinBox;

namespace tianbao {

class ReportPageView;
class RecordedReport;

// The print preview: the report's pages (recorded once, usually on a worker that may still be
// recording them) in a ReportPageView that paints only the pages in sight, with zoom, the page
// number and Print. Print calls
// `print`: ExportController asks for a printer over the preview and sends the form, as it was
// previewed, from a worker (PrintJob), as Print… does; the preview then closes. When no
// printer was chosen it stays open.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks for a printer over `parent`; true when the pages are on their way.
    using Print = std::function<bool(QWidget *parent)>;

    ReportPreviewDialog(std::shared_ptr<const RecordedReport> pages, Print print,
                        QWidget *parent = nullptr);

    // The pages shown so far.
    int reportPageCount() const;
    // Shows the pages recorded since; "of 12 so far" until every page is.
    void updatePageCount();
    ReportPageView *pageView() const { return m_view; }
    QAction *printAction() const { return m_print; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *wholePageAction() const { return m_fitPage; }
    QSpinBox *pageBox() const { return m_page; }

private:
    void updateZoom();

    Print m_printCall;
    ReportPageView *m_view;
    std::shared_ptr<const RecordedReport> m_pages;
    QAction *m_fitWidth;
    QAction *m_fitPage;
    QAction *m_zoomOut;
    QAction *m_zoomIn;
    QAction *m_print;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLabel *m_zoomLabel;
};

} // namespace tianbao
