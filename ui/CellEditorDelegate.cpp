#include "CellEditorDelegate.h"

#include "models/AttachmentModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>

namespace tianbao {

CellTextEdit::CellTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setAttribute(Qt::WA_InputMethodEnabled);
    setFrameShape(QFrame::Box);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

CellEditorDelegate::CellEditorDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor CellEditorDelegate::missingColor()
{
    return QColor(0xfd, 0xe8, 0xe8);
}

QColor CellEditorDelegate::mergedColor()
{
    return QColor(0xe2, 0xef, 0xfb);
}

void CellEditorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!index.data(AttachmentModel::MissingRole).toBool()) {
        if (index.data(AttachmentModel::SourceRole).toString() != QLatin1String("merge")) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // A value a merge brought in, until the cell is edited again.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (!(opt.state & QStyle::State_Selected))
            opt.backgroundBrush = mergedColor();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!(opt.state & QStyle::State_Selected))
        opt.backgroundBrush = missingColor();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    QColor placeholder = option.palette.color(QPalette::PlaceholderText);
    if (opt.state & QStyle::State_Selected)
        placeholder = option.palette.color(QPalette::HighlightedText);
    painter->setPen(placeholder);
    QFont font = option.font;
    font.setItalic(true);
    painter->setFont(font);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->drawText(text.adjusted(2, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                      tr("To be filled"));
    painter->restore();
}

QWidget *CellEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    if (index.data(Qt::EditRole).toString().size() > AttachmentModel::EditLimit)
        return nullptr;
    auto *editor = new CellTextEdit(parent);
    editor->installEventFilter(const_cast<CellEditorDelegate *>(this));
    return editor;
}

void CellEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (!text) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    // Only when the editor opens: the model may be refreshed under an open editor.
    if (text->property("tianbaoLoaded").toBool())
        return;
    text->setProperty("tianbaoLoaded", true);
    text->setPlainText(index.data(Qt::EditRole).toString());
    // Typing appends: a key pressed on a long answer must not wipe it.
    text->moveCursor(QTextCursor::End);
}

void CellEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (!text) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QString value = text->toPlainText();
    if (index.data(Qt::EditRole).toString() == value)
        return;
    if (!model->setData(index, value, Qt::EditRole))
        emit const_cast<CellEditorDelegate *>(this)->commitFailed(value);
}

void CellEditorDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    // Long text gets room to be read while it is typed: at least five lines, and the
    // editor may grow past the cell downwards.
    QRect rect = option.rect;
    const int lines = option.fontMetrics.lineSpacing();
    rect.setHeight(qMax(rect.height(), lines * 5 + 12));
    if (const QWidget *parent = editor->parentWidget()) {
        if (rect.bottom() > parent->height())
            rect.moveBottom(qMax(rect.height() - 1, parent->height() - 1));
    }
    editor->setGeometry(rect);
}

bool CellEditorDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & (Qt::AltModifier | Qt::ShiftModifier)) {
                editor->insertPlainText(QStringLiteral("\n"));
                return true;
            }
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
    }
    // Esc, Tab and focus loss as QStyledItemDelegate handles them; input-method events are
    // never filtered.
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tianbao
