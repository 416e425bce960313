#include "GuiTestSupport.h"
#include "MergeGuiSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "merge/MergeController.h"
#include "merge/MergePlanJob.h"
#include "merge/MergePreviewDialog.h"
#include "merge/MergeText.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"
#include "report/ReportExporter.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <atomic>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Rural = QStringLiteral("乡村振兴学院");
const QString Existing = Attachment::ExistingKey;

// My form (乡村振兴学院) and a colleague's copy (药学院) that filled two empty answers, changed a
// 项目内容, added a project, and typed another text than mine into one cell.
struct TwoCopies
{
    WindowFixture f;
    ScriptedMerge script;
    QString theirs;

    TwoCopies()
    {
        createNoticeForm(f.path, Rural);
        theirs = f.folder + QStringLiteral("/theirs.tianbao");
        {
            auto copy = colleagueCopy(f.path, theirs, Pharmacy);
            setCell(*copy, Existing, 0, Field::Progress, QStringLiteral("他们填的进展"));
            setCell(*copy, Existing, 1, Field::Plan, QStringLiteral("他们填的计划"));
            setCell(*copy, Existing, 2, Field::Progress, QStringLiteral("他们的版本"));
            setCell(*copy, Existing, 4, Field::Content, QStringLiteral("他们改写的项目内容"));
            Row added;
            added.setValue(Field::Name, QStringLiteral("药学院新项目"));
            added.setValue(Field::Units, Pharmacy);
            REQUIRE(copy->insertRow(Attachment::NewKey, 0, added).ok());
        }
        {
            auto mine = FormFile::open(f.path);
            REQUIRE(mine.ok());
            setCell(*mine.value(), Existing, 2, Field::Progress, QStringLiteral("我的版本"));
            setCell(*mine.value(), Existing, 3, Field::Plan, QStringLiteral("只有我填的"));
        }
        REQUIRE(f.window->openFile(f.path));
        script.files = {theirs};
        f.window->merges()->setHooks(script.hooks());
    }

    // A key on the window, active again after a dialog closed.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        f.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), key, modifiers);
    }

    // Ctrl+M, as the user opens it.
    MergePreviewDialog *openPreview()
    {
        key(Qt::Key_M, Qt::ControlModifier);
        MergeController *merges = f.window->merges();
        REQUIRE(waitFor(
            [&] { return merges->previewDialog() && merges->previewDialog()->isVisible(); }));
        return merges->previewDialog();
    }

    QString stored(int row, Field field) const { return storedValue(f.path, Existing, row, field); }
};

QTreeWidgetItem *changeItem(MergePreviewDialog *dialog, const QString &whereContains)
{
    QTreeWidget *list = dialog->changeList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1).contains(whereContains))
            return list->topLevelItem(i);
    }
    return nullptr;
}

QRadioButton *choice(MergePreviewDialog *dialog, int conflict, const char *name)
{
    auto *button =
        dialog->conflictBoxes().at(conflict)->findChild<QRadioButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    return button;
}

// Clicks Apply and waits for the worker that writes the merge (or for the preview shown again
// when the form changed behind it).
void apply(MergePreviewDialog *dialog)
{
    auto *window = qobject_cast<MainWindow *>(dialog->parentWidget());
    REQUIRE(window);
    REQUIRE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !window->merges()->isMerging(); }));
}

} // namespace

