#include "FileChangeController.h"

#include "FileChangedBar.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "util/SaveFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStatusBar>
#include <QTemporaryDir>

namespace tianbao {

namespace {

// Copies `source` to `target` atomically: `target` is the old file or the whole new one.
bool copyAtomically(const QString &source, const QString &target, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            out.cancelWriting();
            return false;
        }
    }
    return SaveFiles::commit(out, error);
}

} // namespace

FileChangeController::FileChangeController(MainWindow *window, FileChangedBar *bar)
    : QObject(window), m_window(window), m_bar(bar)
{
    connect(m_bar, &FileChangedBar::reloadRequested, this, &FileChangeController::reload);
    connect(m_bar, &FileChangedBar::saveCopyRequested, this, &FileChangeController::saveCopy);
}

void FileChangeController::watch(FormDocument *document)
{
    delete m_monitor;
    m_document = document;
    m_bar->hide();
    if (!document)
        return;
    // A child of the document: it dies with the file it watches.
    m_monitor = new FileChangeMonitor(document->file(), document);
    connect(m_monitor, &FileChangeMonitor::changed, this, &FileChangeController::onChanged);
}

void FileChangeController::onChanged(FileChangeMonitor::Change change)
{
    if (!m_document || change == FileChangeMonitor::Change::None)
        return;
    const QString what = FileChangeMonitor::sentence(change, m_document->path());
    // From now on every write is refused with this sentence: nothing goes over the other
    // program's version unless the user saves a copy there.
    m_document->file()->setReadOnly(what + QLatin1Char(' ') +
                                    tr("Reload the file or save a copy first."));
    m_bar->setMessage(what, change != FileChangeMonitor::Change::Deleted);
    m_bar->show();
    emit stateChanged();
}

void FileChangeController::reload()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    // Look before closing: a replacement that is not a form keeps this window as it is.
    auto probe = FormFile::open(path, FormFile::Access::ReadOnly);
    if (!probe) {
        m_window->presenter()->warning(m_window, tr("Cannot Reload"), probe.error());
        return;
    }
    probe.value().reset();
    m_window->closeForm();
    m_window->openFile(path);
}

void FileChangeController::saveCopy()
{
    if (!m_document || !m_monitor)
        return;
    m_window->commitEdits();
    const QString path = m_document->path();
    const QFileInfo info(path);
    const bool deleted = m_monitor->change() == FileChangeMonitor::Change::Deleted;
    // A deleted form is best put back where it was; else a name beside it.
    const QString suggested =
        deleted ? path
                : info.dir().filePath(
                      tr("%1 (my version).%2")
                          .arg(info.completeBaseName(), QLatin1String(FormFile::Extension)));
    const QString target = m_window->presenter()->saveFileName(
        m_window, tr("Save a Copy As"), suggested,
        tr("Tianbao forms (*.%1)").arg(QLatin1String(FormFile::Extension)));
    if (target.isEmpty())
        return;

    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("copy.tianbao"));
    Status written;
    if (!scratch.isValid()) {
        written = Error{tr("The copy “%1” could not be written: no temporary folder.")
                            .arg(QDir::toNativeSeparators(target))};
    } else if (m_monitor->connectionHoldsOwnVersion()) {
        // Replaced or deleted: the open connection still reads the file this window wrote,
        // history and all.
        written = m_document->file()->saveCopyAs(copy);
    } else {
        // Changed in place: the file now holds the other version, so write what the models
        // hold (values, rows, the form's identity; the cells' history starts again).
        auto made = FormFile::create(copy, m_document->snapshot(), m_document->properties().unit);
        written = made ? Status() : Status(Error{made.error()});
    }
    QString error;
    if (written && !copyAtomically(copy, target, &error))
        written = Error{tr("The copy “%1” could not be written (%2).")
                            .arg(QDir::toNativeSeparators(target), error)};
    if (!written) {
        m_window->presenter()->warning(m_window, tr("Copy Not Saved"), written.error());
        return;
    }
    // Go on in the copy: it is this window's version, and the other file stays as it was.
    m_window->closeForm();
    if (m_window->openFile(target))
        m_window->statusBar()->showMessage(tr("Your version was saved as %1 and is open now.")
                                               .arg(QDir::toNativeSeparators(target)),
                                           8000);
}

} // namespace tianbao
