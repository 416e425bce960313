#include "MergeController.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "BatchMergeDialog.h"
#include "BatchMergeJob.h"
#include "BatchOverviewDialog.h"
#include "CellHistoryDialog.h"
#include "FileChangeController.h"
#include "FormDocument.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "MergeCommand.h"
#include "MergePlanJob.h"
#include "MergePreviewDialog.h"
#include "MergeWriteJob.h"
#include "MessagePresenter.h"
#include "ReplyUnitsJob.h"
#include "form/UnitsCell.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace tianbao {

namespace {

// The progress dialog shows only for batches that take longer than this.
constexpr int ProgressDelayMs = 300;

QVector<Attachment> attachmentsOf(const FormDocument *document)
{
    QVector<Attachment> attachments;
    for (const AttachmentModel *model : document->models())
        attachments.append(model->attachment());
    return attachments;
}

} // namespace

MergeController::MergeController(MainWindow *window)
    : QObject(window), m_window(window), m_hooks(MergeHooks::system()), m_merge(new QAction(this)),
      m_history(new QAction(this))
{
    m_merge->setObjectName(QStringLiteral("actionMerge"));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_history->setObjectName(QStringLiteral("actionCellHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    connect(m_merge, &QAction::triggered, this, &MergeController::mergeFiles);
    connect(m_history, &QAction::triggered, this, &MergeController::showHistory);
    retranslate();
}

MergeController::~MergeController()
{
    // The jobs' destructors stop the workers and wait for them.
    delete m_job;
    delete m_planJob;
    delete m_unitsJob;
    delete m_applyJob;
}

void MergeController::retranslate()
{
    m_merge->setText(tr("&Merge a Colleague's File…"));
    m_merge->setToolTip(tr("Bring in what colleagues or units filled in: Tianbao forms or Word "
                           "replies, one or many (Ctrl+M)"));
    m_history->setText(tr("&History of This Cell…"));
    m_history->setToolTip(tr("Every value the cell had, who set it and when"));
}

void MergeController::updateActions(bool formOpen, bool writable)
{
    m_merge->setEnabled(formOpen && writable && !isMerging());
    m_history->setEnabled(formOpen);
}

MergePreviewDialog *MergeController::previewDialog() const
{
    return m_preview;
}

BatchMergeDialog *MergeController::batchDialog() const
{
    return m_batchDialog;
}

BatchOverviewDialog *MergeController::overviewDialog() const
{
    return m_overview;
}

QProgressDialog *MergeController::progressDialog() const
{
    return m_progress;
}

CellHistoryDialog *MergeController::historyDialog() const
{
    return m_historyDialog;
}

bool MergeController::isMerging() const
{
    return m_job != nullptr || m_planJob != nullptr || m_unitsJob != nullptr || m_askingUnits ||
           m_applyJob != nullptr || m_writing;
}

// ---------------------------------------------------------------- choosing files

void MergeController::mergeFiles()
{
    FormDocument *document = m_window->document();
    if (!document || document->isReadOnly() || isMerging())
        return;
    m_window->commitEdits();
    const QString folder = QFileInfo(document->path()).absolutePath();
    const QStringList paths = m_hooks.openFileNames(
        m_window, tr("Merge a Colleague's File"), folder,
        tr("Tianbao forms and Word replies (*.tianbao *.docx);;Tianbao forms (*.tianbao);;"
           "Word replies (*.docx);;All files (*)"));
    mergePaths(paths);
}

void MergeController::mergePaths(const QStringList &paths)
{
    FormDocument *document = m_window->document();
    if (paths.isEmpty() || !document || document->isReadOnly() || isMerging())
        return;
    m_window->commitEdits();
    connect(document, &FormDocument::contentChanged, this, &MergeController::noteChange,
            Qt::UniqueConnection);
    if (paths.size() > 1) {
        auto *dialog = new BatchMergeDialog(paths, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        m_batchDialog = dialog;
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, paths] { startBatch(paths, dialog->options()); });
        connect(dialog, &QDialog::rejected, this, [this] { emit mergeFinished(false); });
        dialog->open();
        return;
    }

    planMerge(paths.first(), QString(), MergeOptions(), m_revision);
}

void MergeController::planMerge(const QString &path, const QString &unit,
                                const MergeOptions &options, quint64 revision)
{
    FormDocument *document = m_window->document();
    auto *job = new MergePlanJob(document->path(), path, unit, options, m_hooks.beforeSource, this);
    m_planJob = job;
    // Busy until the plan is there; shown only when reading takes a while.
    auto *progress = new JobProgressDialog(job, tr("Merging"),
                                           tr("Reading “%1”…").arg(QFileInfo(path).fileName()),
                                           ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("mergeProgress"));
    m_progress = progress;
    updateActions(true, true);

    connect(progress, &QProgressDialog::canceled, this, [this, job] {
        // Nothing has changed yet: the worker's result is simply not used. It finishes
        // reading in the background and then goes away.
        disconnect(job, &MergePlanJob::finished, this, nullptr);
        connect(job, &MergePlanJob::finished, job, &QObject::deleteLater);
        endPlanning();
        m_window->statusBar()->showMessage(tr("The merge was cancelled; nothing was merged."),
                                           15000);
        emit mergeFinished(false);
    });
    connect(job, &MergePlanJob::finished, this,
            [this, job, revision] { planFinished(job, revision); });
    job->start();
}

void MergeController::endPlanning()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_planJob = nullptr;
    FormDocument *document = m_window->document();
    updateActions(document != nullptr, document && !document->isReadOnly());
}

