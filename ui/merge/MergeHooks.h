#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

namespace tianbao {

// What merging asks the desktop for: the files to merge and, for a Word reply that names no
// unit, which unit sent it. Tests replace them so no dialog blocks.
struct MergeHooks
{
    // Empty when cancelled.
    std::function<QStringList(QWidget *parent, const QString &title, const QString &folder,
                              const QString &filters)>
        openFileNames;
    // nullopt when cancelled.
    std::function<std::optional<QString>(QWidget *parent, const QString &title,
                                         const QString &label, const QStringList &units)>
        askUnit;
    // Called on the worker thread before each source is read (a batch's index; 0 for one
    // file): tests hold a merge there to cancel it. Unset in the application.
    std::function<void(int index)> beforeSource;
    // Called on the worker thread before the Word replies of a batch are read for their units:
    // tests hold the reading there. Unset in the application.
    std::function<void()> beforeReplies;
    // Called on the worker thread before a previewed merge is written: tests hold it there to
    // cancel it. Unset in the application.
    std::function<void()> beforeWrite;

    // The real dialogs.
    static MergeHooks system();
};

} // namespace tianbao
