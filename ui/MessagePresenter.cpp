#include "MessagePresenter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace tianbao {

void DialogPresenter::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool DialogPresenter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString DialogPresenter::openFileName(QWidget *parent, const QString &title, const QString &folder,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogPresenter::saveFileName(QWidget *parent, const QString &title,
                                      const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

std::optional<QString> DialogPresenter::chooseText(QWidget *parent, const QString &title,
                                                   const QString &label, const QStringList &items,
                                                   const QString &current)
{
    bool ok = false;
    const int at = items.indexOf(current);
    const QString text =
        QInputDialog::getItem(parent, title, label, items, at < 0 ? 0 : at, true, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

} // namespace tianbao
