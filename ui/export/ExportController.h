#pragma once

#include "ExportHooks.h"
#include "form/CompletenessCheck.h"
#include "report/ReportOptions.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QProgressDialog;

namespace tianbao {

class ExportDialog;
class ExportDoneDialog;
class ExportJob;
class JobProgressDialog;
class LayoutJob;
class PrintJob;
class MainWindow;
class ReportJob;
class ReportPreviewDialog;
class SubmissionDialog;

// The window's report actions: 导出提交 (export for submission), Export…, Print Preview and
// Print. Exports, and the layout of the pages to preview or print, run on a worker thread
// behind a progress dialog that can cancel; the
// dialogs open window-modal without blocking, so tests drive them as users do.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(MainWindow *window);
    ~ExportController() override;

    void setHooks(ExportHooks hooks) { m_hooks = std::move(hooks); }
    const ExportHooks &hooks() const { return m_hooks; }
    void retranslate();
    void updateActions(bool formOpen);

    QAction *submitAction() const { return m_submit; }
    QAction *exportAction() const { return m_export; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }

    // What is open now, for tests.
    SubmissionDialog *submissionDialog() const;
    ExportDialog *exportDialog() const;
    ExportDoneDialog *doneDialog() const;
    QProgressDialog *progressDialog() const;
    bool isExporting() const;
    // The pages of a print preview are being laid out, also while the preview already shows
    // the first ones.
    bool isLayingOut() const;
    // The laid-out pages are being sent to the printer.
    bool isPrinting() const;
    // The print preview printPreview() opened, while it is open.
    ReportPreviewDialog *previewDialog() const;

    // The preview of the current form (not shown), laid out here; the caller owns it.
    ReportPreviewDialog *createPreview(QWidget *parent);

public slots:
    void exportForSubmission();
    void exportAs();
    void printPreview();
    void print();

signals:
    // An export ended: written, failed (after the message) or cancelled.
    void exportFinished(bool written);
    // Every page of a print preview was laid out, and the preview shows them all (true); or
    // the layout stopped: cancelled before the preview opened, or the preview was closed first.
    void layoutFinished(bool laidOut);
    // A print ended: every page sent, failed (after the message) or cancelled.
    void printFinished(bool printed);

private:
    void submit(SubmissionDialog *dialog);
    void startJob(const QStringList &paths, const ReportOptions &options,
                  std::function<void()> onWritten);
    // The window-modal progress of `job` (its bar from 0 to `maximum`, Cancel cancelling it);
    // the actions are off until the caller turns them on again.
    JobProgressDialog *showProgressOf(ReportJob *job, const QString &title, const QString &label,
                                      int maximum);
    // Lays `form`'s pages out and sends them to the printer on a worker thread behind a
    // progress dialog.
    void startPrinting(std::shared_ptr<QPrinter> printer, Form form, ReportOptions options);
    // The preview's Print: asks for a printer over the preview, then prints `form` as it was
    // previewed.
    std::function<bool(QWidget *)> printPreviewed(Form form, ReportOptions options);
    bool confirmReplace(const QStringList &paths);
    QString lastFolder() const;
    void rememberFolder(const QString &path);
    ReportOptions storedOptions() const;

    MainWindow *m_window;
    ExportHooks m_hooks;
    QAction *m_submit;
    QAction *m_export;
    QAction *m_preview;
    QAction *m_print;
    QPointer<SubmissionDialog> m_submissionDialog;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<ExportDoneDialog> m_doneDialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<ExportJob> m_job;
    QPointer<LayoutJob> m_layoutJob;
    QPointer<PrintJob> m_printJob;
    QPointer<ReportPreviewDialog> m_previewDialog;
};

} // namespace tianbao
