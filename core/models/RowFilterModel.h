#pragma once

#include <QSortFilterProxyModel>

namespace tianbao {

// Narrows an attachment to the rows a secretary wants to see: only her unit's rows, and/or rows
// containing a search text in any cell.
class RowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RowFilterModel(QObject *parent = nullptr);

    // Rows whose 校内单位 include `unit`; empty shows every row.
    void setUnitFilter(const QString &unit);
    QString unitFilter() const { return m_unit; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_unit;
    QString m_search;
};

} // namespace tianbao
