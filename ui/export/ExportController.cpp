#include "ExportController.h"

#include "AttachmentPage.h"
#include "ExportDialog.h"
#include "ExportDoneDialog.h"
#include "ExportJob.h"
#include "FormDocument.h"
#include "JobProgressDialog.h"
#include "LayoutJob.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "PrintJob.h"
#include "ReportPreviewDialog.h"
#include "ReportPrinting.h"
#include "SubmissionDialog.h"
#include "SubmissionNames.h"
#include "models/AttachmentModel.h"
#include "report/RecordedReport.h"
#include "report/ReportExporter.h"
#include "report/ReportLayout.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace tianbao {

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");
const QString PdfTooKey = QStringLiteral("export/pdfToo");
const QString LastFormatKey = QStringLiteral("export/lastFormat");
// The progress dialog shows only for exports that take longer than this.
constexpr int ProgressDelayMs = 400;

QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names.join(QStringLiteral(", "));
}

} // namespace

ExportController::ExportController(MainWindow *window)
    : QObject(window), m_window(window), m_hooks(ExportHooks::system()),
      m_submit(new QAction(this)), m_export(new QAction(this)), m_preview(new QAction(this)),
      m_print(new QAction(this))
{
    m_submit->setObjectName(QStringLiteral("actionExportForSubmission"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    // The toolbar shows it with a bold label: it is what the user came for.
    QFont bold = m_submit->font();
    bold.setBold(true);
    m_submit->setFont(bold);

    connect(m_submit, &QAction::triggered, this, &ExportController::exportForSubmission);
    connect(m_export, &QAction::triggered, this, &ExportController::exportAs);
    connect(m_preview, &QAction::triggered, this, &ExportController::printPreview);
    connect(m_print, &QAction::triggered, this, &ExportController::print);
    retranslate();
}

ExportController::~ExportController()
{
    // The jobs' destructors stop the workers and wait for them.
    delete m_job;
    delete m_layoutJob;
    delete m_printJob;
}

void ExportController::retranslate()
{
    m_submit->setText(tr("Export for &Submission…"));
    m_submit->setToolTip(tr("Check, then save the Word file to send (Ctrl+E)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the report as Word, PDF, Excel, CSV or a web page"));
    m_preview->setText(tr("Print Pre&view…"));
    m_print->setText(tr("&Print…"));
}

void ExportController::updateActions(bool formOpen)
{
    // A read-only form exports and prints as well: nothing is written to it.
    for (QAction *action : {m_submit, m_export, m_preview, m_print})
        action->setEnabled(formOpen && !isExporting() && !isLayingOut() && !isPrinting());
}

SubmissionDialog *ExportController::submissionDialog() const
{
    return m_submissionDialog;
}

ExportDialog *ExportController::exportDialog() const
{
    return m_exportDialog;
}

ExportDoneDialog *ExportController::doneDialog() const
{
    return m_doneDialog;
}

QProgressDialog *ExportController::progressDialog() const
{
    return m_progress;
}

bool ExportController::isExporting() const
{
    return m_job != nullptr;
}

bool ExportController::isLayingOut() const
{
    return m_layoutJob != nullptr;
}

bool ExportController::isPrinting() const
{
    return m_printJob != nullptr;
}

ReportPreviewDialog *ExportController::previewDialog() const
{
    return m_previewDialog;
}

QString ExportController::lastFolder() const
{
    const QString stored = QSettings().value(LastFolderKey).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString documents = m_hooks.documentsFolder ? m_hooks.documentsFolder() : QString();
    if (!documents.isEmpty())
        return documents;
    return QDir::homePath();
}

void ExportController::rememberFolder(const QString &path)
{
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
}

bool ExportController::confirmReplace(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << QFileInfo(path).fileName();
    }
    if (existing.isEmpty())
        return true;
    return m_window->presenter()->confirm(m_window, tr("Replace File"),
                                          tr("“%1” already exists in this folder. Replace it?")
                                              .arg(existing.join(QStringLiteral("”, “"))));
}

// ---------------------------------------------------------------- export for submission

void ExportController::exportForSubmission()
{
    FormDocument *document = m_window->document();
    if (!document || isExporting())
        return;
    m_window->commitEdits();
    const FormProperties &properties = document->properties();
    const CompletenessCheck::Summary summary =
        CompletenessCheck::run(document->snapshot(), properties.unit);
    const QString suggested =
        QDir(lastFolder())
            .filePath(SubmissionNames::baseName(properties) + QStringLiteral(".docx"));
    const bool pdfToo = QSettings().value(PdfTooKey, false).toBool();

    auto *dialog =
        new SubmissionDialog(summary, properties.unit, suggested, pdfToo, m_hooks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_submissionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submit(dialog); });
    connect(dialog, &SubmissionDialog::gapRequested, this,
            [this](const CompletenessCheck::Gap &gap) {
                m_window->goToGap(gap.attachmentKey, gap.rowUuid,
                                  AttachmentModel::columnForField(gap.field));
            });
    dialog->open();
}

