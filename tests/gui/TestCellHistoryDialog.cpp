#include "GuiTestSupport.h"
#include "MergeGuiSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "MainWindow.h"
#include "merge/CellHistoryDialog.h"
#include "merge/MergeController.h"
#include "merge/MergePreviewDialog.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Rural = QStringLiteral("乡村振兴学院");
const QString Existing = Attachment::ExistingKey;

CellHistoryDialog *historyOf(WindowFixture &f, int row, int column)
{
    AttachmentPage *page = f.window->page(0);
    page->table()->setCurrentIndex(
        page->filter()->mapFromSource(page->model()->index(row, column)));
    // Edit > History of This Cell…, also in the table's context menu.
    QAction *action = f.window->merges()->historyAction();
    REQUIRE(page->table()->actions().contains(action));
    REQUIRE(action->isEnabled());
    action->trigger();
    REQUIRE(waitFor([&] {
        return f.window->merges()->historyDialog() &&
               f.window->merges()->historyDialog()->isVisible();
    }));
    return f.window->merges()->historyDialog();
}

QString text(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("The history lists every value of the cell with unit, time and how, and copies one")
{
    WindowFixture f;
    createNoticeForm(f.path, Rural);
    const QString theirs = f.folder + QStringLiteral("/theirs.tianbao");
    {
        auto copy = colleagueCopy(f.path, theirs, Pharmacy);
        setCell(*copy, Existing, 0, Field::Plan, QStringLiteral("他们填的计划"));
    }
    {
        auto mine = FormFile::open(f.path);
        REQUIRE(mine.ok());
        setCell(*mine.value(), Existing, 0, Field::Progress, QStringLiteral("第一版"));
        setCell(*mine.value(), Existing, 0, Field::Progress, QStringLiteral("第二版"));
    }
    REQUIRE(f.window->openFile(f.path));
    f.window->onlyMyUnitAction()->setChecked(false);

    CellHistoryDialog *dialog = historyOf(f, 0, AttachmentModel::ProgressColumn);
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(text(table, 0, CellHistoryDialog::ValueColumn) == QStringLiteral("第二版"));
    CHECK(text(table, 0, CellHistoryDialog::UnitColumn) == Rural);
    CHECK(text(table, 0, CellHistoryDialog::SourceColumn) == QStringLiteral("typed"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
              .match(text(table, 0, CellHistoryDialog::TimeColumn))
              .hasMatch());
    CHECK(text(table, 1, CellHistoryDialog::ValueColumn) == QStringLiteral("第一版"));

    // Copy an earlier value.
    QApplication::clipboard()->clear();
    table->selectRow(1);
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("第一版"));
    table->selectRow(0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("第二版"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return f.window->merges()->historyDialog() == nullptr; }));

    // A value the notice gave.
    dialog = historyOf(f, 0, AttachmentModel::NameColumn);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK(text(dialog->table(), 0, CellHistoryDialog::ValueColumn) ==
          f.window->page(0)->model()->rowAt(0).value(Field::Name));
    CHECK(text(dialog->table(), 0, CellHistoryDialog::SourceColumn) ==
          QStringLiteral("from the notice"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return f.window->merges()->historyDialog() == nullptr; }));

    // A merged value says where it came from.
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
    dialog = historyOf(f, 0, AttachmentModel::PlanColumn);
    table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(text(table, 0, CellHistoryDialog::ValueColumn) == QStringLiteral("他们填的计划"));
    CHECK(text(table, 0, CellHistoryDialog::UnitColumn) == Pharmacy);
    CHECK(text(table, 0, CellHistoryDialog::SourceColumn) == QStringLiteral("merged"));
}
