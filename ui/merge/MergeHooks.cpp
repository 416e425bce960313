#include "MergeHooks.h"

#include <QFileDialog>
#include <QInputDialog>

namespace tianbao {

MergeHooks MergeHooks::system()
{
    MergeHooks hooks;
    hooks.openFileNames = [](QWidget *parent, const QString &title, const QString &folder,
                             const QString &filters) {
        return QFileDialog::getOpenFileNames(parent, title, folder, filters);
    };
    hooks.askUnit = [](QWidget *parent, const QString &title, const QString &label,
                       const QStringList &units) -> std::optional<QString> {
        bool ok = false;
        const QString unit = QInputDialog::getItem(parent, title, label, units, 0, true, &ok);
        if (!ok || unit.trimmed().isEmpty())
            return std::nullopt;
        return unit.trimmed();
    };
    return hooks;
}

} // namespace tianbao
