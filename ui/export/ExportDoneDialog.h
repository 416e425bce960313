#pragma once

#include "ExportHooks.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QLabel;
class QPushButton;

namespace tianbao {

// After an export for submission: the files written, "Open Folder" and "Write Email" (a
// mailto: link; the user attaches the files).
class ExportDoneDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDoneDialog(const QStringList &paths, const QUrl &mailto, ExportHooks hooks,
                     QWidget *parent = nullptr);

    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *emailButton() const { return m_email; }
    QLabel *message() const { return m_message; }

signals:
    // The desktop could not open the folder or the email program.
    void openFailed(const QString &sentence);

private:
    QStringList m_paths;
    QUrl m_mailto;
    ExportHooks m_hooks;
    QLabel *m_message;
    QPushButton *m_openFolder;
    QPushButton *m_email;
};

} // namespace tianbao
