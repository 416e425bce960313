#include "GuiTestSupport.h"
#include "MergeGuiSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "CellEditorDelegate.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "merge/MergeController.h"
#include "merge/MergePreviewDialog.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Progress = QStringLiteral("天冬组培快繁部分量产");

AttachmentTable *focusCell(WindowFixture &f, int row, int column)
{
    AttachmentPage *page = f.window->page(0);
    AttachmentTable *table = page->table();
    const QModelIndex index = page->filter()->mapFromSource(page->model()->index(row, column));
    REQUIRE(index.isValid());
    table->setCurrentIndex(index);
    table->setFocus();
    return table;
}

} // namespace

TEST_CASE("F2, typing and Enter in a cell write the file")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 0, AttachmentModel::ProgressColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    CHECK(editor->testAttribute(Qt::WA_InputMethodEnabled));
    typeText(editor, Progress);
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(openEditor(table) == nullptr);
    CHECK(storedValue(f.path, QStringLiteral("existing"), 0, Field::Progress) == Progress);
    CHECK(table->currentIndex().data().toString() == Progress);
}

TEST_CASE("Typing on a cell starts editing and appends to its text")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 1, AttachmentModel::PlanColumn);
    QTest::keyClick(table, Qt::Key_A, Qt::NoModifier);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    typeText(editor, QStringLiteral("计划"));
    QTest::keyClick(editor, Qt::Key_Enter);
    CHECK(storedValue(f.path, QStringLiteral("existing"), 1, Field::Plan) ==
          QStringLiteral("a计划"));
}

TEST_CASE("Alt+Enter and Shift+Enter break the line in a cell, Enter commits")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 2, AttachmentModel::PlanColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    typeText(editor, QStringLiteral("1.开展技术培训"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::AltModifier);
    typeText(editor, QStringLiteral("2.引进新技术"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    typeText(editor, QStringLiteral("3.总结"));
    CHECK(openEditor(table) == editor);
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(storedValue(f.path, QStringLiteral("existing"), 2, Field::Plan) ==
          QStringLiteral("1.开展技术培训\n2.引进新技术\n3.总结"));
}

TEST_CASE("Esc cancels a cell edit and leaves the file as it was")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 0, AttachmentModel::ProgressColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    typeText(editor, QStringLiteral("不要保存"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(openEditor(table) == nullptr);
    CHECK(storedValue(f.path, QStringLiteral("existing"), 0, Field::Progress).isEmpty());
    CHECK(f.window->document()->undoStack()->count() == 0);
}

TEST_CASE("Text composed by an input method goes into the cell")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 0, AttachmentModel::ProgressColumn);
    // An input method commits to the view: it opens the editor and hands the text on.
    QInputMethodEvent preedit(QStringLiteral("tiandong"), {});
    QApplication::sendEvent(table, &preedit);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("天冬"));
    QApplication::sendEvent(editor, &commit);
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(storedValue(f.path, QStringLiteral("existing"), 0, Field::Progress) ==
          QStringLiteral("天冬"));
}

TEST_CASE("An answer cell still empty is marked as to be filled")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 3, AttachmentModel::NameColumn);
    const QModelIndex missing = table->model()->index(0, AttachmentModel::ProgressColumn);
    CHECK(missing.data(AttachmentModel::MissingRole).toBool());
    // The marker is drawn: the cell's pixels carry the light red.
    const QRect rect = table->visualRect(missing);
    const QImage image = table->viewport()->grab(rect).toImage();
    const QColor corner = image.pixelColor(image.width() - 4, image.height() - 4);
    CHECK(corner == CellEditorDelegate::missingColor());
}

