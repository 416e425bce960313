#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "CheckDialog.h"
#include "FormDocument.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PropertiesDialog.h"
#include "ReadOnlyBar.h"
#include "RowFormPane.h"
#include "WelcomePage.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = QStringLiteral("existing");

void selectSourceRow(AttachmentPage *page, int row, int column = AttachmentModel::NameColumn)
{
    const QModelIndex index = page->filter()->mapFromSource(page->model()->index(row, column));
    REQUIRE(index.isValid());
    page->table()->setCurrentIndex(index);
}

QString nameAt(AttachmentPage *page, int row)
{
    return page->model()->index(row, AttachmentModel::NameColumn).data().toString();
}

QStringList storedNames(const QString &path)
{
    auto file = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    QStringList names;
    for (const Row &row : file.value()->rows(Existing))
        names << row.value(Field::Name);
    return names;
}

} // namespace

TEST_CASE("The window has a tab per attachment named from the form")
{
    WindowFixture f;
    f.open();
    REQUIRE(f.window->pageCount() == 2);
    CHECK(f.window->tabs()->tabText(0) == QStringLiteral("附件1 已有项目"));
    CHECK(f.window->tabs()->tabText(1) == QStringLiteral("附件2 新增项目"));
    AttachmentPage *page = f.window->page(0);
    CHECK_FALSE(page->model()->flags(page->model()->index(0, AttachmentModel::SeqColumn)) &
                Qt::ItemIsEditable);
    CHECK(f.window->windowTitle().contains(QStringLiteral("form.tianbao")));
    CHECK(f.window->readOnlyBar()->isHidden());
}

TEST_CASE("Rows are added, inserted, duplicated, moved and deleted, renumbered, undone and redone")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    AttachmentModel *model = page->model();
    QUndoStack *undo = f.window->document()->undoStack();
    const QStringList original = storedNames(f.path);
    REQUIRE(original.size() == 13);

    SECTION("add at the end")
    {
        f.window->addRowAction()->trigger();
        CHECK(model->rowCount() == 14);
        CHECK(model->index(13, AttachmentModel::SeqColumn).data().toInt() == 14);
        CHECK(page->currentSourceRow() == 13);
        CHECK(storedRowCount(f.path, Existing) == 14);
        CHECK(f.window->undoAction()->text().contains(QStringLiteral("insert row 14")));
        undo->undo();
        CHECK(storedRowCount(f.path, Existing) == 13);
        undo->redo();
        CHECK(storedRowCount(f.path, Existing) == 14);
    }
    SECTION("insert above and below")
    {
        selectSourceRow(page, 2);
        f.window->insertAboveAction()->trigger();
        CHECK(nameAt(page, 2).isEmpty());
        CHECK(nameAt(page, 3) == original.at(2));
        CHECK(model->index(3, AttachmentModel::SeqColumn).data().toInt() == 4);
        selectSourceRow(page, 3);
        f.window->insertBelowAction()->trigger();
        CHECK(nameAt(page, 4).isEmpty());
        CHECK(storedNames(f.path).mid(2, 3) == QStringList({QString(), original.at(2), QString()}));
        undo->undo();
        undo->undo();
        CHECK(storedNames(f.path) == original);
        undo->redo();
        CHECK(storedNames(f.path).at(2).isEmpty());
    }
    SECTION("duplicate")
    {
        selectSourceRow(page, 0);
        f.window->duplicateRowAction()->trigger();
        CHECK(nameAt(page, 1) == original.at(0));
        CHECK(model->rowAt(1).uuid != model->rowAt(0).uuid);
        CHECK(model->index(2, AttachmentModel::SeqColumn).data().toInt() == 3);
        CHECK(storedNames(f.path).at(1) == original.at(0));
        undo->undo();
        CHECK(storedNames(f.path) == original);
        undo->redo();
        CHECK(storedNames(f.path).at(1) == original.at(0));
    }
    SECTION("move up and down")
    {
        selectSourceRow(page, 5);
        f.window->moveUpAction()->trigger();
        CHECK(nameAt(page, 4) == original.at(5));
        CHECK(page->currentSourceRow() == 4);
        CHECK(storedNames(f.path).at(4) == original.at(5));
        f.window->moveDownAction()->trigger();
        f.window->moveDownAction()->trigger();
        CHECK(nameAt(page, 6) == original.at(5));
        CHECK(storedNames(f.path).at(6) == original.at(5));
        undo->undo();
        undo->undo();
        CHECK(storedNames(f.path).at(4) == original.at(5));
        undo->undo();
        CHECK(storedNames(f.path) == original);
        undo->redo();
        CHECK(storedNames(f.path).at(4) == original.at(5));
    }
    SECTION("delete, confirmed")
    {
        selectSourceRow(page, 3);
        f.window->deleteRowAction()->trigger();
        REQUIRE(f.presenter->confirmations.size() == 1);
        CHECK(f.presenter->confirmations.first().contains(original.at(3)));
        CHECK(model->rowCount() == 12);
        CHECK(nameAt(page, 3) == original.at(4));
        CHECK(model->index(3, AttachmentModel::SeqColumn).data().toInt() == 4);
        CHECK(storedRowCount(f.path, Existing) == 12);
        undo->undo();
        CHECK(storedNames(f.path) == original);
        CHECK(nameAt(page, 3) == original.at(3));
        undo->redo();
        CHECK(storedRowCount(f.path, Existing) == 12);
    }
    SECTION("delete, declined")
    {
        f.presenter->confirmAnswer = false;
        selectSourceRow(page, 3);
        f.window->deleteRowAction()->trigger();
        CHECK(f.presenter->confirmations.size() == 1);
        CHECK(storedNames(f.path) == original);
        CHECK(undo->count() == 0);
    }
}

