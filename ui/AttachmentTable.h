#pragma once

#include <QTableView>
#include <QTimer>

namespace tianbao {

class CellEditorDelegate;

// The table of one attachment. Rows grow to fit their wrapped text. Measuring a row lays out
// every cell's text, so a form of up to SmallRowCount rows is measured whole; a longer one only
// where it is seen: the rows in the viewport are measured after each scroll, resize or change
// (batched by a zero-time timer), and rows never seen keep the default height. A row is never
// taller than MaxRowHeight: the form pane beside shows the whole text.
class AttachmentTable : public QTableView
{
    Q_OBJECT

public:
    static constexpr int SmallRowCount = 300;
    static constexpr int MaxRowHeight = 320;

    explicit AttachmentTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    CellEditorDelegate *cellDelegate() const { return m_delegate; }
    // Commits and closes an open cell editor (before a row operation moves rows under it).
    void finishEditing();
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // The default widths of the columns, for a first open.
    void applyDefaultColumnWidths();

protected:
    void resizeEvent(QResizeEvent *event) override;
    int sizeHintForRow(int row) const override;

private:
    void scheduleFit();
    void fitRows();

    CellEditorDelegate *m_delegate;
    QTimer m_fitTimer;
    bool m_fitAll = true;
};

} // namespace tianbao