TEST_CASE("The preview shows the counts, each change and the conflict before anything changes")
{
    TwoCopies t;
    const Content before = contentOf(t.f.path);
    MergePreviewDialog *dialog = t.openPreview();

    CHECK(dialog->countsLabel()->text() ==
          QStringLiteral("Rows added: 1 · Cells filled: 2 · Cells changed: 1 · Conflicts: 1 · "
                         "Rows deleted: 0"));
    CHECK(dialog->changeList()->topLevelItemCount() == 4);
    QTreeWidgetItem *filled = changeItem(dialog, QStringLiteral("row 1 "));
    REQUIRE(filled);
    CHECK(filled->text(0) == QStringLiteral("Cell filled"));
    CHECK(filled->text(2) == QStringLiteral("他们填的进展"));
    CHECK(filled->checkState(0) == Qt::Checked);

    // The conflict, side by side, with whose unit.
    REQUIRE(dialog->conflictBoxes().size() == 1);
    QWidget *box = dialog->conflictBoxes().first();
    CHECK(box->findChild<QPlainTextEdit *>(QStringLiteral("mine"))->toPlainText() ==
          QStringLiteral("我的版本"));
    CHECK(box->findChild<QPlainTextEdit *>(QStringLiteral("theirs"))->toPlainText() ==
          QStringLiteral("他们的版本"));
    bool namesTheirUnit = false;
    for (QLabel *label : box->findChildren<QLabel *>())
        namesTheirUnit =
            namesTheirUnit || label->text().startsWith(QStringLiteral("Theirs · 药学院 · "));
    CHECK(namesTheirUnit);
    // Their 填报单位 differs: reported, never taken.
    CHECK(dialog->infoLabel()->text().contains(Pharmacy));

    // Apply waits for the conflict to be decided.
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    CHECK(contentOf(t.f.path) == before);

    QTest::mouseClick(dialog->resolveAllButton(Resolution::KeepMine), Qt::LeftButton);
    CHECK(dialog->applyButton()->isEnabled());
    CHECK(choice(dialog, 0, "keepMine")->isChecked());

    // Cancel: nothing changed, nothing to undo.
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));
    CHECK(contentOf(t.f.path) == before);
    CHECK(t.f.window->document()->undoStack()->count() == 0);
}

TEST_CASE(
    "Take theirs is applied, an unticked change leaves its cell, and the merge is one undo step")
{
    TwoCopies t;
    const Content before = contentOf(t.f.path);
    MergePreviewDialog *dialog = t.openPreview();

    QTest::mouseClick(choice(dialog, 0, "takeTheirs"), Qt::LeftButton);
    QTreeWidgetItem *plan = changeItem(dialog, QStringLiteral("row 2 "));
    REQUIRE(plan);
    QTreeWidget *list = dialog->changeList();
    list->setFocus();
    list->setCurrentItem(plan);
    QTest::keyClick(list->viewport(), Qt::Key_Space);
    CHECK(plan->checkState(0) == Qt::Unchecked);
    CHECK(dialog->countsLabel()->text().startsWith(
        QStringLiteral("Rows added: 1 · Cells filled: 1 · Cells changed: 1 · Conflicts: 1")));
    apply(dialog);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));

    CHECK(t.stored(0, Field::Progress) == QStringLiteral("他们填的进展"));
    CHECK(t.stored(1, Field::Plan).isEmpty()); // unticked
    CHECK(t.stored(2, Field::Progress) == QStringLiteral("他们的版本"));
    CHECK(t.stored(3, Field::Plan) == QStringLiteral("只有我填的"));
    CHECK(t.stored(4, Field::Content) == QStringLiteral("他们改写的项目内容"));
    CHECK(storedRowCount(t.f.path, Attachment::NewKey) == 1);
    CHECK(storedValue(t.f.path, Attachment::NewKey, 0, Field::Name) ==
          QStringLiteral("药学院新项目"));
    // The window shows it and says what happened.
    AttachmentModel *model = t.f.window->document()->model(Existing);
    CHECK(model->rowAt(2).value(Field::Progress) == QStringLiteral("他们的版本"));
    CHECK(t.f.window->document()->model(Attachment::NewKey)->rowCount() == 1);
    CHECK(t.f.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Merged “theirs.tianbao”.")));
    const Content merged = contentOf(t.f.path);

    // One undo step: Ctrl+Z restores the exact previous content, Ctrl+Shift+Z merges again.
    QUndoStack *stack = t.f.window->document()->undoStack();
    CHECK(stack->count() == 1);
    t.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(contentOf(t.f.path) == before);
    CHECK(model->rowAt(2).value(Field::Progress) == QStringLiteral("我的版本"));
    CHECK(t.f.window->document()->model(Attachment::NewKey)->rowCount() == 0);
    // The platform's redo key (Ctrl+Shift+Z, or Ctrl+Y).
    const QKeyCombination redo = t.f.window->redoAction()->shortcut()[0];
    t.key(redo.key(), redo.keyboardModifiers());
    CHECK(contentOf(t.f.path) == merged);
    CHECK(model->rowAt(2).value(Field::Progress) == QStringLiteral("他们的版本"));
    // And again both ways: the redone merge is undone as exactly.
    t.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(contentOf(t.f.path) == before);
}