TEST_CASE("A cell edit is undone and redone through the menu actions, named in the menu")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    selectSourceRow(page, 0, AttachmentModel::ProgressColumn);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(page->table());
    REQUIRE(editor);
    typeText(editor, QStringLiteral("天冬组培快繁部分量产"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(f.window->undoAction()->text() == QStringLiteral("&Undo edit “进展与成效” in row 1"));
    CHECK(f.window->undoAction()->isEnabled());
    f.window->undoAction()->trigger();
    CHECK(storedValue(f.path, Existing, 0, Field::Progress).isEmpty());
    CHECK(f.window->redoAction()->text() == QStringLiteral("&Redo edit “进展与成效” in row 1"));
    f.window->redoAction()->trigger();
    CHECK(storedValue(f.path, Existing, 0, Field::Progress) ==
          QStringLiteral("天冬组培快繁部分量产"));
    CHECK(f.window->undoAction()->shortcut() == QKeySequence(QKeySequence::Undo));
}

TEST_CASE("Only my unit and the search box narrow the rows")
{
    WindowFixture f;
    f.open(QStringLiteral("材料科学与工程学院"));
    AttachmentPage *page = f.window->page(0);
    // On by default once a unit is set.
    CHECK(f.window->onlyMyUnitAction()->isChecked());
    CHECK(page->filter()->rowCount() == 2);
    f.window->onlyMyUnitAction()->trigger();
    CHECK(page->filter()->rowCount() == 13);
    f.window->searchBox()->setText(QStringLiteral("内江"));
    const int matches = page->filter()->rowCount();
    CHECK(matches > 0);
    CHECK(matches < 13);
    f.window->onlyMyUnitAction()->trigger();
    CHECK(page->filter()->rowCount() == 0);
    f.window->searchBox()->setText(QStringLiteral("京东方"));
    CHECK(page->filter()->rowCount() == 1);
    f.window->searchBox()->clear();
    CHECK(page->filter()->rowCount() == 2);
}

TEST_CASE("The status bar counts the unit's filled rows and shows the notice's deadline")
{
    WindowFixture f;
    f.open(QStringLiteral("材料科学与工程学院"));
    AttachmentPage *page = f.window->page(0);
    QLabel *count = f.window->completenessLabel();
    CHECK(count->text() == QStringLiteral("Filled 0/2"));
    CHECK(f.window->propertiesLabel()->text().contains(QStringLiteral("2023-12-27 17:00")));
    CHECK(f.window->propertiesLabel()->text().contains(QStringLiteral("345630954@qq.com")));
    AttachmentModel *model = page->model();
    REQUIRE(model->setData(model->index(4, AttachmentModel::ProgressColumn),
                           QStringLiteral("扩散增亮膜被京东方采用")));
    REQUIRE(model->setData(model->index(4, AttachmentModel::PlanColumn),
                           QStringLiteral("推进聚酰亚胺材料中试")));
    CHECK(waitFor([&] { return count->text() == QStringLiteral("Filled 1/2"); }));
}

TEST_CASE("Check lists the gaps and goes to the cell of one")
{
    WindowFixture f;
    f.open(QStringLiteral("材料科学与工程学院"));
    f.window->checkAction()->trigger();
    CheckDialog *dialog = f.window->checkDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    // Rows 4 and 5: two answers each; 附件2 neither has rows nor says 无.
    REQUIRE(dialog->list()->count() == 5);
    CHECK(dialog->list()->item(2)->text().contains(QStringLiteral("row 5")));
    dialog->list()->setCurrentRow(3);
    QTest::keyClick(dialog->list(), Qt::Key_Return);
    AttachmentPage *page = f.window->currentPage();
    CHECK(page == f.window->page(0));
    CHECK(page->currentSourceRow() == 4);
    CHECK(page->table()->currentIndex().column() == AttachmentModel::PlanColumn);
    dialog->list()->setCurrentRow(4);
    QTest::keyClick(dialog->list(), Qt::Key_Return);
    CHECK(f.window->currentPage() == f.window->page(1));
}

TEST_CASE("A form open elsewhere opens read-only with a bar saying why")
{
    WindowFixture f;
    createNoticeForm(f.path, QStringLiteral("乡村振兴学院"));
    QLockFile other(f.path + QStringLiteral(".lock"));
    REQUIRE(other.tryLock(0));
    const QByteArray before = fileDigest(f.path);
    REQUIRE(f.window->openFile(f.path));
    CHECK(f.window->document()->isReadOnly());
    CHECK_FALSE(f.window->readOnlyBar()->isHidden());
    CHECK(f.window->readOnlyBar()->text().contains(QStringLiteral("already open")));
    CHECK(f.window->windowTitle().contains(QStringLiteral("read-only")));
    CHECK_FALSE(f.window->addRowAction()->isEnabled());
    CHECK_FALSE(f.window->deleteRowAction()->isEnabled());

    AttachmentPage *page = f.window->page(0);
    selectSourceRow(page, 0, AttachmentModel::ProgressColumn);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F2);
    CHECK(openEditor(page->table()) == nullptr);
    auto *box = qobject_cast<QPlainTextEdit *>(page->pane()->editorFor(Field::Progress));
    REQUIRE(box);
    CHECK(box->isReadOnly());
    f.window->addRowAction()->trigger();
    CHECK(fileDigest(f.path) == before);

    // A copy still works.
    f.presenter->saveAnswer = f.folder + QStringLiteral("/copy.tianbao");
    f.window->saveCopyAction()->trigger();
    CHECK(QFile::exists(f.presenter->saveAnswer));
    CHECK(f.presenter->warnings.isEmpty());
}

