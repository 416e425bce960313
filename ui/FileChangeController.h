#pragma once

#include "store/FileChangeMonitor.h"

#include <QObject>
#include <QPointer>

namespace tianbao {

class FileChangedBar;
class FormDocument;
class MainWindow;

// What the window does when another program changes, replaces or deletes the open form: it
// stops writing (every further change is refused with the sentence), shows the bar, and on
// the user's word reloads the file or saves the window's version as a copy and goes on there.
class FileChangeController : public QObject
{
    Q_OBJECT

public:
    FileChangeController(MainWindow *window, FileChangedBar *bar);

    // Watches `document` (nullptr: nothing open).
    void watch(FormDocument *document);
    FileChangeMonitor *monitor() const { return m_monitor; }

public slots:
    // Reads the file again as it is on disk now; a file that cannot be opened is refused with
    // its sentence and the window stays as it is.
    void reload();
    // Writes what the window holds to a file the user names, then opens that file.
    void saveCopy();

signals:
    // The form became read-only: actions and title are to be updated.
    void stateChanged();

private:
    void onChanged(FileChangeMonitor::Change change);

    MainWindow *m_window;
    FileChangedBar *m_bar;
    QPointer<FormDocument> m_document;
    QPointer<FileChangeMonitor> m_monitor;
};

} // namespace tianbao