TEST_CASE("Keep both joins the two texts with the colleague's unit, and merging again shows an "
          "empty plan")
{
    TwoCopies t;
    MergePreviewDialog *dialog = t.openPreview();
    QTest::mouseClick(choice(dialog, 0, "keepBoth"), Qt::LeftButton);
    apply(dialog);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));
    CHECK(t.stored(2, Field::Progress) ==
          MergeText::keepBoth(QStringLiteral("我的版本"), QStringLiteral("他们的版本"), Pharmacy));
    CHECK(t.stored(2, Field::Progress) == QStringLiteral("我的版本\n【药学院】他们的版本"));

    const Content merged = contentOf(t.f.path);
    dialog = t.openPreview();
    CHECK(dialog->countsLabel()->text() ==
          QStringLiteral("Rows added: 0 · Cells filled: 0 · Cells changed: 0 · Conflicts: 0 · "
                         "Rows deleted: 0"));
    CHECK(dialog->conflictBoxes().isEmpty());
    CHECK(dialog->applyButton() == nullptr);
    CHECK(dialog->changeList()->topLevelItem(0)->text(0).startsWith(
        QStringLiteral("Nothing to merge")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));
    CHECK(contentOf(t.f.path) == merged);
}

TEST_CASE("Resolve all settles every conflict at once")
{
    TwoCopies t;
    MergePreviewDialog *dialog = t.openPreview();
    QTest::mouseClick(dialog->resolveAllButton(Resolution::TakeTheirs), Qt::LeftButton);
    CHECK(choice(dialog, 0, "takeTheirs")->isChecked());
    CHECK(dialog->plan().unresolvedConflicts() == 0);
    apply(dialog);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));
    CHECK(t.stored(2, Field::Progress) == QStringLiteral("他们的版本"));
}

TEST_CASE("A form changed while the preview is open is planned again before applying")
{
    TwoCopies t;
    MergePreviewDialog *dialog = t.openPreview();
    QTest::mouseClick(dialog->resolveAllButton(Resolution::KeepMine), Qt::LeftButton);
    // Something edits the form behind the (window-modal) preview: I fill row 1 myself.
    AttachmentModel *model = t.f.window->document()->model(Existing);
    REQUIRE(model->setData(model->index(0, AttachmentModel::ProgressColumn),
                           QStringLiteral("我自己填的进展")));
    apply(dialog);
    // Row 1 is now a conflict the preview did not have: the merge is shown again.
    REQUIRE(waitFor([&] {
        MergePreviewDialog *again = t.f.window->merges()->previewDialog();
        return again && again != dialog && again->isVisible();
    }));
    MergePreviewDialog *again = t.f.window->merges()->previewDialog();
    CHECK(again->conflictBoxes().size() == 2);
    CHECK(again->plan().unresolvedConflicts() == 1);
    CHECK(t.stored(0, Field::Progress) == QStringLiteral("我自己填的进展"));
    CHECK(t.stored(2, Field::Progress) == QStringLiteral("我的版本"));
    QTest::mouseClick(again->resolveAllButton(Resolution::KeepMine), Qt::LeftButton);
    apply(again);
    REQUIRE(waitFor([&] { return !t.f.window->merges()->previewDialog(); }));
    CHECK(t.stored(0, Field::Progress) == QStringLiteral("我自己填的进展"));
    CHECK(t.stored(1, Field::Plan) == QStringLiteral("他们填的计划"));
}

