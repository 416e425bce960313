// Renders the merge preview with a conflict over the window (and, given more names, the
// overview of a batch and the progress of a merge being written) in Chinese, for docs/gui.md.
// Usage: tianbao_merge_screenshot PREVIEW.png [OVERVIEW.png [WRITING.png]]
//        (under xvfb-run, or offscreen)
#include "FormDocument.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "merge/BatchMergeDialog.h"
#include "merge/BatchOverviewDialog.h"
#include "merge/MergeController.h"
#include "merge/MergePreviewDialog.h"
#include "store/FormFile.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <QUuid>
#include <atomic>

using namespace tianbao;

namespace {

const QString Rural = QStringLiteral("乡村振兴学院");
const QString Pharmacy = QStringLiteral("药学院");

bool waitFor(const std::function<bool()> &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > 10000)
            return false;
        QTest::qWait(20);
    }
    return true;
}

bool set(FormFile &file, int row, Field field, const QString &value)
{
    return file.setCell(file.rows(Attachment::ExistingKey).at(row).uuid, field, value).ok();
}

// A copy of `from` as `unit` received it.
std::unique_ptr<FormFile> copyFor(const QString &from, const QString &to, const QString &unit)
{
    {
        auto source = FormFile::open(from, FormFile::Access::ReadOnly);
        if (!source || !source.value()->saveCopyAs(to))
            return nullptr;
    }
    auto copy = FormFile::open(to);
    if (!copy)
        return nullptr;
    copy.value()->setProperty(Property::Unit, unit);
    copy.value()->setActingUnit(unit);
    return std::move(copy.value());
}

QPixmap overWindow(MainWindow &window, QWidget *dialog)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    const QPixmap dialogShot = dialog->grab();
    const QPoint at((shot.width() - dialogShot.width()) / 2,
                    qMax(0, (shot.height() - dialogShot.height()) / 2));
    painter.drawPixmap(at, dialogShot);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.drawRect(QRect(at, dialogShot.size()).adjusted(0, 0, -1, -1));
    return shot;
}

} // namespace

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
    const QString path = dir.filePath(QStringLiteral("发展规划处-汇总.tianbao"));
    if (!FormFile::create(path, FormTemplate::notice2023(), Rural).ok())
        return 1;
    const QString theirs = dir.filePath(QStringLiteral("药学院-回执.tianbao"));
    {
        auto copy = copyFor(path, theirs, Pharmacy);
        if (!copy ||
            !set(*copy, 0, Field::Progress,
                 QStringLiteral("完成中药材种植基地共建，培训农户200人次。")) ||
            !set(*copy, 1, Field::Plan, QStringLiteral("推广天冬组培快繁技术。")) ||
            !set(*copy, 2, Field::Progress,
                 QStringLiteral("联合举办乡村医生培训班3期，培训学员150人。")) ||
            !set(*copy, 4, Field::Plan, QStringLiteral("申报省级协同创新项目1项。")))
            return 1;
        Row added;
        added.setValue(Field::Name, QStringLiteral("川渝中药资源联合调查项目"));
        added.setValue(Field::Units, Pharmacy);
        added.setValue(Field::Partners, QStringLiteral("重庆医科大学药学院"));
        if (!copy->insertRow(Attachment::NewKey, 0, added).ok())
            return 1;
    }
    {
        auto mine = FormFile::open(path);
        if (!mine ||
            !set(*mine.value(), 2, Field::Progress,
                 QStringLiteral("举办乡村医生培训班2期，培训学员120人，形成培训教材1套。")))
            return 1;
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return 1;
    MergeHooks hooks = MergeHooks::system();
    QStringList files{theirs};
    hooks.openFileNames = [&files](QWidget *, const QString &, const QString &, const QString &) {
        return files;
    };
    window.merges()->setHooks(hooks);
    window.merges()->mergeAction()->trigger();
    if (!waitFor([&] { return window.merges()->previewDialog() != nullptr; }))
        return 1;
    MergePreviewDialog *preview = window.merges()->previewDialog();
    // The user has not chosen yet: Apply is disabled, as it first appears.
    QTest::qWait(300);
    QPixmap shot = overWindow(window, preview);
    if (!shot.scaledToWidth(1100, Qt::SmoothTransformation).save(QString::fromLocal8Bit(argv[1])))
        return 1;
    preview->reject();

    if (argc > 2) {
        const QString foreign = dir.filePath(QStringLiteral("另一份通知.tianbao"));
        Form other = FormTemplate::notice2023();
        other.properties.originUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!FormFile::create(foreign, other, QStringLiteral("外国语学院")).ok())
            return 1;
        files = {theirs, foreign, QStringLiteral(TIANBAO_TEST_DATA "/docx/reply-materials.docx")};
        window.merges()->mergeAction()->trigger();
        if (!waitFor([&] { return window.merges()->batchDialog() != nullptr; }))
            return 1;
        BatchMergeDialog *batch = window.merges()->batchDialog();
        batch->conflictChoice()->setCurrentIndex(3); // keep both
        batch->accept();
        if (!waitFor([&] { return window.merges()->overviewDialog() != nullptr; }))
            return 1;
        QTest::qWait(300);
        if (!overWindow(window, window.merges()->overviewDialog())
                 .scaledToWidth(1100, Qt::SmoothTransformation)
                 .save(QString::fromLocal8Bit(argv[2])))
            return 1;
        window.merges()->overviewDialog()->accept();
    }
    if (argc > 3) {
        // A merge held on its worker before it writes, so its progress shows.
        window.document()->undoStack()->undo();
        std::atomic_bool release{false};
        hooks.beforeWrite = [&release] {
            for (int waited = 0; !release && waited < 10000; waited += 5)
                QThread::msleep(5);
        };
        window.merges()->setHooks(hooks);
        files = {theirs};
        window.merges()->mergeAction()->trigger();
        if (!waitFor([&] { return window.merges()->previewDialog() != nullptr; }))
            return 1;
        preview = window.merges()->previewDialog();
        for (QRadioButton *keepMine :
             preview->findChildren<QRadioButton *>(QStringLiteral("keepMine")))
            keepMine->click();
        preview->applyButton()->click();
        if (!waitFor([&] {
                return window.merges()->progressDialog() &&
                       window.merges()->progressDialog()->isVisible();
            }))
            return 1;
        QTest::qWait(300);
        const bool saved = overWindow(window, window.merges()->progressDialog())
                               .scaledToWidth(1100, Qt::SmoothTransformation)
                               .save(QString::fromLocal8Bit(argv[3]));
        release = true;
        if (!saved || !waitFor([&] { return !window.merges()->isMerging(); }))
            return 1;
    }
    return 0;
}