void MergeController::planFinished(MergePlanJob *job, quint64 revision)
{
    job->deleteLater();
    endPlanning();
    FormDocument *document = m_window->document();
    // The window was closed or another form opened while the worker read: nothing to show.
    if (!document || document->isReadOnly() || document->path() != job->formPath()) {
        emit mergeFinished(false);
        return;
    }
    const QString path = job->path();
    MergeOptions options = job->options();
    if (job->needsUnit()) {
        // A Word reply that names no unit: ask, and read it again with the answer.
        const std::optional<QString> unit = askUnit(path);
        if (!unit) {
            emit mergeFinished(false);
            return;
        }
        planMerge(path, *unit, options, revision);
        return;
    }
    Result<MergeSource> &source = job->source();
    if (!source) {
        if (!source.error().isEmpty())
            m_window->presenter()->warning(m_window, tr("Not Merged"), source.error());
        emit mergeFinished(false);
        return;
    }
    Result<MergePlan> &plan = *job->plan();
    if (!plan && !source->isReply && !options.matchByName) {
        // Another form's file: its rows can still be matched on project name and unit.
        const QString question = plan.error() + QStringLiteral("\n\n") +
                                 tr("Match its rows by project name and unit instead?");
        if (m_window->presenter()->confirm(m_window, tr("Merge by Project Name"), question)) {
            options.matchByName = true;
            planMerge(path, job->unit(), options, revision);
        } else {
            emit mergeFinished(false);
        }
        return;
    }
    if (!plan) {
        m_window->presenter()->warning(m_window, tr("Not Merged"), plan.error());
        emit mergeFinished(false);
        return;
    }
    preview(std::move(source.value()), options, std::move(plan.value()), QString(), revision);
}

std::optional<QString> MergeController::askUnit(const QString &path)
{
    return m_hooks.askUnit(
        m_window, tr("Which Unit Sent It?"),
        tr("The Word reply “%1” names no unit under its table. Which unit sent it?")
            .arg(QFileInfo(path).fileName()),
        knownUnits());
}

QStringList MergeController::knownUnits() const
{
    QStringList units;
    const FormDocument *document = m_window->document();
    if (!document)
        return units;
    for (const AttachmentModel *model : document->models()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const QString &unit : UnitsCell::unitList(model->rowAt(row).value(Field::Units))) {
                if (!units.contains(unit))
                    units << unit;
            }
        }
    }
    return units;
}

// ---------------------------------------------------------------- one file

void MergeController::preview(MergeSource source, MergeOptions options, MergePlan plan,
                              const QString &note, quint64 revision)
{
    FormDocument *document = m_window->document();
    auto *dialog = new MergePreviewDialog(std::move(plan), attachmentsOf(document), note, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_preview = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, source = std::move(source), options, revision] {
                applyPreview(source, options, dialog->plan(), revision);
            });
    connect(dialog, &QDialog::rejected, this, [this] { emit mergeFinished(false); });
    dialog->open();
}