TEST_CASE("One file is read on a worker: the window keeps turning and Cancel merges nothing")
{
    TwoCopies t;
    const Content before = contentOf(t.f.path);
    MergeController *merges = t.f.window->merges();
    t.script.holdAt = 0; // the worker waits before reading the colleague's file
    t.key(Qt::Key_M, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return t.script.holding.load(); }));
    CHECK(merges->isMerging());
    CHECK_FALSE(merges->mergeAction()->isEnabled());
    // The window's event loop turns while the file is read.
    bool turned = false;
    QTimer::singleShot(20, t.f.window.get(), [&] { turned = true; });
    REQUIRE(waitFor([&] { return turned; }));
    // After a moment the progress shows, and its Cancel ends the merge at once.
    REQUIRE(
        waitFor([&] { return merges->progressDialog() && merges->progressDialog()->isVisible(); }));
    const QPointer<MergePlanJob> job = merges->findChild<MergePlanJob *>();
    REQUIRE(job);
    QPushButton *cancel = merges->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(merges->isMerging());
    CHECK(merges->mergeAction()->isEnabled());
    CHECK(t.f.window->statusBar()->currentMessage() ==
          QStringLiteral("The merge was cancelled; nothing was merged."));
    // The worker finishes reading; what it read is not used.
    t.script.release = true;
    REQUIRE(waitFor([&] { return job.isNull(); }));
    QTest::qWait(50);
    CHECK(merges->previewDialog() == nullptr);
    CHECK(contentOf(t.f.path) == before);
    CHECK(t.f.window->document()->undoStack()->count() == 0);

    // The next merge runs as usual.
    t.script.holdAt = -1;
    MergePreviewDialog *dialog = t.openPreview();
    CHECK(dialog->plan().counts().conflicts == 1);
}

TEST_CASE("A Word reply that names no unit asks which unit sent it, then shows its preview")
{
    WindowFixture f;
    createNoticeForm(f.path, Rural);
    // Our own Word export of a copy with one answer and no 填报单位 signed under the table.
    const QString reply = f.folder + QStringLiteral("/reply.docx");
    {
        Form form = FormTemplate::notice2023();
        form.properties.unit.clear();
        form.attachment(Existing)->rows[0].setValue(Field::Progress,
                                                    QStringLiteral("Word里填的进展"));
        REQUIRE(ReportExporter::exportForm(form, reply, ReportOptions()).ok());
    }
    REQUIRE(f.window->openFile(f.path));
    ScriptedMerge script;
    script.files = {reply};
    MergeController *merges = f.window->merges();

    SECTION("cancelled: nothing happens")
    {
        merges->setHooks(script.hooks());
        merges->mergeAction()->trigger();
        // The reply is read on a worker; the question comes when it has been read.
        REQUIRE(waitFor([&] { return !merges->isMerging(); }));
        CHECK(script.unitQuestions.size() == 1);
        CHECK(merges->previewDialog() == nullptr);
        CHECK(f.presenter->warnings.isEmpty());
    }
    SECTION("answered: the reply is attributed to that unit")
    {
        script.unit = Pharmacy;
        merges->setHooks(script.hooks());
        merges->mergeAction()->trigger();
        REQUIRE(waitFor([&] { return merges->previewDialog() != nullptr; }));
        REQUIRE(script.unitQuestions.size() == 1);
        CHECK(script.unitQuestions.first().contains(QStringLiteral("reply.docx")));
        MergePreviewDialog *dialog = merges->previewDialog();
        CHECK(dialog->plan().theirUnit == Pharmacy);
        QTreeWidgetItem *filled = changeItem(dialog, QStringLiteral("row 1 "));
        REQUIRE(filled);
        CHECK(filled->text(2) == QStringLiteral("Word里填的进展"));
        apply(dialog);
        REQUIRE(waitFor([&] { return merges->previewDialog() == nullptr; }));
        CHECK(storedValue(f.path, Existing, 0, Field::Progress) ==
              QStringLiteral("Word里填的进展"));
        auto file = FormFile::open(f.path, FormFile::Access::ReadOnly);
        REQUIRE(file.ok());
        const auto last =
            file.value()->lastChange(file.value()->rows(Existing).at(0).uuid, Field::Progress);
        REQUIRE(last);
        CHECK(last->unit == Pharmacy);
        CHECK(last->source == QStringLiteral("merge"));
    }
}

