#include "UndoCommands.h"

#include "FormDocument.h"
#include "models/AttachmentModel.h"

namespace tianbao {

// ---------------------------------------------------------------- cell

CellEditCommand::CellEditCommand(FormDocument *document, AttachmentModel *model,
                                 const QString &uuid, Field field, const QString &oldValue,
                                 const QString &newValue, int session)
    : m_document(document), m_model(model), m_uuid(uuid), m_field(field), m_old(oldValue),
      m_new(newValue), m_session(session)
{
    const int row = model->rowOfUuid(uuid);
    setText(FormDocument::tr("edit “%1” in row %2")
                .arg(model->attachment().header(field))
                .arg(row + 1));
}

void CellEditCommand::apply(const QString &value, ChangeSource source)
{
    const int row = m_model->rowOfUuid(m_uuid);
    if (row < 0)
        return;
    if (Status status = m_model->setCell(row, m_field, value, source); !status)
        m_document->reportFailure(status.error());
    m_document->notifyTouched(m_model, m_uuid, AttachmentModel::columnForField(m_field));
}

void CellEditCommand::undo()
{
    apply(m_old, ChangeSource::Undo);
}

void CellEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_new, ChangeSource::Undo);
}

bool CellEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CellEditCommand *>(other);
    if (m_session == 0 || next->m_session != m_session || next->m_uuid != m_uuid ||
        next->m_field != m_field || next->m_model != m_model)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

// ---------------------------------------------------------------- insert / duplicate

InsertRowCommand::InsertRowCommand(FormDocument *document, AttachmentModel *model,
                                   const QString &uuid, int row, const QString &text)
    : m_document(document), m_model(model), m_uuid(uuid), m_row(row)
{
    setText(text);
}

void InsertRowCommand::undo()
{
    const int row = m_model->rowOfUuid(m_uuid);
    if (row < 0)
        return;
    if (Status status = m_model->removeRowAt(row); !status)
        m_document->reportFailure(status.error());
    m_document->notifyTouched(m_model, QString(), -1);
}

void InsertRowCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (Status status = m_model->restoreRow(m_uuid, m_row); !status)
        m_document->reportFailure(status.error());
    m_document->notifyTouched(m_model, m_uuid, AttachmentModel::NameColumn);
}

// ---------------------------------------------------------------- delete

DeleteRowCommand::DeleteRowCommand(FormDocument *document, AttachmentModel *model,
                                   const QString &uuid, int row, const QString &text)
    : m_document(document), m_model(model), m_uuid(uuid), m_row(row)
{
    setText(text);
}

void DeleteRowCommand::undo()
{
    if (Status status = m_model->restoreRow(m_uuid, m_row); !status)
        m_document->reportFailure(status.error());
    m_document->notifyTouched(m_model, m_uuid, AttachmentModel::NameColumn);
}

void DeleteRowCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    const int row = m_model->rowOfUuid(m_uuid);
    if (row < 0)
        return;
    if (Status status = m_model->removeRowAt(row); !status)
        m_document->reportFailure(status.error());
}

// ---------------------------------------------------------------- move

MoveRowCommand::MoveRowCommand(FormDocument *document, AttachmentModel *model, const QString &uuid,
                               int from, int to, const QString &text)
    : m_document(document), m_model(model), m_uuid(uuid), m_from(from), m_to(to)
{
    setText(text);
}

void MoveRowCommand::move(int from, int to)
{
    if (Status status = m_model->moveRow(from, to); !status)
        m_document->reportFailure(status.error());
    m_document->notifyTouched(m_model, m_uuid, -1);
}

void MoveRowCommand::undo()
{
    move(m_to, m_from);
}

void MoveRowCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    move(m_from, m_to);
}

// ---------------------------------------------------------------- properties

PropertyCommand::PropertyCommand(FormDocument *document, Property property,
                                 const QVariant &oldValue, const QVariant &newValue,
                                 const QString &text)
    : m_document(document), m_property(property), m_old(oldValue), m_new(newValue)
{
    setText(text);
}

void PropertyCommand::apply(const QVariant &value)
{
    if (Status status = m_document->file()->setProperty(m_property, value, ChangeSource::Undo);
        !status)
        m_document->reportFailure(status.error());
    m_document->refreshProperties();
}

void PropertyCommand::undo()
{
    apply(m_old);
}

void PropertyCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_new);
}

} // namespace tianbao
