#pragma once

#include "store/FormFile.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace tianbao {

// Every value one cell has had, newest first, with who set it, when (local time) and how
// (typed, merged, imported, undone…). A value can be copied.
class CellHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        ValueColumn,
        UnitColumn,
        TimeColumn,
        SourceColumn,
        ColumnCount
    };

    CellHistoryDialog(const QVector<CellChange> &history, const QString &place,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *copyButton() const { return m_copy; }
    // The value of a history line (0 = newest).
    QString valueAt(int row) const;

    static QString sourceName(const QString &source);

private:
    void copyValue();

    QVector<CellChange> m_history; // newest first
    QTableWidget *m_table;
    QPushButton *m_copy;
};

} // namespace tianbao
