// Another program changes, replaces or deletes the open form: the window notices, stops
// writing, says so, and offers Reload and Save a Copy; its own edits never raise the bar.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FileChangeController.h"
#include "FileChangedBar.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "RowFormPane.h"
#include "form/FormTemplate.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"
#include "store/FormFile.h"

#include <QAction>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <cstdio>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = QStringLiteral("existing");

AttachmentModel *existingModel(MainWindow *window)
{
    AttachmentModel *model = window->document()->model(Existing);
    REQUIRE(model);
    return model;
}

bool editPlan(MainWindow *window, int row, const QString &text)
{
    AttachmentModel *model = existingModel(window);
    return model->setData(model->index(row, AttachmentModel::PlanColumn), text);
}

QString shownPlan(MainWindow *window, int row)
{
    return existingModel(window)->rowAt(row).value(Field::Plan);
}

bool barShown(MainWindow *window)
{
    return !window->fileChangedBar()->isHidden();
}

// Another program's version of the form, written under a temporary name beside it.
QString otherVersion(const QString &folder, const QString &plan)
{
    const QString path = folder + QStringLiteral("/.incoming.tianbao");
    QFile::remove(path);
    auto other = FormFile::create(path, FormTemplate::notice2023(), QStringLiteral("乡村振兴学院"));
    REQUIRE(other.ok());
    const QString uuid = other.value()->rows(Existing).first().uuid;
    REQUIRE(other.value()->setCell(uuid, Field::Plan, plan).ok());
    return path;
}

void renameOver(const QString &from, const QString &to)
{
    REQUIRE(std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) ==
            0);
}

// After the change: writing is refused with a sentence, and the file keeps its bytes.
void checkEditsRefused(WindowFixture &f)
{
    const QByteArray before = fileDigest(f.path);
    const int warnings = f.presenter->warnings.size();
    CHECK_FALSE(editPlan(f.window.get(), 1, QStringLiteral("不该写入")));
    REQUIRE(waitFor([&] { return f.presenter->warnings.size() > warnings; }));
    CHECK(f.presenter->warnings.last().contains(QStringLiteral("Reload the file or save a copy")));
    CHECK_FALSE(f.window->addRowAction()->isEnabled());
    f.window->addRowAction()->trigger();
    if (QFile::exists(f.path))
        CHECK(fileDigest(f.path) == before);
}

} // namespace

TEST_CASE("A file renamed over the open form: the bar, no writing, Reload shows the other one")
{
    WindowFixture f;
    f.open();
    REQUIRE(editPlan(f.window.get(), 0, QStringLiteral("我的版本")));
    renameOver(otherVersion(f.folder, QStringLiteral("同步盘带来的版本")), f.path);

    REQUIRE(waitFor([&] { return barShown(f.window.get()); }));
    CHECK(f.window->fileChangedBar()->text().contains(QStringLiteral("replaced")));
    CHECK_FALSE(f.window->fileChangedBar()->reloadButton()->isHidden());
    CHECK(f.window->windowTitle().contains(QStringLiteral("read-only")));
    checkEditsRefused(f);
    CHECK(storedValue(f.path, Existing, 0, Field::Plan) == QStringLiteral("同步盘带来的版本"));

    QTest::mouseClick(f.window->fileChangedBar()->reloadButton(), Qt::LeftButton);
    REQUIRE(f.window->document());
    CHECK_FALSE(barShown(f.window.get()));
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK(shownPlan(f.window.get(), 0) == QStringLiteral("同步盘带来的版本"));
    // Writable again, and the new file is watched: own edits still raise nothing.
    REQUIRE(editPlan(f.window.get(), 0, QStringLiteral("重新打开后编辑")));
    QTest::qWait(400);
    CHECK_FALSE(barShown(f.window.get()));
    CHECK(storedValue(f.path, Existing, 0, Field::Plan) == QStringLiteral("重新打开后编辑"));
}

