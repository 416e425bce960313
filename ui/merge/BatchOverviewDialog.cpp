#include "BatchOverviewDialog.h"

#include "MergePreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tianbao {

QString BatchOverviewDialog::summary(const BatchResult &result)
{
    const int merged = int(std::count_if(result.items.begin(), result.items.end(),
                                         [](const BatchItem &item) { return item.merged; }));
    return tr("%1 of %2 files merged: %3 rows added, %4 cells filled, %5 cells changed, %6 "
              "conflicts settled.")
        .arg(merged)
        .arg(result.items.size())
        .arg(result.total.rowsAdded)
        .arg(result.total.cellsFilled)
        .arg(result.total.cellsChanged)
        .arg(result.total.conflicts);
}

BatchOverviewDialog::BatchOverviewDialog(const BatchResult &result, const QStringList &paths,
                                         QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("batchOverview"));
    setWindowTitle(tr("Merged Files"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setText(summary(result));
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Unit"), tr("Result"), tr("Rows added"),
                                        tr("Cells filled"), tr("Conflicts"), tr("附件2 无"),
                                        tr("Unit's rows filled")});
    m_table->setRowCount(int(result.items.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    const QColor ok(0x1b, 0x7f, 0x3a);
    const QColor refused(0xb3, 0x26, 0x1e);
    for (int row = 0; row < result.items.size(); ++row) {
        const BatchItem &item = result.items.at(row);
        const QString file = item.fileName.isEmpty() && row < paths.size()
                                 ? QFileInfo(paths.at(row)).fileName()
                                 : item.fileName;
        auto set = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(tip.isEmpty() ? text : tip);
            if (column >= RowsAddedColumn)
                cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, cell);
            return cell;
        };
        set(FileColumn, file, row < paths.size() ? paths.at(row) : file);
        set(UnitColumn, item.unit);
        QString outcome = item.merged ? tr("Merged") : item.error;
        if (!item.merged && item.unresolvedConflicts > 0)
            outcome = tr("Not merged: %1 conflict(s) to decide. Merge this file alone, or "
                         "choose what to do with conflicts before the batch.")
                          .arg(item.unresolvedConflicts);
        if (item.merged && !item.conflicts.isEmpty())
            outcome = tr("Merged; %1 conflict(s) settled").arg(item.conflicts.size());
        set(ResultColumn, outcome)->setForeground(item.merged ? ok : refused);
        // Counts mean something for a file that was planned: merged, or skipped for conflicts.
        const bool read = item.merged || item.unresolvedConflicts > 0;
        set(RowsAddedColumn, read ? QString::number(item.counts.rowsAdded) : QString());
        set(CellsFilledColumn, read ? QString::number(item.counts.cellsFilled) : QString());
        set(ConflictsColumn, read ? QString::number(item.counts.conflicts) : QString());
        set(NoNewColumn, item.noNewProjects ? tr("无") : QString());
        if (!item.unit.isEmpty() && item.unitRows > 0) {
            QTableWidgetItem *filled =
                set(FilledColumn, tr("Filled %1/%2").arg(item.unitCompleteRows).arg(item.unitRows));
            filled->setForeground(
                item.unitRows > 0 && item.unitCompleteRows == item.unitRows ? ok : refused);
        } else {
            set(FilledColumn, QString());
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(1000, 420);
}

void BatchOverviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Row heights follow the wrapped sentences once the columns have their final widths.
    m_table->resizeRowsToContents();
}

} // namespace tianbao
