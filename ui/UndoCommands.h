#pragma once

#include "form/Field.h"
#include "form/Row.h"
#include "store/FormFile.h"

#include <QUndoCommand>
#include <QVariant>

namespace tianbao {

class AttachmentModel;
class FormDocument;

// Every command is pushed after its change is already in the file, so its first redo does
// nothing. A failing undo or redo (disk full) is reported through the document.

class CellEditCommand : public QUndoCommand
{
public:
    CellEditCommand(FormDocument *document, AttachmentModel *model, const QString &uuid,
                    Field field, const QString &oldValue, const QString &newValue, int session);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &value, ChangeSource source);
    FormDocument *m_document;
    AttachmentModel *m_model;
    QString m_uuid;
    Field m_field;
    QString m_old;
    QString m_new;
    int m_session;
    bool m_applied = true;
};

// Insert and duplicate: undo deletes the row (a tombstone), redo restores it.
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(FormDocument *document, AttachmentModel *model, const QString &uuid, int row,
                     const QString &text);
    void undo() override;
    void redo() override;

private:
    FormDocument *m_document;
    AttachmentModel *m_model;
    QString m_uuid;
    int m_row;
    bool m_applied = true;
};

class DeleteRowCommand : public QUndoCommand
{
public:
    DeleteRowCommand(FormDocument *document, AttachmentModel *model, const QString &uuid, int row,
                     const QString &text);
    void undo() override;
    void redo() override;

private:
    FormDocument *m_document;
    AttachmentModel *m_model;
    QString m_uuid;
    int m_row;
    bool m_applied = true;
};

class MoveRowCommand : public QUndoCommand
{
public:
    MoveRowCommand(FormDocument *document, AttachmentModel *model, const QString &uuid, int from,
                   int to, const QString &text);
    void undo() override;
    void redo() override;

private:
    void move(int from, int to);
    FormDocument *m_document;
    AttachmentModel *m_model;
    QString m_uuid;
    int m_from;
    int m_to;
    bool m_applied = true;
};

class PropertyCommand : public QUndoCommand
{
public:
    PropertyCommand(FormDocument *document, Property property, const QVariant &oldValue,
                    const QVariant &newValue, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const QVariant &value);
    FormDocument *m_document;
    Property m_property;
    QVariant m_old;
    QVariant m_new;
    bool m_applied = true;
};

} // namespace tianbao
