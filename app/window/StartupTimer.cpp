#include "StartupTimer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace tianbao {

void StartupTimer::reportFirstPaintOf(QWidget *window)
{
    // Paints reach the children (the table's viewport) after the window's own; watching the
    // application catches the first paint of any widget of the window.
    Q_UNUSED(window);
    qApp->installEventFilter(this);
}

bool StartupTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_reported = true;
        // Let this paint and the ones queued with it finish, then report.
        QTimer::singleShot(0, qApp, [this] {
            const qint64 elapsed = QDeadlineTimer::current().deadlineNSecs() - m_startedNs;
            std::printf("first-paint %.1f\n", elapsed / 1e6);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tianbao
