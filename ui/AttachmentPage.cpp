#include "AttachmentPage.h"

#include "AttachmentTable.h"
#include "FormDocument.h"
#include "RowFormPane.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QItemSelectionModel>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace tianbao {

AttachmentPage::AttachmentPage(FormDocument *document, AttachmentModel *model, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(model), m_filter(new RowFilterModel(this)),
      m_table(new AttachmentTable), m_pane(new RowFormPane(document, model)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_filter->setSourceModel(model);
    m_table->setModel(m_filter);
    m_table->applyDefaultColumnWidths();
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_table);

    auto follow = [this] { m_pane->showRow(currentSourceRow()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, follow);
    // A row removed, moved or filtered away: the pane shows the new current row.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, follow);
    connect(m_filter, &QAbstractItemModel::modelReset, this, follow);
}

int AttachmentPage::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void AttachmentPage::showSourceCell(int sourceRow, int column)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, qMax(0, column)));
    if (!index.isValid()) {
        m_filter->setUnitFilter(QString());
        m_filter->setSearchText(QString());
        emit filtersCleared();
        index = m_filter->mapFromSource(m_model->index(sourceRow, qMax(0, column)));
    }
    if (column < 0)
        index = index.siblingAtColumn(qMax(0, m_table->currentIndex().column()));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QString AttachmentPage::tabText() const
{
    const Attachment &attachment = m_model->attachment();
    // "…计划要点表（已有项目）" → "已有项目"
    static const QRegularExpression suffix(QStringLiteral("[（(]([^（）()]+)[）)]\\s*$"));
    const QRegularExpressionMatch match = suffix.match(attachment.title);
    if (match.hasMatch())
        return attachment.label + QLatin1Char(' ') + match.captured(1);
    return attachment.label.isEmpty() ? attachment.key : attachment.label;
}

} // namespace tianbao
