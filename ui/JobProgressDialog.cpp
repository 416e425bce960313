#include "JobProgressDialog.h"

#include "WorkerJob.h"

#include <QApplication>
#include <QTimer>
#include <limits>

namespace tianbao {

JobProgressDialog::JobProgressDialog(WorkerJob *job, const QString &title, const QString &label,
                                     int delayMs, QWidget *parent)
    : QProgressDialog(parent), m_job(job)
{
    setWindowTitle(title);
    setLabelText(label);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    // Shown by the timer below, not by QProgressDialog's own estimate of the time left.
    setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(delayMs, this, [this] {
        if (m_job && m_job->isRunning() && !m_job->isCancelled())
            show();
    });
    qApp->installEventFilter(this);
}

bool JobProgressDialog::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::Drop:
    case QEvent::Close:
        break;
    default:
        return false;
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_job || !m_job->isRunning() || widget == this || isAncestorOf(widget) ||
        !parentWidget() || widget->window() != parentWidget()->window())
        return false;
    if (event->type() == QEvent::Close) {
        // The window stays until the job is done (its work may hold the open form).
        if (widget != parentWidget()->window())
            return false;
        event->ignore();
        return true;
    }
    // Accepting the override keeps a shortcut (Ctrl+Z, Ctrl+M) from firing for the key.
    if (event->type() == QEvent::ShortcutOverride)
        event->accept();
    return true;
}

void JobProgressDialog::showProgress(int done, int total)
{
    if (total > 0 && maximum() != total)
        setMaximum(total);
    setValue(qMin(done, maximum()));
}

void JobProgressDialog::cancelJob()
{
    if (m_job)
        m_job->cancel();
    setLabelText(tr("Cancelling…"));
    show();
}

} // namespace tianbao
