#include "GuiTestSupport.h"
#include "MergeGuiSupport.h"
#include "TestSupport.h"

#include "FileChangeController.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "merge/BatchMergeDialog.h"
#include "merge/BatchOverviewDialog.h"
#include "merge/MergeController.h"
#include "report/ReportExporter.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = Attachment::ExistingKey;

// The planning office's form, and three replies: a colleague's copy filled by 药学院, a form
// of another notice (another origin), and 材料科学与工程学院's reply filled in Word.
struct Replies
{
    // The script first: it outlives the window, whose jobs' workers may still call its hooks.
    ScriptedMerge script;
    WindowFixture f;
    QString pharmacy;
    QString foreign;
    QString word = dataPath(QStringLiteral("docx/reply-materials.docx"));
    int pharmacyRow = -1;

    Replies()
    {
        createNoticeForm(f.path, Office);
        pharmacy = f.folder + QStringLiteral("/药学院.tianbao");
        {
            auto copy = colleagueCopy(f.path, pharmacy, Pharmacy);
            const QVector<Row> rows = copy->rows(Existing);
            for (int i = 0; i < rows.size() && pharmacyRow < 0; ++i) {
                if (rows.at(i).value(Field::Units).contains(Pharmacy))
                    pharmacyRow = i;
            }
            REQUIRE(pharmacyRow >= 0);
            setCell(*copy, Existing, pharmacyRow, Field::Progress, QStringLiteral("药学院的进展"));
            setCell(*copy, Existing, pharmacyRow, Field::Plan, QStringLiteral("药学院的计划"));
        }
        foreign = f.folder + QStringLiteral("/另一份通知.tianbao");
        Form other = FormTemplate::notice2023();
        other.properties.originUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        REQUIRE(FormFile::create(foreign, other, Pharmacy).ok());

        REQUIRE(f.window->openFile(f.path));
        script.files = {pharmacy, foreign, word};
        f.window->merges()->setHooks(script.hooks());
    }

    // A worker held by a failed test lets go before the window waits for it.
    ~Replies() { script.release = true; }

    MergeController *merges() const { return f.window->merges(); }

    // The batch dialog for the three files, through the File menu's action.
    BatchMergeDialog *openBatch()
    {
        merges()->mergeAction()->trigger();
        REQUIRE(waitFor(
            [&] { return merges()->batchDialog() && merges()->batchDialog()->isVisible(); }));
        return merges()->batchDialog();
    }
};

