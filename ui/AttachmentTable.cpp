#include "AttachmentTable.h"

#include "CellEditorDelegate.h"
#include "models/AttachmentModel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace tianbao {

AttachmentTable::AttachmentTable(QWidget *parent)
    : QTableView(parent), m_delegate(new CellEditorDelegate(this))
{
    setItemDelegate(m_delegate);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setAlternatingRowColors(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTabKeyNavigation(false); // Tab leaves the table (keyboard use of the pane and toolbar)
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setMinimumSectionSize(fontMetrics().lineSpacing() + 10);
    verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);

    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &AttachmentTable::fitRows);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &AttachmentTable::scheduleFit);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        m_fitAll = true;
        scheduleFit();
    });
}

void AttachmentTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    auto refitAll = [this] {
        m_fitAll = true;
        scheduleFit();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refitAll);
    connect(model, &QAbstractItemModel::layoutChanged, this, refitAll);
    connect(model, &QAbstractItemModel::rowsInserted, this, refitAll);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refitAll);
    connect(model, &QAbstractItemModel::rowsMoved, this, refitAll);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (bottomRight.row() - topLeft.row() > 50) {
                    m_fitAll = true;
                    scheduleFit();
                    return;
                }
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    resizeRowToContents(row);
            });
    scheduleFit();
}

void AttachmentTable::finishEditing()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void AttachmentTable::applyDefaultColumnWidths()
{
    const int unit = fontMetrics().horizontalAdvance(QChar(0x5b57)); // one CJK character
    const int widths[AttachmentModel::ColumnCount] = {unit * 3, unit * 10, unit * 16, unit * 8,
                                                      unit * 8, unit * 15, unit * 15};
    for (int column = 0; column < AttachmentModel::ColumnCount; ++column)
        setColumnWidth(column, widths[column]);
}

void AttachmentTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    scheduleFit();
}

int AttachmentTable::sizeHintForRow(int row) const
{
    return qMin(QTableView::sizeHintForRow(row), MaxRowHeight);
}

void AttachmentTable::scheduleFit()
{
    if (!m_fitTimer.isActive())
        m_fitTimer.start();
}

void AttachmentTable::fitRows()
{
    if (!model())
        return;
    const int rows = model()->rowCount();
    if (rows <= SmallRowCount) {
        if (m_fitAll)
            resizeRowsToContents();
        m_fitAll = false;
        return;
    }
    // Large form: only what can be seen (a screenful at the default height at most).
    m_fitAll = false;
    // Measured rows may be shorter than the default, letting unmeasured ones into view.
    int measuredUpTo = -1;
    for (int pass = 0; pass < 3; ++pass) {
        const int first = qMax(0, rowAt(0));
        int last = rowAt(viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        if (last <= measuredUpTo)
            break;
        for (int row = qMax(first, measuredUpTo + 1); row <= last; ++row)
            resizeRowToContents(row);
        measuredUpTo = last;
    }
}

} // namespace tianbao
