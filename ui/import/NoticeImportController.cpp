#include "NoticeImportController.h"

#include "FormDocument.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "NoticeReadJob.h"
#include "form/UnitsCell.h"
#include "store/FormFile.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace tianbao {

namespace {

// A notice of a few pages reads in a blink: no dialog flashes for it.
constexpr int ProgressDelayMs = 300;

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|\n\r\t");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name.trimmed();
}

QStringList unitsOf(const Form &form)
{
    QStringList units;
    for (const Attachment &attachment : form.attachments) {
        for (const Row &row : attachment.rows) {
            for (const QString &unit : UnitsCell::unitList(row.value(Field::Units))) {
                if (!units.contains(unit))
                    units << unit;
            }
        }
    }
    return units;
}

} // namespace

NoticeImportController::NoticeImportController(MainWindow *window)
    : QObject(window), m_window(window), m_import(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("actionImportNotice"));
    connect(m_import, &QAction::triggered, this, &NoticeImportController::importNotice);
    retranslate();
}

void NoticeImportController::retranslate()
{
    m_import->setText(tr("&Import a Word Notice…"));
    m_import->setToolTip(tr("Make a new form from the notice the office sent as a .docx"));
}

QProgressDialog *NoticeImportController::progressDialog() const
{
    return m_progress;
}

void NoticeImportController::importNotice()
{
    const QString folder =
        m_window->document() ? QFileInfo(m_window->document()->path()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_window->presenter()->openFileName(
        m_window, tr("Import a Word Notice"), folder, tr("Word documents (*.docx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void NoticeImportController::importFile(const QString &docxPath)
{
    if (m_job) {
        emit importFinished(false);
        return;
    }
    auto *job = new NoticeReadJob(docxPath, m_beforeRead, this);
    m_job = job;
    m_import->setEnabled(false);
    // Busy until the notice is read; shown only when reading takes a while.
    auto *progress = new JobProgressDialog(job, tr("Import a Word Notice"),
                                           tr("Reading “%1”…").arg(QFileInfo(docxPath).fileName()),
                                           ProgressDelayMs, m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    m_progress = progress;

    connect(progress, &QProgressDialog::canceled, this, [this, job] {
        // Nothing has been created yet: the worker finishes reading in the background and
        // its result goes away with it.
        disconnect(job, &NoticeReadJob::finished, this, nullptr);
        connect(job, &NoticeReadJob::finished, job, &QObject::deleteLater);
        endReading();
        m_window->statusBar()->showMessage(tr("The import was cancelled; no form was made."),
                                           15000);
        emit importFinished(false);
    });
    connect(job, &NoticeReadJob::finished, this, [this, job] { readFinished(job); });
    job->start();
}

void NoticeImportController::endReading()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_job = nullptr;
    m_import->setEnabled(true);
}

void NoticeImportController::readFinished(NoticeReadJob *job)
{
    job->deleteLater();
    endReading();
    Result<Form> &form = job->form();
    if (!form) {
        m_window->presenter()->warning(m_window, tr("Not Imported"), form.error());
        emit importFinished(false);
        return;
    }
    emit importFinished(createFrom(job->docxPath(), form.value()));
}

bool NoticeImportController::createFrom(const QString &docxPath, const Form &form)
{
    MessagePresenter *presenter = m_window->presenter();
    const QString current =
        m_window->document() ? m_window->document()->properties().unit : QString();
    const std::optional<QString> unit = presenter->chooseText(
        m_window, tr("Import a Word Notice"),
        tr("Your unit (填报单位), as it appears in the notice:"), unitsOf(form), current);
    if (!unit)
        return false;
    const QString title = form.properties.title.isEmpty() ? QFileInfo(docxPath).completeBaseName()
                                                          : form.properties.title;
    const QString base = unit->isEmpty() ? title : *unit + QLatin1Char('-') + title;
    const QString suggested = QFileInfo(docxPath).dir().filePath(
        safeFileName(base) + QLatin1Char('.') + QLatin1String(FormFile::Extension));
    QString path = presenter->saveFileName(
        m_window, tr("Save the New Form As"), suggested,
        tr("Tianbao forms (*.%1);;All files (*)").arg(QLatin1String(FormFile::Extension)));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(FormFile::Extension);
    return m_window->createForm(path, form, *unit);
}

} // namespace tianbao
