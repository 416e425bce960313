#include "ExportHooks.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tianbao {

ExportHooks ExportHooks::system()
{
    ExportHooks hooks;
    hooks.saveFileName = [](QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filters, QString *selectedFilter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filters, selectedFilter);
    };
    hooks.documentsFolder = [] {
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    };
    hooks.openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    hooks.choosePrinter = [](QPrinter *printer, QWidget *parent) {
        QPrintDialog dialog(printer, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    return hooks;
}

} // namespace tianbao
