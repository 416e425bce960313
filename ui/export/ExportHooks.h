#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QPrinter;
class QWidget;

namespace tianbao {

// What the export dialogs ask the desktop for: a file name, the Documents folder, opening a
// folder or a mailto: link, a printer. Tests replace them so nothing opens.
struct ExportHooks
{
    // Empty when cancelled. `selectedFilter` in: the filter to preselect; out: the chosen one.
    std::function<QString(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filters, QString *selectedFilter)>
        saveFileName;
    std::function<QString()> documentsFolder;
    // QDesktopServices::openUrl; false when nothing could open it.
    std::function<bool(const QUrl &url)> openUrl;
    // The print dialog; true when the user chose to print.
    std::function<bool(QPrinter *printer, QWidget *parent)> choosePrinter;
    // Called on the worker thread before the first page is printed: tests hold a print there.
    // Unset in the application.
    std::function<void()> beforePrint;
    // Called on the worker after each page of a print preview is recorded, with the number
    // recorded: tests hold the layout there. Unset in the application.
    std::function<void(int pageCount)> pageRecorded;

    // The real dialogs and desktop.
    static ExportHooks system();
};

} // namespace tianbao
