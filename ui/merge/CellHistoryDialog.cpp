#include "CellHistoryDialog.h"

#include "MergePreviewDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tianbao {

QString CellHistoryDialog::sourceName(const QString &source)
{
    if (source == QLatin1String("template"))
        return tr("from the notice");
    if (source == QLatin1String("edit"))
        return tr("typed");
    if (source == QLatin1String("merge"))
        return tr("merged");
    if (source == QLatin1String("import"))
        return tr("imported");
    if (source == QLatin1String("undo"))
        return tr("undo");
    return source;
}

CellHistoryDialog::CellHistoryDialog(const QVector<CellChange> &history, const QString &place,
                                     QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget), m_copy(nullptr)
{
    setObjectName(QStringLiteral("cellHistory"));
    setWindowTitle(tr("History of %1").arg(place));
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        m_history.append(*it);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(place);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Value"), tr("Unit"), tr("Time"), tr("How")});
    m_table->setRowCount(int(m_history.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < m_history.size(); ++row) {
        const CellChange &change = m_history.at(row);
        QString value = change.value.size() > 2000 ? change.value.left(2000) + QStringLiteral(" …")
                                                   : change.value;
        if (value.isEmpty())
            value = tr("(empty)");
        auto *valueItem = new QTableWidgetItem(value);
        if (row == 0) {
            QFont bold = valueItem->font();
            bold.setBold(true);
            valueItem->setFont(bold);
            valueItem->setToolTip(tr("The current value"));
        }
        m_table->setItem(row, ValueColumn, valueItem);
        m_table->setItem(row, UnitColumn, new QTableWidgetItem(change.unit));
        m_table->setItem(row, TimeColumn, new QTableWidgetItem(MergeTexts::time(change.at)));
        m_table->setItem(row, SourceColumn, new QTableWidgetItem(sourceName(change.source)));
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    for (int column = UnitColumn; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    if (!m_history.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copy = buttons->addButton(tr("&Copy Value"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyValue"));
    m_copy->setEnabled(!m_history.isEmpty());
    connect(m_copy, &QPushButton::clicked, this, &CellHistoryDialog::copyValue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *copyKey = new QShortcut(QKeySequence::Copy, m_table);
    copyKey->setContext(Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, &CellHistoryDialog::copyValue);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString CellHistoryDialog::valueAt(int row) const
{
    return row >= 0 && row < m_history.size() ? m_history.at(row).value : QString();
}

void CellHistoryDialog::copyValue()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_history.size())
        return;
    QGuiApplication::clipboard()->setText(m_history.at(row).value);
}

} // namespace tianbao
