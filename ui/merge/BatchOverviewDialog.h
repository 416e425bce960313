#pragma once

#include "merge/BatchMerge.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tianbao {

// After a batch: the planning office's checklist, one line per file — its unit, merged or why
// not, what it brought, whether the unit answered 附件2 with 无, and how many of the unit's rows
// are now filled.
class BatchOverviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        UnitColumn,
        ResultColumn,
        RowsAddedColumn,
        CellsFilledColumn,
        ConflictsColumn,
        NoNewColumn,
        FilledColumn,
        ColumnCount
    };

    // `paths[i]` is the file of `result.items[i]`.
    BatchOverviewDialog(const BatchResult &result, const QStringList &paths,
                        QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *table() const { return m_table; }

    // The one-line report of a batch, also shown in the status bar.
    static QString summary(const BatchResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace tianbao