TEST_CASE("A previewed merge is written on a worker: the window keeps turning, and Cancel rolls "
          "it back")
{
    TwoCopies t;
    const Content before = contentOf(t.f.path);
    MergeController *merges = t.f.window->merges();
    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    MergeHooks hooks = merges->hooks();
    hooks.beforeWrite = [&] { holdUntilReleased(holding, release); };
    merges->setHooks(hooks);

    SECTION("cancelled: nothing is merged")
    {
        MergePreviewDialog *dialog = t.openPreview();
        QTest::mouseClick(dialog->resolveAllButton(Resolution::TakeTheirs), Qt::LeftButton);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return holding.load(); }));
        CHECK(merges->isMerging());
        CHECK_FALSE(merges->mergeAction()->isEnabled());
        bool turned = false;
        QTimer::singleShot(20, t.f.window.get(), [&] { turned = true; });
        REQUIRE(waitFor([&] { return turned; }));
        REQUIRE(waitFor(
            [&] { return merges->progressDialog() && merges->progressDialog()->isVisible(); }));
        CHECK(merges->progressDialog()->labelText() == QStringLiteral("Merging “theirs.tianbao”…"));
        QPushButton *cancel = merges->progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // The dialog stays, saying so, until the worker has rolled back.
        CHECK(merges->isMerging());
        CHECK(merges->progressDialog()->labelText() == QStringLiteral("Cancelling…"));
        release = true;
        REQUIRE(waitFor([&] { return !merges->isMerging(); }));
        CHECK(t.f.window->statusBar()->currentMessage() ==
              QStringLiteral("The merge was cancelled; nothing was merged."));
        CHECK(contentOf(t.f.path) == before);
        CHECK(t.f.window->document()->undoStack()->count() == 0);
        CHECK(merges->mergeAction()->isEnabled());
        // Not a change by another program: the window stays writable.
        QTest::qWait(300);
        CHECK_FALSE(t.f.window->document()->isReadOnly());
    }
    SECTION("let run: the window takes no input meanwhile; the merge is in, as one undo step")
    {
        MergePreviewDialog *dialog = t.openPreview();
        QTest::mouseClick(dialog->resolveAllButton(Resolution::TakeTheirs), Qt::LeftButton);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return holding.load(); }));
        // Typing on a cell, F2, and the window's shortcuts do nothing while the merge is written
        // (also in the moment before the progress shows).
        AttachmentPage *page = t.f.window->page(0);
        AttachmentTable *table = page->table();
        const QModelIndex cell = table->model()->index(0, AttachmentModel::ProgressColumn);
        REQUIRE(cell.isValid());
        table->setCurrentIndex(cell);
        table->setFocus();
        QTest::keyClicks(table, QStringLiteral("abc"));
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::keyClick(t.f.window.get(), Qt::Key_M, Qt::ControlModifier);
        CHECK(openEditor(table) == nullptr);
        release = true;
        REQUIRE(waitFor([&] { return !merges->isMerging(); }));
        CHECK(openEditor(table) == nullptr);
        CHECK(merges->previewDialog() == nullptr);
        CHECK(t.stored(2, Field::Progress) == QStringLiteral("他们的版本"));
        CHECK(t.f.window->document()->model(Existing)->rowAt(2).value(Field::Progress) ==
              QStringLiteral("他们的版本"));
        CHECK(t.f.window->document()->undoStack()->count() == 1);
        QTest::qWait(300);
        CHECK_FALSE(t.f.window->document()->isReadOnly());
        t.key(Qt::Key_Z, Qt::ControlModifier);
        CHECK(contentOf(t.f.path) == before);
    }
}

