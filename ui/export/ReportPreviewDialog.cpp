#include "ReportPreviewDialog.h"

#include "ReportPageView.h"
#include "report/RecordedReport.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace tianbao {

ReportPreviewDialog::ReportPreviewDialog(std::shared_ptr<const RecordedReport> pages, Print print,
                                         QWidget *parent)
    : QDialog(parent), m_printCall(std::move(print)), m_view(new ReportPageView(pages, this)),
      m_pages(std::move(pages)), m_fitWidth(new QAction(tr("Fit &Width"), this)),
      m_fitPage(new QAction(tr("Whole Pa&ge"), this)),
      m_zoomOut(new QAction(tr("Zoom &Out"), this)), m_zoomIn(new QAction(tr("Zoom &In"), this)),
      m_print(new QAction(tr("&Print…"), this)), m_page(new QSpinBox(this)),
      m_pageCount(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(tr("Print Preview"));
    m_view->setObjectName(QStringLiteral("reportPageView"));

    auto *fit = new QActionGroup(this);
    for (QAction *action : {m_fitWidth, m_fitPage}) {
        action->setCheckable(true);
        fit->addAction(action);
    }
    fit->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_fitWidth->setChecked(true);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setEnabled(bool(m_printCall));

    m_page->setAccessibleName(tr("Page number"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400%")));

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_fitWidth);
    bar->addAction(m_fitPage);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_zoomIn);
    bar->addSeparator();
    // "Page [12] of 40"; the Chinese reads 第 [12] 页，共 40 页.
    bar->addWidget(new QLabel(tr("Page"), this));
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);
    bar->addSeparator();
    bar->addAction(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    connect(m_fitWidth, &QAction::triggered, this, [this](bool on) {
        m_view->setFit(on ? ReportPageView::Fit::Width : ReportPageView::Fit::None);
    });
    connect(m_fitPage, &QAction::triggered, this, [this](bool on) {
        m_view->setFit(on ? ReportPageView::Fit::Page : ReportPageView::Fit::None);
    });
    connect(m_zoomIn, &QAction::triggered, m_view, &ReportPageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &ReportPageView::zoomOut);
    connect(m_view, &ReportPageView::zoomChanged, this, &ReportPreviewDialog::updateZoom);
    connect(m_view, &ReportPageView::currentPageChanged, this, [this](int index) {
        const QSignalBlocker blocker(m_page);
        m_page->setValue(index + 1);
    });
    // The page typed in is shown on Return, not at each digit; then the keys page again.
    m_page->setKeyboardTracking(false);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int number) {
        m_view->showPage(number - 1);
        m_view->setFocus();
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (m_printCall(this))
            accept();
    });

    resize(1100, 780);
    m_view->setFocus();
    updateZoom();
    updatePageCount();
}

int ReportPreviewDialog::reportPageCount() const
{
    return m_view->pageCount();
}

void ReportPreviewDialog::updatePageCount()
{
    // Complete is read first: the count read after it is then the final one.
    const bool complete = !m_pages || m_pages->isComplete();
    m_view->updatePageCount();
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, qMax(1, reportPageCount()));
    }
    m_pageCount->setText(complete ? tr("of %1").arg(reportPageCount())
                                  : tr("of %1 so far (laying out…)").arg(reportPageCount()));
}

void ReportPreviewDialog::updateZoom()
{
    m_zoomLabel->setText(QStringLiteral("%1%").arg(m_view->zoomPercent()));
    m_fitWidth->setChecked(m_view->fit() == ReportPageView::Fit::Width);
    m_fitPage->setChecked(m_view->fit() == ReportPageView::Fit::Page);
    m_zoomIn->setEnabled(m_view->canZoomIn());
    m_zoomOut->setEnabled(m_view->canZoomOut());
}

} // namespace tianbao
