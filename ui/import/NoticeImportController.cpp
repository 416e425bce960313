#include "NoticeImportController.h"

#include "FormDocument.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "docx/NoticeImporter.h"
#include "form/UnitsCell.h"
#include "store/FormFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tianbao {

namespace {

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|\n\r\t");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name.trimmed();
}

QStringList unitsOf(const Form &form)
{
    QStringList units;
    for (const Attachment &attachment : form.attachments) {
        for (const Row &row : attachment.rows) {
            for (const QString &unit : UnitsCell::unitList(row.value(Field::Units))) {
                if (!units.contains(unit))
                    units << unit;
            }
        }
    }
    return units;
}

} // namespace

NoticeImportController::NoticeImportController(MainWindow *window)
    : QObject(window), m_window(window), m_import(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("actionImportNotice"));
    connect(m_import, &QAction::triggered, this, &NoticeImportController::importNotice);
    retranslate();
}

void NoticeImportController::retranslate()
{
    m_import->setText(tr("&Import a Word Notice…"));
    m_import->setToolTip(tr("Make a new form from the notice the office sent as a .docx"));
}

void NoticeImportController::importNotice()
{
    const QString folder =
        m_window->document() ? QFileInfo(m_window->document()->path()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_window->presenter()->openFileName(
        m_window, tr("Import a Word Notice"), folder, tr("Word documents (*.docx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool NoticeImportController::importFile(const QString &docxPath)
{
    MessagePresenter *presenter = m_window->presenter();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Form> form = NoticeImporter::importFile(docxPath);
    QApplication::restoreOverrideCursor();
    if (!form) {
        presenter->warning(m_window, tr("Not Imported"), form.error());
        return false;
    }
    const QString current =
        m_window->document() ? m_window->document()->properties().unit : QString();
    const std::optional<QString> unit = presenter->chooseText(
        m_window, tr("Import a Word Notice"),
        tr("Your unit (填报单位), as it appears in the notice:"), unitsOf(form.value()), current);
    if (!unit)
        return false;
    const QString title = form->properties.title.isEmpty() ? QFileInfo(docxPath).completeBaseName()
                                                           : form->properties.title;
    const QString base = unit->isEmpty() ? title : *unit + QLatin1Char('-') + title;
    const QString suggested = QFileInfo(docxPath).dir().filePath(
        safeFileName(base) + QLatin1Char('.') + QLatin1String(FormFile::Extension));
    QString path = presenter->saveFileName(
        m_window, tr("Save the New Form As"), suggested,
        tr("Tianbao forms (*.%1);;All files (*)").arg(QLatin1String(FormFile::Extension)));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(FormFile::Extension);
    return m_window->createForm(path, form.value(), *unit);
}

} // namespace tianbao