void MergeController::applyPreview(const MergeSource &source, const MergeOptions &options,
                                   MergePlan plan, quint64 revision)
{
    FormDocument *document = m_window->document();
    if (!document || document->isReadOnly()) {
        emit mergeFinished(false);
        return;
    }
    m_window->commitEdits();
    if (revision != m_revision) {
        // The form changed while the preview was open: plan again, keeping the choices.
        Result<MergePlan> fresh = MergePlan::compute(*document->file(), source, options);
        if (!fresh) {
            m_window->presenter()->warning(m_window, tr("Not Merged"), fresh.error());
            emit mergeFinished(false);
            return;
        }
        carryDecisions(plan, fresh.value());
        if (fresh->unresolvedConflicts() > 0) {
            preview(source, options, std::move(fresh.value()),
                    tr("The form changed while the preview was open; this is the merge as it "
                       "would be now."),
                    m_revision);
            return;
        }
        plan = std::move(fresh.value());
    }
    if (plan.isEmpty()) {
        emit mergeFinished(false);
        return;
    }
    startApply(source, options, std::move(plan));
}

// The previewed plan a worker applies, and what applying it gave.
struct MergeController::Applied
{
    MergePlan plan;
    Result<MergeOutcome> outcome{Error{QString()}};
};

void MergeController::startApply(const MergeSource &source, const MergeOptions &options,
                                 MergePlan plan)
{
    FormDocument *document = m_window->document();
    auto applied = std::make_shared<Applied>();
    applied->plan = std::move(plan);
    auto *job = new MergeWriteJob(
        document->path(),
        [applied](FormFile &file, const MergeWriteJob::KeepGoing &keepGoing) -> Status {
            applied->outcome =
                Merger::apply(file, applied->plan, Resolution::Unresolved, keepGoing);
            return applied->outcome ? Status() : Status(Error{applied->outcome.error()});
        },
        m_hooks.beforeWrite, this);
    m_applyJob = job;
    // The worker commits through its own connection: not a change by another program.
    QPointer<FileChangeMonitor> monitor = m_window->fileChanges()->monitor();
    if (monitor)
        monitor->beginOwnWrites();
    connect(job, &MergeWriteJob::finished, this, [monitor] {
        if (monitor)
            monitor->endOwnWrites();
    });
    const QString label = applied->plan.theirFileName.isEmpty() ? applied->plan.theirLabel
                                                                : applied->plan.theirFileName;
    auto *progress = new JobProgressDialog(job, tr("Merging"), tr("Merging “%1”…").arg(label),
                                           ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("mergeProgress"));
    m_progress = progress;
    updateActions(true, true);
    // The worker rolls back at its next check; the dialog stays until it has.
    connect(progress, &QProgressDialog::canceled, progress, &JobProgressDialog::cancelJob);
    connect(job, &MergeWriteJob::finished, this,
            [this, job, applied, source, options] { finishApply(job, applied, source, options); });
    job->start();
}

void MergeController::finishApply(MergeWriteJob *job, const std::shared_ptr<Applied> &applied,
                                  const MergeSource &source, const MergeOptions &options)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    job->deleteLater();
    m_applyJob = nullptr;
    FormDocument *document = m_window->document();
    updateActions(document != nullptr, document && !document->isReadOnly());
    // The window was closed or another form opened while the worker wrote: nothing to show.
    if (!document || document->path() != job->formPath()) {
        emit mergeFinished(false);
        return;
    }
    Result<MergeOutcome> &outcome = applied->outcome;
    if (!outcome) {
        if (job->isCancelled())
            m_window->statusBar()->showMessage(tr("The merge was cancelled; nothing was merged."),
                                               15000);
        else
            m_window->presenter()->warning(m_window, tr("Not Merged"), outcome.error());
        emit mergeFinished(false);
        return;
    }
    MergePlan &plan = applied->plan;
    const MergeCounts counts = plan.counts();
    const QString label = plan.theirFileName.isEmpty() ? plan.theirLabel : plan.theirFileName;
    const QString text = tr("merge “%1”").arg(label);
    document->undoStack()->push(new MergeCommand(document, writer(text), source, options,
                                                 std::move(plan), std::move(outcome.value()),
                                                 text));
    reloadModels();
    // A Cancel that came after the commit cannot take the merge back; Undo can.
    const QString message =
        job->isCancelled()
            ? tr("Cancel came too late: “%1” was already merged; Undo takes it back. %2")
            : tr("Merged “%1”. %2");
    m_window->statusBar()->showMessage(message.arg(label, MergeTexts::counts(counts)), 15000);
    emit mergeFinished(true);
}

