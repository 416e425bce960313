#pragma once

#include <QPlainTextEdit>
#include <QStyledItemDelegate>

namespace tianbao {

// The in-cell editor: several lines of Chinese text. Enter commits, Alt+Enter or Shift+Enter
// breaks the line, Esc cancels. Input methods compose into it like into any QPlainTextEdit.
class CellTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CellTextEdit(QWidget *parent = nullptr);
};

// Draws a cell (marking an answer cell still to be filled) and edits it with CellTextEdit.
class CellEditorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellEditorDelegate(QObject *parent = nullptr);

    static QColor missingColor();
    // The light tint of a cell whose value came from a merge.
    static QColor mergedColor();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // The model refused the text (disk full, read-only): the window keeps it for the user.
    void commitFailed(const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace tianbao