void ExportController::submit(SubmissionDialog *dialog)
{
    QStringList paths{dialog->docxPath()};
    if (dialog->pdfToo())
        paths << dialog->pdfPath();
    QSettings().setValue(PdfTooKey, dialog->pdfToo());
    if (!m_window->document() || !confirmReplace(paths))
        return;
    // The office asked this unit for its own rows; 序号 stay the notice's numbers.
    ReportOptions options;
    options.onlyUnitRows = true;
    const FormProperties properties = m_window->document()->properties();
    startJob(paths, options, [this, paths, properties] {
        QStringList names;
        for (const QString &path : paths)
            names << QFileInfo(path).fileName();
        auto *done = new ExportDoneDialog(paths, SubmissionNames::mailto(properties, names),
                                          m_hooks, m_window);
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->setWindowModality(Qt::WindowModal);
        connect(done, &ExportDoneDialog::openFailed, this, [this](const QString &sentence) {
            m_window->presenter()->warning(m_window, tr("Cannot Open"), sentence);
        });
        m_doneDialog = done;
        done->open();
    });
}

// ---------------------------------------------------------------- export…

void ExportController::exportAs()
{
    FormDocument *document = m_window->document();
    if (!document || isExporting())
        return;
    m_window->commitEdits();
    QVector<QPair<QString, QString>> attachments;
    for (int i = 0; i < m_window->pageCount(); ++i)
        attachments.append(
            {m_window->page(i)->model()->attachmentKey(), m_window->tabs()->tabText(i)});
    QString extension = QSettings().value(LastFormatKey, QStringLiteral("docx")).toString();
    if (!ReportExporter::supportedExtensions().contains(extension))
        extension = QStringLiteral("docx");
    const QString suggested = QDir(lastFolder())
                                  .filePath(SubmissionNames::baseName(document->properties()) +
                                            QLatin1Char('.') + extension);

    auto *dialog =
        new ExportDialog(attachments, document->properties().unit, suggested, m_hooks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_exportDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->path();
        QSettings().setValue(LastFormatKey, QFileInfo(path).suffix().toLower());
        if (!m_window->document() || !confirmReplace({path}))
            return;
        startJob({path}, dialog->options(), [this, path] {
            m_window->statusBar()->showMessage(
                tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 10000);
        });
    });
    dialog->open();
}

// ---------------------------------------------------------------- the worker

JobProgressDialog *ExportController::showProgressOf(ReportJob *job, const QString &title,
                                                    const QString &label, int maximum)
{
    auto *progress = new JobProgressDialog(job, title, label, ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setRange(0, maximum);
    progress->setValue(0);
    m_progress = progress;
    updateActions(true);
    connect(job, &ReportJob::progressed, progress, &JobProgressDialog::showProgress);
    connect(progress, &QProgressDialog::canceled, progress, &JobProgressDialog::cancelJob);
    return progress;
}

void ExportController::startJob(const QStringList &paths, const ReportOptions &options,
                                std::function<void()> onWritten)
{
    auto *job = new ExportJob(m_window->document()->snapshot(), paths, options, this);
    m_job = job;
    JobProgressDialog *progress = showProgressOf(
        job, tr("Exporting"), tr("Writing %1…").arg(fileNames(paths)), 1000 * int(paths.size()));
    connect(job, &ExportJob::finished, this, [this, job, progress, paths, onWritten] {
        progress->hide();
        progress->deleteLater();
        job->deleteLater();
        m_job = nullptr;
        updateActions(m_window->document() != nullptr);
        const Status status = job->status();
        if (!status && job->isCancelled()) {
            m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000);
            emit exportFinished(false);
            return;
        }
        if (!status) {
            m_window->presenter()->warning(m_window, tr("Not Exported"), status.error());
            emit exportFinished(false);
            return;
        }
        rememberFolder(paths.first());
        onWritten();
        emit exportFinished(true);
    });
    job->start();
}

// ---------------------------------------------------------------- printing

ReportPreviewDialog *ExportController::createPreview(QWidget *parent)
{
    FormDocument *document = m_window->document();
    if (!document)
        return nullptr;
    m_window->commitEdits();
    Form form = document->snapshot();
    ReportOptions options = storedOptions();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pages = std::make_shared<RecordedReport>();
    pages->record(ReportLayout::build(form, options));
    QApplication::restoreOverrideCursor();
    return new ReportPreviewDialog(pages, printPreviewed(std::move(form), std::move(options)),
                                   parent);
}