TEST_CASE("Undo and redo of a merge are written on a worker: the window turns, shows the "
          "progress and takes no input meanwhile")
{
    TwoCopies t;
    const Content before = contentOf(t.f.path);
    MergeController *merges = t.f.window->merges();
    MergePreviewDialog *dialog = t.openPreview();
    QTest::mouseClick(dialog->resolveAllButton(Resolution::TakeTheirs), Qt::LeftButton);
    apply(dialog);
    const Content merged = contentOf(t.f.path);
    REQUIRE_FALSE(merged == before);
    QUndoStack *stack = t.f.window->document()->undoStack();
    REQUIRE(stack->count() == 1);

    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    std::atomic_int writes{0};
    MergeHooks hooks = merges->hooks();
    hooks.beforeWrite = [&] {
        ++writes;
        holdUntilReleased(holding, release);
    };
    merges->setHooks(hooks);

    // While a write is held on its worker: the progress shows, with no Cancel (an undo step
    // cannot stop half-way); typing on a cell does nothing and the window does not close. Then
    // the write is let go.
    struct Seen
    {
        bool shown = false;
        QString label;
        bool cancelButton = true;
        bool closed = true;
    };
    const auto watch = [&](Seen &seen) {
        auto *poll = new QTimer(t.f.window.get());
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, [&, poll] {
            QProgressDialog *progress = merges->progressDialog();
            if (!holding || !progress || !progress->isVisible())
                return;
            seen.shown = true;
            seen.label = progress->labelText();
            seen.cancelButton = progress->findChild<QPushButton *>() != nullptr;
            AttachmentTable *table = t.f.window->page(0)->table();
            table->setCurrentIndex(table->model()->index(0, AttachmentModel::ProgressColumn));
            table->setFocus();
            QTest::keyClicks(table, QStringLiteral("abc"));
            seen.closed = t.f.window->close(); // the window waits for the write
            release = true;
            poll->deleteLater();
        });
        poll->start();
    };

    Seen undoing;
    watch(undoing);
    t.key(Qt::Key_Z, Qt::ControlModifier); // returns once the undo is written
    CHECK(undoing.shown);
    CHECK(undoing.label == QStringLiteral("Undoing the merge “theirs.tianbao”…"));
    CHECK_FALSE(undoing.cancelButton);
    CHECK_FALSE(undoing.closed);
    CHECK(t.f.window->isVisible());
    CHECK(writes == 1);
    CHECK(contentOf(t.f.path) == before);
    CHECK(stack->count() == 1); // the typing pushed no edit
    CHECK(stack->index() == 0);
    CHECK(openEditor(t.f.window->page(0)->table()) == nullptr);
    CHECK_FALSE(merges->isMerging());

    Seen redoing;
    holding = false;
    release = false;
    watch(redoing);
    const QKeyCombination redo = t.f.window->redoAction()->shortcut()[0];
    t.key(redo.key(), redo.keyboardModifiers());
    CHECK(redoing.shown);
    CHECK(redoing.label == QStringLiteral("Redoing the merge “theirs.tianbao”…"));
    CHECK(writes == 2);
    CHECK(contentOf(t.f.path) == merged);
    CHECK(stack->count() == 1);
    CHECK(stack->index() == 1);
    // Its own writes: the window stays writable.
    QTest::qWait(300);
    CHECK_FALSE(t.f.window->document()->isReadOnly());
}