TEST_CASE("A cell edit the file refuses is kept on the clipboard and the reason is shown")
{
    WindowFixture f;
    f.open(QString());
    AttachmentTable *table = focusCell(f, 0, AttachmentModel::PlanColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    typeText(editor, QStringLiteral("继续推广天冬组培技术"));
    // As if the disk filled up while typing.
    f.window->document()->file()->setReadOnly(QStringLiteral("the disk is full."));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(waitFor([&] { return !f.presenter->warnings.isEmpty(); }));
    REQUIRE(f.presenter->warnings.size() == 1);
    CHECK(f.presenter->warnings.first().contains(QStringLiteral("disk is full")));
    CHECK(f.presenter->warnings.first().contains(QStringLiteral("clipboard")));
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("继续推广天冬组培技术"));
    CHECK(storedValue(f.path, QStringLiteral("existing"), 0, Field::Plan).isEmpty());
}

namespace {

QColor pixelIn(AttachmentTable *table, const QModelIndex &index)
{
    const QImage image = table->viewport()->grab().toImage();
    const QRect rect = table->visualRect(index);
    return image.pixelColor(rect.bottomRight() - QPoint(4, 4));
}

} // namespace

TEST_CASE("A cell a merge filled is tinted until it is edited")
{
    WindowFixture f;
    createNoticeForm(f.path, QStringLiteral("乡村振兴学院"));
    const QString theirs = f.folder + QStringLiteral("/theirs.tianbao");
    {
        auto copy = colleagueCopy(f.path, theirs, Pharmacy);
        setCell(*copy, Attachment::ExistingKey, 0, Field::Progress, QStringLiteral("他们填的"));
    }
    REQUIRE(f.window->openFile(f.path));
    f.window->onlyMyUnitAction()->setChecked(false);
    ScriptedMerge script;
    script.files = {theirs};
    f.window->merges()->setHooks(script.hooks());
    f.window->merges()->mergeAction()->trigger();
    REQUIRE(waitFor([&] { return f.window->merges()->previewDialog() != nullptr; }));
    QTest::mouseClick(f.window->merges()->previewDialog()->applyButton(), Qt::LeftButton);
    // The merge is written on a worker.
    REQUIRE(waitFor([&] {
        return f.window->merges()->previewDialog() == nullptr && !f.window->merges()->isMerging();
    }));

    AttachmentPage *page = f.window->page(0);
    AttachmentModel *model = page->model();
    const QModelIndex merged = model->index(0, AttachmentModel::ProgressColumn);
    const QModelIndex other = model->index(0, AttachmentModel::ContentColumn);
    CHECK(merged.data(AttachmentModel::SourceRole).toString() == QStringLiteral("merge"));
    CHECK(other.data(AttachmentModel::SourceRole).toString() != QStringLiteral("merge"));
    // Seen as a tint (the current cell elsewhere, so neither is selected).
    AttachmentTable *table = focusCell(f, 3, AttachmentModel::NameColumn);
    QApplication::processEvents();
    CHECK(pixelIn(table, page->filter()->mapFromSource(merged)) ==
          CellEditorDelegate::mergedColor());
    CHECK(pixelIn(table, page->filter()->mapFromSource(other)) !=
          CellEditorDelegate::mergedColor());

    // My edit of the cell ends the tint.
    table = focusCell(f, 0, AttachmentModel::ProgressColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QPlainTextEdit *editor = openEditor(table);
    REQUIRE(editor);
    typeText(editor, QStringLiteral("，我补充的"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(storedValue(f.path, Attachment::ExistingKey, 0, Field::Progress) ==
          QStringLiteral("他们填的，我补充的"));
    CHECK(merged.data(AttachmentModel::SourceRole).toString() == QStringLiteral("edit"));
    focusCell(f, 3, AttachmentModel::NameColumn);
    QApplication::processEvents();
    CHECK(pixelIn(table, page->filter()->mapFromSource(merged)) !=
          CellEditorDelegate::mergedColor());
    // Undoing my edit brings the merged value back, written by the undo: no tint.
    f.window->undoAction()->trigger();
    CHECK(merged.data(AttachmentModel::SourceRole).toString() == QStringLiteral("undo"));
}
