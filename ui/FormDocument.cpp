#include "FormDocument.h"

#include "UndoCommands.h"

namespace tianbao {

namespace {

QString rowName(const AttachmentModel *model, int row)
{
    const QString name = model->rowAt(row).value(Field::Name).simplified();
    return name.size() > 20 ? name.left(19) + QChar(0x2026) : name;
}

} // namespace

Result<std::unique_ptr<FormDocument>> FormDocument::open(const QString &path)
{
    auto lock = std::make_unique<FormLock>(path);
    const bool locked = lock->tryLock();
    auto file =
        FormFile::open(path, locked ? FormFile::Access::ReadWrite : FormFile::Access::ReadOnly);
    if (!file)
        return Error{file.error()};
    if (!locked)
        file.value()->setReadOnly(lock->reason());
    if (file.value()->isReadOnly())
        lock.reset(); // nothing will be written: leave the file free for a writer
    return std::unique_ptr<FormDocument>(
        new FormDocument(std::move(file.value()), std::move(lock)));
}

Result<std::unique_ptr<FormDocument>> FormDocument::create(const QString &path, const Form &form,
                                                           const QString &unit)
{
    auto file = FormFile::create(path, form, unit);
    if (!file)
        return Error{file.error()};
    file.value().reset(); // reopen through open() so the new file is locked like any other
    return open(path);
}

FormDocument::FormDocument(std::unique_ptr<FormFile> file, std::unique_ptr<FormLock> lock)
    : m_file(std::move(file)), m_lock(std::move(lock))
{
    m_properties = m_file->properties();
    for (const Attachment &attachment : m_file->attachments()) {
        auto *model = new AttachmentModel(m_file.get(), attachment.key, this);
        m_models.append(model);
        connect(model, &AttachmentModel::cellEdited, this,
                [this, model](const QString &uuid, Field field, const QString &oldValue,
                              const QString &newValue) {
                    onCellEdited(model, uuid, field, oldValue, newValue);
                });
        connect(model, &AttachmentModel::writeFailed, this, &FormDocument::writeFailed);
        connect(model, &QAbstractItemModel::dataChanged, this, &FormDocument::contentChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FormDocument::contentChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FormDocument::contentChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &FormDocument::contentChanged);
    }
    m_undo.setUndoLimit(500);
}

FormDocument::~FormDocument()
{
    // Commands point at the models; drop them first.
    m_undo.clear();
}

AttachmentModel *FormDocument::model(const QString &attachmentKey) const
{
    for (AttachmentModel *model : m_models) {
        if (model->attachmentKey() == attachmentKey)
            return model;
    }
    return nullptr;
}

Form FormDocument::snapshot() const
{
    Form form;
    form.properties = m_properties;
    for (const AttachmentModel *model : m_models) {
        Attachment attachment = model->attachment();
        attachment.rows.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            attachment.rows.append(model->rowAt(row));
        form.attachments.append(attachment);
    }
    return form;
}

void FormDocument::refreshProperties()
{
    m_properties = m_file->properties();
    emit propertiesChanged();
    emit contentChanged();
}

void FormDocument::onCellEdited(AttachmentModel *model, const QString &uuid, Field field,
                                const QString &oldValue, const QString &newValue)
{
    m_undo.push(new CellEditCommand(this, model, uuid, field, oldValue, newValue, m_editSession));
}

bool FormDocument::insertRow(AttachmentModel *model, int row, const Row &values,
                             const QString &undoText)
{
    Result<QString> uuid = model->insertRowAt(row, values);
    if (!uuid) {
        emit writeFailed(uuid.error());
        return false;
    }
    const int at = model->rowOfUuid(uuid.value());
    m_undo.push(new InsertRowCommand(this, model, uuid.value(), at, undoText));
    return true;
}

bool FormDocument::deleteRow(AttachmentModel *model, int row)
{
    const QString uuid = model->rowAt(row).uuid;
    const QString text = tr("delete row %1 “%2”").arg(row + 1).arg(rowName(model, row));
    if (Status status = model->removeRowAt(row); !status) {
        emit writeFailed(status.error());
        return false;
    }
    m_undo.push(new DeleteRowCommand(this, model, uuid, row, text));
    return true;
}

bool FormDocument::moveRow(AttachmentModel *model, int from, int to)
{
    if (from == to || to < 0 || to >= model->rowCount())
        return false;
    const QString uuid = model->rowAt(from).uuid;
    const QString text =
        to < from ? tr("move row %1 up").arg(from + 1) : tr("move row %1 down").arg(from + 1);
    if (Status status = model->moveRow(from, to); !status) {
        emit writeFailed(status.error());
        return false;
    }
    m_undo.push(new MoveRowCommand(this, model, uuid, from, to, text));
    return true;
}

bool FormDocument::duplicateRow(AttachmentModel *model, int row)
{
    Row copy = model->rowAt(row);
    copy.uuid.clear();
    return insertRow(model, row + 1, copy, tr("duplicate row %1").arg(row + 1));
}

bool FormDocument::setProperty(Property property, const QVariant &value)
{
    QVariant old;
    QString text;
    switch (property) {
    case Property::Unit:
        old = m_properties.unit;
        text = tr("change the unit");
        break;
    case Property::SignDate:
        old = m_properties.signDate;
        text = tr("change the date");
        break;
    case Property::NoNewProjects:
        old = m_properties.noNewProjects;
        text = tr("change “no new projects”");
        break;
    }
    if (old == value)
        return true;
    if (Status status = m_file->setProperty(property, value); !status) {
        emit writeFailed(status.error());
        return false;
    }
    m_undo.push(new PropertyCommand(this, property, old, value, text));
    refreshProperties();
    return true;
}

} // namespace tianbao
