#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "RowFormPane.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace tianbao;
using namespace tianbao::test;

namespace {

void selectSourceRow(AttachmentPage *page, int row, int column = AttachmentModel::NameColumn)
{
    page->table()->setCurrentIndex(
        page->filter()->mapFromSource(page->model()->index(row, column)));
}

} // namespace

TEST_CASE("The form pane shows the selected row and follows the table")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    RowFormPane *pane = page->pane();
    selectSourceRow(page, 4);
    CHECK(pane->shownRow() == 4);
    auto *name = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Name));
    REQUIRE(name);
    CHECK(name->toPlainText() == QStringLiteral("与四川大学高分子科学与工程学院合作项目"));

    // An edit in the table appears in the pane.
    const QString text = QStringLiteral("扩散增亮膜被京东方采用");
    REQUIRE(page->model()->setData(page->model()->index(4, AttachmentModel::ProgressColumn), text));
    auto *progress = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Progress));
    REQUIRE(progress);
    CHECK(progress->toPlainText() == text);
}

TEST_CASE("Typing in the pane reaches the table and the file on focus loss and when idle")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    RowFormPane *pane = page->pane();
    selectSourceRow(page, 4);
    auto *progress = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Progress));
    auto *plan = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Plan));
    REQUIRE(progress);
    REQUIRE(plan);

    // Idle: no focus change, the pause in typing commits.
    progress->setFocus();
    typeText(progress, QStringLiteral("与四川大学合作研发的扩散增亮膜"));
    CHECK(storedValue(f.path, QStringLiteral("existing"), 4, Field::Progress).isEmpty());
    CHECK(waitFor([&] {
        return page->model()->index(4, AttachmentModel::ProgressColumn).data().toString() ==
               QStringLiteral("与四川大学合作研发的扩散增亮膜");
    }));
    CHECK(storedValue(f.path, QStringLiteral("existing"), 4, Field::Progress) ==
          QStringLiteral("与四川大学合作研发的扩散增亮膜"));

    // Focus loss commits at once.
    plan->setFocus();
    typeText(plan, QStringLiteral("推进量产"));
    page->table()->setFocus();
    CHECK(storedValue(f.path, QStringLiteral("existing"), 4, Field::Plan) ==
          QStringLiteral("推进量产"));
    CHECK(page->table()->model()->index(4, AttachmentModel::PlanColumn).data().toString() ==
          QStringLiteral("推进量产"));
}

TEST_CASE("One box's typing is one undo step, and the count follows the text")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    RowFormPane *pane = page->pane();
    selectSourceRow(page, 0);
    auto *progress = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Progress));
    REQUIRE(progress);
    progress->setFocus();
    typeText(progress, QStringLiteral("天冬组培"));
    pane->commitPending();
    typeText(progress, QStringLiteral("快繁部分量产"));
    pane->commitPending();
    page->table()->setFocus();
    QUndoStack *undo = f.window->document()->undoStack();
    CHECK(undo->count() == 1);
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text() == QStringLiteral("Characters: 10");
    }));
    undo->undo();
    CHECK(progress->toPlainText().isEmpty());
    CHECK(storedValue(f.path, QStringLiteral("existing"), 0, Field::Progress).isEmpty());
}

TEST_CASE("A refused write keeps the typed text in the pane and says why")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    RowFormPane *pane = page->pane();
    selectSourceRow(page, 0);
    auto *plan = qobject_cast<QPlainTextEdit *>(pane->editorFor(Field::Plan));
    REQUIRE(plan);
    plan->setFocus();
    typeText(plan, QStringLiteral("扩大天冬种植"));
    // As if the disk filled up: the file refuses every write from now on.
    f.window->document()->file()->setReadOnly(QStringLiteral("the disk is full."));
    pane->commitPending();
    CHECK(plan->toPlainText() == QStringLiteral("扩大天冬种植"));
    CHECK(waitFor([&] { return !f.presenter->warnings.isEmpty(); }));
    CHECK(f.presenter->warnings.first().contains(QStringLiteral("disk is full")));
}

TEST_CASE("An over-long cell is shown cut short, read-only, and never saved back cut")
{
    WindowFixture f;
    f.open(QString());
    AttachmentPage *page = f.window->page(0);
    const QString huge = QStringLiteral("天冬组培快繁技术实现部分量产。").repeated(10000);
    REQUIRE(page->model()->setData(page->model()->index(0, AttachmentModel::ProgressColumn), huge));
    // The table shows the start only.
    CHECK(page->model()->index(0, AttachmentModel::ProgressColumn).data().toString().size() <
          AttachmentModel::DisplayLimit + 10);
    selectSourceRow(page, 0, AttachmentModel::ProgressColumn);
    auto *progress = qobject_cast<QPlainTextEdit *>(page->pane()->editorFor(Field::Progress));
    REQUIRE(progress);
    CHECK(progress->isReadOnly());
    CHECK(progress->toPlainText().size() < AttachmentModel::DisplayLimit + 200);
    page->pane()->commitPending();
    // No editor opens in the cell either.
    page->table()->edit(page->table()->currentIndex());
    QApplication::processEvents();
    CHECK(page->table()->findChildren<QPlainTextEdit *>().isEmpty());
    CHECK(page->model()->rowAt(0).value(Field::Progress) == huge);
}