QString cellText(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("A batch of three files shows a progress dialog, then the overview per unit")
{
    Replies r;
    const Content before = contentOf(r.f.path);
    BatchMergeDialog *dialog = r.openBatch();
    CHECK(dialog->fileList()->count() == 3);
    CHECK(dialog->conflictChoice()->currentData().toInt() == int(Resolution::Unresolved));

    // The worker waits before the second file, so the progress dialog can be seen.
    r.script.holdAt = 1;
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    // (The Word reply is read for its unit first, behind a progress of its own.)
    REQUIRE(waitFor([&] { return r.script.holding.load(); }, 10000));
    REQUIRE(waitFor(
        [&] { return r.merges()->progressDialog() && r.merges()->progressDialog()->isVisible(); }));
    QProgressDialog *progress = r.merges()->progressDialog();
    CHECK(progress->maximum() == 3);
    CHECK(progress->labelText().contains(Pharmacy));
    CHECK(r.merges()->isMerging());
    CHECK_FALSE(r.merges()->mergeAction()->isEnabled());
    r.script.release = true;
    REQUIRE(waitFor(
        [&] { return r.merges()->overviewDialog() && r.merges()->overviewDialog()->isVisible(); },
        10000));

    BatchOverviewDialog *overview = r.merges()->overviewDialog();
    QTableWidget *table = overview->table();
    REQUIRE(table->rowCount() == 3);
    // 药学院: merged, two cells filled, its one row complete.
    CHECK(cellText(table, 0, BatchOverviewDialog::FileColumn) == QStringLiteral("药学院.tianbao"));
    CHECK(cellText(table, 0, BatchOverviewDialog::UnitColumn) == Pharmacy);
    CHECK(cellText(table, 0, BatchOverviewDialog::ResultColumn) == QStringLiteral("Merged"));
    CHECK(cellText(table, 0, BatchOverviewDialog::CellsFilledColumn) == QStringLiteral("2"));
    CHECK(cellText(table, 0, BatchOverviewDialog::FilledColumn)
              .startsWith(QStringLiteral("Filled ")));
    // Another notice's form: refused with the core's sentence.
    CHECK(cellText(table, 1, BatchOverviewDialog::FileColumn) ==
          QStringLiteral("另一份通知.tianbao"));
    CHECK(cellText(table, 1, BatchOverviewDialog::ResultColumn)
              .contains(QStringLiteral("is not a copy of this form")));
    // The Word reply: its signed unit, two new projects, four answers, all its rows filled.
    CHECK(cellText(table, 2, BatchOverviewDialog::FileColumn) ==
          QStringLiteral("reply-materials.docx"));
    CHECK(cellText(table, 2, BatchOverviewDialog::UnitColumn) == Materials);
    CHECK(cellText(table, 2, BatchOverviewDialog::ResultColumn) == QStringLiteral("Merged"));
    CHECK(cellText(table, 2, BatchOverviewDialog::RowsAddedColumn) == QStringLiteral("2"));
    CHECK(cellText(table, 2, BatchOverviewDialog::CellsFilledColumn) == QStringLiteral("4"));
    CHECK(cellText(table, 2, BatchOverviewDialog::NoNewColumn).isEmpty());
    CHECK(cellText(table, 2, BatchOverviewDialog::FilledColumn) == QStringLiteral("Filled 4/4"));
    CHECK(overview->summaryLabel()->text().startsWith(
        QStringLiteral("2 of 3 files merged: 2 rows added, 6 cells filled")));
    CHECK(r.f.window->statusBar()->currentMessage() == overview->summaryLabel()->text());

    // What landed: 药学院's two answers, the reply's answers in rows 4 and 5 and its two projects.
    CHECK(storedValue(r.f.path, Existing, r.pharmacyRow, Field::Progress) ==
          QStringLiteral("药学院的进展"));
    CHECK(storedValue(r.f.path, Existing, 3, Field::Plan) ==
          QStringLiteral("1.联合申报川渝共建重点实验室。\n2.合作申请国家重点项目1项。"));
    CHECK(storedValue(r.f.path, Existing, 4, Field::Progress)
              .startsWith(QStringLiteral("与四川大学合作研发")));
    REQUIRE(storedRowCount(r.f.path, Attachment::NewKey) == 2);
    CHECK(storedValue(r.f.path, Attachment::NewKey, 0, Field::Name) ==
          QStringLiteral("柔性显示材料联合研发项目"));
    CHECK(storedValue(r.f.path, Attachment::NewKey, 1, Field::Name) ==
          QStringLiteral("光电材料产业学院项目"));
    CHECK(r.f.window->document()->model(Attachment::NewKey)->rowCount() == 2);
    const Content merged = contentOf(r.f.path);
    // The worker's commits are the window's own: no "changed by another program" bar, and
    // the form stays writable however late the watcher looks.
    CHECK(r.f.window->fileChanges()->monitor()->check() == FileChangeMonitor::Change::None);
    CHECK_FALSE(r.f.window->document()->isReadOnly());

    // The whole batch is one undo step, and redo merges it again.
    QTest::keyClick(overview, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !r.merges()->overviewDialog(); }));
    QUndoStack *stack = r.f.window->document()->undoStack();
    REQUIRE(stack->count() == 1);
    r.f.window->undoAction()->trigger();
    CHECK(contentOf(r.f.path) == before);
    CHECK(r.f.window->document()->model(Attachment::NewKey)->rowCount() == 0);
    r.f.window->redoAction()->trigger();
    CHECK(contentOf(r.f.path) == merged);
    CHECK(r.f.window->document()->model(Attachment::NewKey)->rowCount() == 2);
}

TEST_CASE("A cancelled batch changes nothing")
{
    Replies r;
    const Content before = contentOf(r.f.path);
    BatchMergeDialog *dialog = r.openBatch();
    r.script.holdAt = 2;
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] {
        return r.script.holding && r.merges()->progressDialog() &&
               r.merges()->progressDialog()->isVisible();
    }));
    QPushButton *cancel = r.merges()->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    // The dialog stays, saying so, until the worker has stopped.
    CHECK(r.merges()->isMerging());
    CHECK(r.merges()->progressDialog()->isVisible());
    CHECK(r.merges()->progressDialog()->labelText() == QStringLiteral("Cancelling…"));
    r.script.release = true;
    REQUIRE(waitFor([&] { return !r.merges()->isMerging(); }, 10000));
    CHECK(r.merges()->progressDialog() == nullptr);
    CHECK(contentOf(r.f.path) == before);
    CHECK(r.merges()->overviewDialog() == nullptr);
    CHECK(r.f.window->document()->undoStack()->count() == 0);
    CHECK(r.f.window->statusBar()->currentMessage() ==
          QStringLiteral("The merge was cancelled; nothing was merged."));
    CHECK(r.merges()->mergeAction()->isEnabled());
}