TEST_CASE("A form opened twice in one program: the second window is read-only")
{
    WindowFixture f;
    f.open();
    CHECK_FALSE(f.window->document()->isReadOnly());
    MainWindow second;
    auto presenter = std::make_unique<RecordingPresenter>();
    second.setPresenter(std::move(presenter));
    REQUIRE(second.openFile(f.path));
    CHECK(second.document()->isReadOnly());
    CHECK_FALSE(second.readOnlyBar()->isHidden());
}

TEST_CASE("A file without write permission opens read-only")
{
    WindowFixture f;
    createNoticeForm(f.path, QString());
    QFile::setPermissions(f.path, QFile::ReadOwner | QFile::ReadGroup);
    REQUIRE(f.window->openFile(f.path));
    // Root may write anyway: then the file is writable and that is right too.
    if (!QFileInfo(f.path).isWritable()) {
        CHECK(f.window->document()->isReadOnly());
        CHECK_FALSE(f.window->readOnlyBar()->isHidden());
        CHECK(f.window->readOnlyBar()->text().contains(QStringLiteral("read-only")));
    }
    f.window->closeForm();
    QFile::setPermissions(f.path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A bad file is refused with the core's sentence and the window stays usable")
{
    WindowFixture f;
    const QString bad = f.folder + QStringLiteral("/bad.tianbao");
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("这不是一个表格文件, just text.");
    }
    CHECK_FALSE(f.window->openFile(bad));
    REQUIRE(f.presenter->warnings.size() == 1);
    CHECK(f.presenter->warnings.first().contains(QStringLiteral("is not a Tianbao form")));
    CHECK(f.window->document() == nullptr);

    f.open();
    CHECK_FALSE(f.window->openFile(bad));
    CHECK(f.presenter->warnings.size() == 2);
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path().endsWith(QStringLiteral("form.tianbao")));
}

TEST_CASE("The bad-file message box is a real dialog that can be closed")
{
    WindowFixture f;
    f.window->setPresenter(std::make_unique<DialogPresenter>());
    const QString bad = f.folder + QStringLiteral("/empty.tianbao");
    QFile(bad).open(QIODevice::WriteOnly);
    QString seen;
    QTimer::singleShot(100, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        const QList<QLabel *> labels = modal->findChildren<QLabel *>();
        for (QLabel *label : labels)
            seen += label->text();
        modal->close();
    });
    CHECK_FALSE(f.window->openFile(bad));
    CHECK(seen.contains(QStringLiteral("is empty")));
}

