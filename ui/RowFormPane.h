#pragma once

#include "form/Field.h"

#include <QPersistentModelIndex>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QScrollArea;

namespace tianbao {

class AttachmentModel;
class FormDocument;

// The selected row as labelled fields, with large boxes for the long texts. It edits the same
// model as the table: a box's text goes to the model (and so to the file) when the box loses
// focus and after a short pause in typing, so a crash loses at most the last keystrokes.
class RowFormPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdleCommitMs = 800;

    RowFormPane(FormDocument *document, AttachmentModel *model, QWidget *parent = nullptr);

    // The source row shown; -1 shows nothing.
    void showRow(int sourceRow);
    int shownRow() const;
    // Writes what is typed and not yet in the model.
    void commitPending();
    // The box of a field (for tests and for jumping to a gap).
    QWidget *editorFor(Field field) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Binding
    {
        Field field;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *count = nullptr;
        bool dirty = false;
        bool truncated = false; // showing only the start of an over-long cell: never saved
    };
    QString textOf(const Binding &binding) const;
    void setTextOf(Binding &binding, const QString &text);
    void commit(Binding &binding);
    void refresh();
    void updateCount(Binding &binding);
    void updateMissing(Binding &binding);
    void retranslate();

    FormDocument *m_document;
    AttachmentModel *m_model;
    QPersistentModelIndex m_row;
    QVector<Binding> m_bindings;
    QLabel *m_title;
    QWidget *m_fields;
    QLabel *m_empty;
    QTimer m_idle;
    bool m_loading = false;
    static int s_nextSession;
};

} // namespace tianbao