TEST_CASE("A file with conflicts is skipped unless a resolution was chosen before the batch")
{
    Replies r;
    // I answered 药学院's row differently from the copy.
    {
        auto mine = FormFile::open(r.f.path);
        REQUIRE(mine.ok());
        setCell(*mine.value(), Existing, r.pharmacyRow, Field::Progress,
                QStringLiteral("我写的进展"));
    }
    // The window reads the form again.
    r.f.window->closeForm();
    REQUIRE(r.f.window->openFile(r.f.path));
    r.script.files = {r.pharmacy, r.word};

    SECTION("skipped and reported")
    {
        QTest::mouseClick(r.openBatch()->startButton(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return r.merges()->overviewDialog() != nullptr; }, 10000));
        QTableWidget *table = r.merges()->overviewDialog()->table();
        CHECK(cellText(table, 0, BatchOverviewDialog::ResultColumn)
                  .startsWith(QStringLiteral("Not merged: 1 conflict(s) to decide.")));
        CHECK(cellText(table, 1, BatchOverviewDialog::ResultColumn) == QStringLiteral("Merged"));
        CHECK(storedValue(r.f.path, Existing, r.pharmacyRow, Field::Progress) ==
              QStringLiteral("我写的进展"));
        CHECK(storedValue(r.f.path, Existing, r.pharmacyRow, Field::Plan).isEmpty());
    }
    SECTION("take theirs for every conflict")
    {
        BatchMergeDialog *dialog = r.openBatch();
        QComboBox *choice = dialog->conflictChoice();
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Down);
        REQUIRE(choice->currentData().toInt() == int(Resolution::TakeTheirs));
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return r.merges()->overviewDialog() != nullptr; }, 10000));
        QTableWidget *table = r.merges()->overviewDialog()->table();
        CHECK(cellText(table, 0, BatchOverviewDialog::ResultColumn)
                  .startsWith(QStringLiteral("Merged")));
        CHECK(cellText(table, 0, BatchOverviewDialog::ConflictsColumn) == QStringLiteral("1"));
        CHECK(storedValue(r.f.path, Existing, r.pharmacyRow, Field::Progress) ==
              QStringLiteral("药学院的进展"));
    }
}

TEST_CASE("A batch reads its Word replies on a worker, then asks the unit of one that signs none")
{
    Replies r;
    const Content before = contentOf(r.f.path);
    // Our own Word export of the form with one answer and no 填报单位 signed under the table.
    const QString unsignedReply = r.f.folder + QStringLiteral("/无落款.docx");
    {
        Form form = FormTemplate::notice2023();
        form.properties.unit.clear();
        form.attachment(Existing)->rows[0].setValue(Field::Progress,
                                                    QStringLiteral("Word里填的进展"));
        REQUIRE(ReportExporter::exportForm(form, unsignedReply, ReportOptions()).ok());
    }
    r.script.files = {r.pharmacy, r.word, unsignedReply};
    r.script.unit = Pharmacy;
    r.script.holdReplies = true;
    BatchMergeDialog *dialog = r.openBatch();
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);

    // The replies are read on a worker: the window turns, the progress says so, and nothing
    // is asked until they have been read.
    REQUIRE(waitFor([&] { return r.script.holding.load(); }));
    bool turned = false;
    QTimer::singleShot(20, r.f.window.get(), [&] { turned = true; });
    REQUIRE(waitFor([&] { return turned; }));
    REQUIRE(waitFor(
        [&] { return r.merges()->progressDialog() && r.merges()->progressDialog()->isVisible(); }));
    CHECK(r.merges()->progressDialog()->labelText() == QStringLiteral("Reading the Word replies…"));
    CHECK(r.merges()->isMerging());
    CHECK_FALSE(r.merges()->mergeAction()->isEnabled());
    CHECK(r.script.unitQuestions.isEmpty());

    SECTION("read: the unsigned reply's unit is asked once, then the batch runs")
    {
        r.script.release = true;
        REQUIRE(waitFor(
            [&] {
                return r.merges()->overviewDialog() && r.merges()->overviewDialog()->isVisible();
            },
            10000));
        REQUIRE(r.script.unitQuestions.size() == 1);
        CHECK(r.script.unitQuestions.first().contains(QStringLiteral("无落款.docx")));
        QTableWidget *table = r.merges()->overviewDialog()->table();
        REQUIRE(table->rowCount() == 3);
        CHECK(cellText(table, 1, BatchOverviewDialog::UnitColumn) == Materials);
        CHECK(cellText(table, 2, BatchOverviewDialog::FileColumn) == QStringLiteral("无落款.docx"));
        CHECK(cellText(table, 2, BatchOverviewDialog::UnitColumn) == Pharmacy);
    }
    SECTION("cancelled while reading: nothing is asked, nothing merged")
    {
        QPushButton *cancel = r.merges()->progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        r.script.release = true;
        REQUIRE(waitFor([&] { return !r.merges()->isMerging(); }, 10000));
        CHECK(r.script.unitQuestions.isEmpty());
        CHECK(r.merges()->progressDialog() == nullptr);
        CHECK(contentOf(r.f.path) == before);
        CHECK(r.merges()->overviewDialog() == nullptr);
        CHECK(r.f.window->statusBar()->currentMessage() ==
              QStringLiteral("The merge was cancelled; nothing was merged."));
        CHECK(r.merges()->mergeAction()->isEnabled());
    }
}
