#include "RowFilterModel.h"

#include "AttachmentModel.h"
#include "form/UnitsCell.h"

namespace tianbao {

RowFilterModel::RowFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RowFilterModel::setUnitFilter(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    invalidateFilter();
}

void RowFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool RowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_unit.isEmpty()) {
        const QString units =
            model->index(sourceRow, AttachmentModel::UnitsColumn, sourceParent).data().toString();
        if (!UnitsCell::includesUnit(units, m_unit))
            return false;
    }
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tianbao