TEST_CASE("A form changed in place by another program: Save a Copy keeps the window's version")
{
    WindowFixture f;
    f.open();
    REQUIRE(editPlan(f.window.get(), 0, QStringLiteral("窗口里的版本")));
    {
        auto other = FormFile::open(f.path);
        REQUIRE(other.ok());
        const QString uuid = other.value()->rows(Existing).first().uuid;
        REQUIRE(other.value()->setCell(uuid, Field::Plan, QStringLiteral("另一个程序的版本")).ok());
    }
    REQUIRE(waitFor([&] { return barShown(f.window.get()); }));
    CHECK(f.window->fileChangedBar()->text().contains(QStringLiteral("changed")));
    checkEditsRefused(f);
    // The window still shows what it had.
    CHECK(shownPlan(f.window.get(), 0) == QStringLiteral("窗口里的版本"));

    f.presenter->saveAnswer = f.folder + QStringLiteral("/mine.tianbao");
    QTest::mouseClick(f.window->fileChangedBar()->saveCopyButton(), Qt::LeftButton);
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path() == f.presenter->saveAnswer);
    CHECK_FALSE(barShown(f.window.get()));
    CHECK(storedValue(f.presenter->saveAnswer, Existing, 0, Field::Plan) ==
          QStringLiteral("窗口里的版本"));
    // The other program's file is as it left it.
    CHECK(storedValue(f.path, Existing, 0, Field::Plan) == QStringLiteral("另一个程序的版本"));
}

TEST_CASE("A deleted form: the bar without Reload, and Save a Copy puts it back")
{
    WindowFixture f;
    f.open();
    REQUIRE(editPlan(f.window.get(), 0, QStringLiteral("删除之前写的")));
    REQUIRE(QFile::remove(f.path));
    REQUIRE(waitFor([&] { return barShown(f.window.get()); }));
    CHECK(f.window->fileChangedBar()->text().contains(QStringLiteral("deleted")));
    CHECK(f.window->fileChangedBar()->reloadButton()->isHidden());
    checkEditsRefused(f);
    CHECK_FALSE(QFile::exists(f.path));

    f.presenter->saveAnswer = f.path;
    QTest::mouseClick(f.window->fileChangedBar()->saveCopyButton(), Qt::LeftButton);
    REQUIRE(QFile::exists(f.path));
    REQUIRE(f.window->document());
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK_FALSE(barShown(f.window.get()));
    CHECK(storedValue(f.path, Existing, 0, Field::Plan) == QStringLiteral("删除之前写的"));
    // The history came back too: the value is the edit's, not a fresh form's.
    auto file = FormFile::open(f.path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const QString uuid = file.value()->rows(Existing).first().uuid;
    const auto last = file.value()->lastChange(uuid, Field::Plan);
    REQUIRE(last);
    CHECK(last->source == changeSourceKey(ChangeSource::Edit));
}

TEST_CASE("A replacement that is not a form: Reload refuses it and the window stays")
{
    WindowFixture f;
    f.open();
    const QString junk = f.folder + QStringLiteral("/.junk");
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("不是表格");
    }
    renameOver(junk, f.path);
    REQUIRE(waitFor([&] { return barShown(f.window.get()); }));
    const int warnings = f.presenter->warnings.size();
    QTest::mouseClick(f.window->fileChangedBar()->reloadButton(), Qt::LeftButton);
    REQUIRE(f.presenter->warnings.size() == warnings + 1);
    CHECK(f.presenter->warnings.last().contains(QStringLiteral("not a Tianbao form")));
    REQUIRE(f.window->document());
    CHECK(barShown(f.window.get()));
}

TEST_CASE("The window's own edits, rows, undo and copies never raise the bar")
{
    WindowFixture f;
    f.open();
    AttachmentPage *page = f.window->page(0);
    for (int i = 0; i < 15; ++i) {
        REQUIRE(editPlan(f.window.get(), i % 5, QStringLiteral("第%1次编辑").arg(i)));
        QTest::qWait(20);
    }
    page->table()->setCurrentIndex(page->filter()->index(2, AttachmentModel::NameColumn));
    auto *box = qobject_cast<QPlainTextEdit *>(page->pane()->editorFor(Field::Progress));
    REQUIRE(box);
    box->setFocus();
    typeText(box, QStringLiteral("pane"));
    page->pane()->commitPending();
    f.window->addRowAction()->trigger();
    f.window->undoAction()->trigger();
    f.window->redoAction()->trigger();
    f.presenter->saveAnswer = f.folder + QStringLiteral("/copy.tianbao");
    f.window->saveCopyAction()->trigger();
    QTest::qWait(500);
    CHECK_FALSE(barShown(f.window.get()));
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK(f.presenter->warnings.isEmpty());
    CHECK(f.window->fileChanges()->monitor()->change() == FileChangeMonitor::Change::None);
}