ReportPreviewDialog::Print ExportController::printPreviewed(Form form, ReportOptions options)
{
    // What the preview shows is what its Print button prints, whatever changed since.
    return [this, form = std::move(form), options = std::move(options)](QWidget *parent) {
        // The preview's own pages may still be being recorded: that does not stop printing.
        if (!m_window->document() || isExporting() || isPrinting())
            return false;
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        ReportPrinting::preparePrinter(printer.get(), form.properties.title);
        if (!m_hooks.choosePrinter(printer.get(), parent))
            return false;
        startPrinting(std::move(printer), form, options);
        return true;
    };
}

ReportOptions ExportController::storedOptions() const
{
    // Printing prints what the window shows: only the unit's rows while "Only My Unit" is on.
    ReportOptions options;
    options.onlyUnitRows = m_window->onlyMyUnitAction()->isChecked();
    return options;
}

void ExportController::printPreview()
{
    FormDocument *document = m_window->document();
    if (!document || isExporting() || isLayingOut())
        return;
    m_window->commitEdits();
    Form form = document->snapshot();
    ReportOptions options = storedOptions();
    ReportPreviewDialog::Print print = printPreviewed(form, options);
    auto *job = new LayoutJob(std::move(form), std::move(options), m_hooks.pageRecorded, this);
    m_layoutJob = job;
    QPointer<JobProgressDialog> progress =
        showProgressOf(job, tr("Laying Out the Pages"), tr("Preparing the print preview…"), 1);
    // The preview opens with the first pages recorded; the others join it as they come.
    auto preview = std::make_shared<QPointer<ReportPreviewDialog>>();
    auto opened = std::make_shared<bool>(false);
    const auto open = [this, job, progress, print, preview, opened] {
        if (*opened || job->isCancelled() || !m_window->document())
            return;
        *opened = true;
        if (progress) {
            progress->hide();
            progress->deleteLater();
        }
        auto *dialog = new ReportPreviewDialog(job->pages(), print, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        // Closed before every page is recorded: the rest is not needed.
        connect(dialog, &QDialog::finished, job, &LayoutJob::cancel);
        *preview = dialog;
        m_previewDialog = dialog;
        dialog->open();
    };
    connect(job, &LayoutJob::pagesRecorded, this, [preview, open] {
        if (*preview)
            (*preview)->updatePageCount();
        else
            open();
    });
    connect(job, &LayoutJob::finished, this, [this, job, progress, preview, opened, open] {
        const bool complete = job->pages()->isComplete() && !job->isCancelled();
        if (complete && m_window->document())
            open();
        if (*preview)
            (*preview)->updatePageCount();
        if (progress) {
            progress->hide();
            progress->deleteLater();
        }
        job->deleteLater();
        m_layoutJob = nullptr;
        updateActions(m_window->document() != nullptr);
        if (job->failed())
            m_window->presenter()->warning(m_window, tr("Print Preview"),
                                           tr("The pages could not be laid out for the preview."));
        else if (!*opened)
            m_window->statusBar()->showMessage(tr("Laying out the pages was cancelled."), 10000);
        emit layoutFinished(complete && *opened);
    });
    job->start();
}

void ExportController::print()
{
    FormDocument *document = m_window->document();
    if (!document || isExporting() || isLayingOut() || isPrinting())
        return;
    m_window->commitEdits();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    ReportPrinting::preparePrinter(printer.get(), document->properties().title);
    if (!m_hooks.choosePrinter(printer.get(), m_window))
        return;
    startPrinting(std::move(printer), document->snapshot(), storedOptions());
}

void ExportController::startPrinting(std::shared_ptr<QPrinter> printer, Form form,
                                     ReportOptions options)
{
    auto *job = new PrintJob(std::move(form), std::move(options), std::move(printer),
                             m_hooks.beforePrint, this);
    m_printJob = job;
    JobProgressDialog *progress = showProgressOf(job, tr("Printing"), tr("Printing the pages…"), 1);
    connect(job, &PrintJob::finished, this, [this, job, progress] {
        progress->hide();
        progress->deleteLater();
        job->deleteLater();
        m_printJob = nullptr;
        updateActions(m_window->document() != nullptr);
        if (!job->status()) {
            m_window->presenter()->warning(m_window, tr("Not Printed"), job->status().error());
            emit printFinished(false);
            return;
        }
        if (job->isCancelled()) {
            m_window->statusBar()->showMessage(
                tr("Printing was cancelled; the pages already sent stay with the printer."), 10000);
            emit printFinished(false);
            return;
        }
        emit printFinished(true);
    });
    job->start();
}

} // namespace tianbao
