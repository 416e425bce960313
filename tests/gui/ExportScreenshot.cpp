// Renders the export-for-submission dialog (and, given a second name, the print preview) over
// the window with a filled form, in Chinese, for docs/gui.md.
// Usage: tianbao_export_screenshot DIALOG.png [PREVIEW.png [DONE.png]]   (under xvfb-run, or
// offscreen)
#include "FormDocument.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "export/ExportController.h"
#include "export/ExportDoneDialog.h"
#include "export/ReportPreviewDialog.h"
#include "export/SubmissionDialog.h"
#include "export/SubmissionNames.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace tianbao;

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TianbaoScreenshot"));
    QApplication::setApplicationName(QStringLiteral("Tianbao"));
    if (argc < 2)
        return 2;
    LanguageManager::instance().setChoice(QStringLiteral("zh_CN"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("材料科学与工程学院-填报.tianbao"));
    {
        Form form = FormTemplate::notice2023();
        Attachment &existing = *form.attachment(Attachment::ExistingKey);
        existing.rows[3].setValue(Field::Progress,
                                  QStringLiteral("开展OLED光提取技术研究，申请专利1项。"));
        existing.rows[4].setValue(
            Field::Progress,
            QStringLiteral("与四川大学合作研发的笔记本电脑用扩散增亮膜获得技术考核认证。"));
        existing.rows[4].setValue(Field::Plan, QStringLiteral("推进聚酰亚胺（PI）材料中试。"));
        form.properties.signDate = QDate(2023, 12, 26);
        if (!FormFile::create(path, form, QStringLiteral("材料科学与工程学院")).ok())
            return 1;
    }

    MainWindow window;
    window.resize(1280, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return 1;
    ExportHooks hooks = ExportHooks::system();
    hooks.documentsFolder = [] { return QStringLiteral("/home/zhang/文档"); };
    window.exports()->setHooks(hooks);
    window.exports()->submitAction()->trigger();
    SubmissionDialog *dialog = window.exports()->submissionDialog();
    if (!dialog)
        return 1;
    QTest::qWait(300);
    // The dialog over the dimmed window, as the user sees it.
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPixmap dialogShot = dialog->grab();
        const QPoint at((shot.width() - dialogShot.width()) / 2, 90);
        painter.drawPixmap(at, dialogShot);
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawRect(QRect(at, dialogShot.size()).adjusted(0, 0, -1, -1));
    }
    if (!shot.scaledToWidth(1000, Qt::SmoothTransformation).save(QString::fromLocal8Bit(argv[1])))
        return 1;
    dialog->reject();

    if (argc > 2) {
        ReportPreviewDialog *preview = window.exports()->createPreview(&window);
        preview->resize(1100, 780);
        preview->show();
        QTest::qWait(800);
        if (!preview->grab().save(QString::fromLocal8Bit(argv[2])))
            return 1;
        delete preview;
    }
    if (argc > 3) {
        const QString base = QStringLiteral("/home/zhang/文档/") +
                             SubmissionNames::baseName(window.document()->properties());
        const QStringList files{base + QStringLiteral(".docx"), base + QStringLiteral(".pdf")};
        ExportDoneDialog done(
            files, SubmissionNames::mailto(window.document()->properties(), files), hooks, &window);
        done.show();
        QTest::qWait(300);
        if (!done.grab().save(QString::fromLocal8Bit(argv[3])))
            return 1;
    }
    return 0;
}