TEST_CASE("Properties are set in their dialog, shown in the status bar and undoable")
{
    WindowFixture f;
    f.open(QString());
    CHECK(f.window->propertiesLabel()->text().contains(QStringLiteral("(not set)")));
    CHECK_FALSE(f.window->onlyMyUnitAction()->isEnabled());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<PropertiesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->unitBox()->setCurrentText(QStringLiteral("药学院"));
        dialog->dateEdit()->setDate(QDate(2023, 12, 26));
        dialog->accept();
    });
    f.window->propertiesAction()->trigger();
    const FormProperties p = f.window->document()->file()->properties();
    CHECK(p.unit == QStringLiteral("药学院"));
    CHECK(p.signDate == QDate(2023, 12, 26));
    CHECK(f.window->propertiesLabel()->text().contains(QStringLiteral("药学院")));
    CHECK(f.window->onlyMyUnitAction()->isEnabled());
    CHECK(f.window->page(0)->filter()->rowCount() == 1);
    f.window->undoAction()->trigger();
    CHECK(f.window->document()->file()->properties().unit.isEmpty());
    CHECK(f.window->page(0)->filter()->rowCount() == 13);
}

TEST_CASE("New makes the notice's form where asked, for the unit asked")
{
    WindowFixture f;
    f.presenter->textAnswer = QStringLiteral("创新创业学院");
    f.presenter->saveAnswer = f.folder + QStringLiteral("/new-form");
    f.window->newForm();
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path() == f.folder + QStringLiteral("/new-form.tianbao"));
    CHECK(f.window->document()->properties().unit == QStringLiteral("创新创业学院"));
    CHECK(f.window->page(0)->filter()->rowCount() == 1);
}

TEST_CASE("At start the last file is reopened, else the welcome page lists recent files")
{
    QString path;
    {
        WindowFixture f;
        f.open();
        path = f.path;
        MainWindow again;
        again.setPresenter(std::make_unique<RecordingPresenter>());
        f.window->close();
        again.startUp();
        REQUIRE(again.document());
        CHECK(again.document()->path() == path);
        CHECK_FALSE(again.document()->isReadOnly());
        again.closeForm();
        CHECK(again.welcomePage()->recentList()->count() == 1);
    }
    resetSettings();
    MainWindow fresh;
    fresh.startUp();
    CHECK(fresh.document() == nullptr);
    CHECK(fresh.centralWidget()->findChild<WelcomePage *>()->isVisibleTo(&fresh));
}

TEST_CASE("The language switches live to Chinese and back")
{
    WindowFixture f;
    f.open();
    QMenuBar *bar = f.window->menuBar();
    REQUIRE(bar->actions().size() > 0);
    CHECK(bar->actions().first()->text() == QStringLiteral("&File"));
    auto *chinese = f.window->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    REQUIRE(chinese);
    chinese->trigger();
    CHECK(LanguageManager::instance().effectiveLanguage() == QStringLiteral("zh_CN"));
    // Qt posts LanguageChange to the windows.
    CHECK(waitFor([&] { return bar->actions().first()->text().contains(QStringLiteral("文件")); }));
    CHECK(f.window->completenessLabel()->text().startsWith(QStringLiteral("已填")));
    CHECK(f.window->addRowAction()->text().contains(QStringLiteral("添加")));
    // The form's own text stays as in the file.
    CHECK(f.window->tabs()->tabText(0) == QStringLiteral("附件1 已有项目"));
    auto *english = f.window->findChild<QAction *>(QStringLiteral("language_en"));
    REQUIRE(english);
    english->trigger();
    CHECK(waitFor([&] { return bar->actions().first()->text() == QStringLiteral("&File"); }));
    CHECK(f.window->completenessLabel()->text().startsWith(QStringLiteral("Filled")));
}

TEST_CASE("Column widths and the splitter are remembered for the next open")
{
    WindowFixture f;
    f.open();
    AttachmentPage *page = f.window->page(0);
    page->table()->setColumnWidth(AttachmentModel::ProgressColumn, 333);
    page->splitter()->setSizes({700, 400});
    const QList<int> sizes = page->splitter()->sizes();
    f.window->closeForm();
    REQUIRE(f.window->openFile(f.path));
    page = f.window->page(0);
    CHECK(page->table()->columnWidth(AttachmentModel::ProgressColumn) == 333);
    CHECK(page->splitter()->sizes() == sizes);
}