MergeCommand::Writer MergeController::writer(const QString &commandText)
{
    return [this, commandText](bool undoing, const std::function<Status(FormFile &)> &work) {
        return writeAndWait(undoing ? tr("Undoing the %1…").arg(commandText)
                                    : tr("Redoing the %1…").arg(commandText),
                            work);
    };
}

Status MergeController::writeAndWait(const QString &label,
                                     const std::function<Status(FormFile &)> &work)
{
    FormDocument *document = m_window->document();
    if (!document)
        return Error{tr("No form is open.")};
    MergeWriteJob job(
        document->path(),
        [&work](FormFile &file, const MergeWriteJob::KeepGoing &) { return work(file); },
        m_hooks.beforeWrite);
    // The worker commits through its own connection: not a change by another program.
    QPointer<FileChangeMonitor> monitor = m_window->fileChanges()->monitor();
    if (monitor)
        monitor->beginOwnWrites();
    // An undo step cannot stop half-way: no Cancel. The dialog keeps all input from the window
    // meanwhile, so nothing reaches the undo stack while this waits inside its undo() or redo().
    JobProgressDialog progress(&job, tr("Merging"), label, ProgressDelayMs, m_window);
    progress.setObjectName(QStringLiteral("mergeProgress"));
    progress.setCancelButton(nullptr);
    m_progress = &progress;
    m_writing = true;
    updateActions(true, true);
    QEventLoop loop;
    connect(&job, &WorkerJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    m_writing = false;
    if (monitor)
        monitor->endOwnWrites();
    updateActions(true, !document->isReadOnly());
    return job.status();
}

void MergeController::reloadModels()
{
    if (FormDocument *document = m_window->document()) {
        for (AttachmentModel *model : document->models())
            model->reload();
    }
}

// ---------------------------------------------------------------- many files

void MergeController::startBatch(const QStringList &paths, const BatchOptions &options)
{
    FormDocument *document = m_window->document();
    if (!document || document->isReadOnly() || isMerging()) {
        emit mergeFinished(false);
        return;
    }
    m_window->commitEdits();
    const QString formPath = document->path();
    if (!ReplyUnitsJob::hasWordReplies(paths)) {
        runBatch(formPath, paths, QStringList(), options);
        return;
    }
    // Questions come before the batch starts: it must not wait for the user mid-way.
    auto *job = new ReplyUnitsJob(paths, m_hooks.beforeReplies, this);
    m_unitsJob = job;
    auto *progress = new JobProgressDialog(job, tr("Merging"), tr("Reading the Word replies…"),
                                           ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("mergeProgress"));
    progress->setRange(0, int(paths.size()));
    progress->setValue(0);
    m_progress = progress;
    updateActions(true, true);
    connect(job, &ReplyUnitsJob::progressed, progress, &JobProgressDialog::showProgress);
    connect(progress, &QProgressDialog::canceled, progress, &JobProgressDialog::cancelJob);
    connect(job, &ReplyUnitsJob::finished, this, [this, job, progress, formPath, paths, options] {
        // Taken first: the job goes with deleteLater(), and asking a unit runs an event loop.
        const bool cancelled = job->isCancelled();
        const QVector<bool> needsUnit = job->needsUnit();
        progress->hide();
        progress->deleteLater();
        job->deleteLater();
        m_unitsJob = nullptr;
        if (cancelled) {
            FormDocument *now = m_window->document();
            updateActions(now != nullptr, now && !now->isReadOnly());
            m_window->statusBar()->showMessage(tr("The merge was cancelled; nothing was merged."),
                                               15000);
            emit mergeFinished(false);
            return;
        }
        // Still merging while the units are asked: the action stays off.
        m_askingUnits = true;
        QStringList units;
        for (int i = 0; i < paths.size(); ++i)
            units << (needsUnit.value(i) ? askUnit(paths.at(i)).value_or(QString()) : QString());
        m_askingUnits = false;
        runBatch(formPath, paths, units, options);
    });
    job->start();
}

void MergeController::runBatch(const QString &formPath, const QStringList &paths,
                               const QStringList &units, const BatchOptions &options)
{
    FormDocument *document = m_window->document();
    // Between reading the replies and now the file may have turned read-only (another program
    // took it), or the questions let an edit begin.
    if (!document || document->path() != formPath || document->isReadOnly() || isMerging()) {
        updateActions(document != nullptr, document && !document->isReadOnly());
        m_window->statusBar()->showMessage(
            tr("The form can no longer be written to; nothing was merged."), 15000);
        emit mergeFinished(false);
        return;
    }
    m_window->commitEdits();
    auto *job =
        new BatchMergeJob(document->path(), paths, units, options, m_hooks.beforeSource, this);
    m_job = job;
    // The worker commits through its own connection: not a change by another program.
    QPointer<FileChangeMonitor> monitor = m_window->fileChanges()->monitor();
    if (monitor)
        monitor->beginOwnWrites();
    connect(job, &BatchMergeJob::finished, this, [monitor] {
        if (monitor)
            monitor->endOwnWrites();
    });
    auto *progress = new JobProgressDialog(
        job, tr("Merging"), tr("Merging %1 files…").arg(paths.size()), ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("mergeProgress"));
    progress->setRange(0, int(paths.size()));
    progress->setValue(0);
    m_progress = progress;
    updateActions(true, true);

    connect(job, &BatchMergeJob::progressed, progress,
            [progress](int done, int total, const QString &current) {
                progress->showProgress(done, total);
                if (!current.isEmpty())
                    progress->setLabelText(
                        tr("Merged %1 of %2: %3").arg(done).arg(total).arg(current));
            });
    connect(progress, &QProgressDialog::canceled, progress, &JobProgressDialog::cancelJob);
    connect(job, &BatchMergeJob::finished, this, [this, job] { finishBatch(job); });
    job->start();
}

void MergeController::finishBatch(BatchMergeJob *job)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    job->deleteLater();
    m_job = nullptr;
    FormDocument *document = m_window->document();
    updateActions(document != nullptr, document && !document->isReadOnly());
    const BatchResult &result = job->result();
    if (result.cancelled || job->isCancelled()) {
        m_window->statusBar()->showMessage(tr("The merge was cancelled; nothing was merged."),
                                           15000);
        emit mergeFinished(false);
        return;
    }
    if (!result.ok()) {
        m_window->presenter()->warning(m_window, tr("Not Merged"), result.error);
        emit mergeFinished(false);
        return;
    }
    // The window was closed or another form opened while the worker ran: nothing to show.
    if (!document || document->path() != job->formPath()) {
        emit mergeFinished(false);
        return;
    }
    const bool merged = !result.outcomes.isEmpty();
    if (merged) {
        document->undoStack()->push(
            new MergeCommand(document, writer(tr("merge %1 files").arg(result.outcomes.size())),
                             job->sources(), job->sourceErrors(), job->options(), result,
                             tr("merge %1 files").arg(result.outcomes.size())));
        reloadModels();
    }
    const QString summary = BatchOverviewDialog::summary(result);
    m_window->statusBar()->showMessage(summary, 15000);
    auto *overview = new BatchOverviewDialog(result, job->paths(), m_window);
    overview->setAttribute(Qt::WA_DeleteOnClose);
    overview->setWindowModality(Qt::WindowModal);
    m_overview = overview;
    overview->open();
    emit mergeFinished(merged);
}

// ---------------------------------------------------------------- history

void MergeController::showHistory()
{
    FormDocument *document = m_window->document();
    AttachmentPage *page = m_window->currentPage();
    if (!document || !page)
        return;
    m_window->commitEdits();
    const QModelIndex current = page->filter()->mapToSource(page->table()->currentIndex());
    const std::optional<Field> field =
        current.isValid() ? AttachmentModel::fieldForColumn(current.column()) : std::nullopt;
    if (!field) {
        m_window->statusBar()->showMessage(tr("Choose a cell to see its history."), 8000);
        return;
    }
    AttachmentModel *model = page->model();
    const Row &row = model->rowAt(current.row());
    const Attachment &attachment = model->attachment();
    QString place = attachment.label + QLatin1Char(' ') + tr("row %1").arg(current.row() + 1);
    const QString name = MergeTexts::shortText(row.value(Field::Name), 24);
    if (!name.isEmpty())
        place += QStringLiteral(" “%1”").arg(name);
    place += QStringLiteral(" · ") + attachment.header(*field);
    auto *dialog =
        new CellHistoryDialog(document->file()->history(row.uuid, *field), place, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_historyDialog = dialog;
    dialog->open();
}

} // namespace tianbao
