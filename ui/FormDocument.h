#pragma once

#include "form/Form.h"
#include "models/AttachmentModel.h"
#include "store/FormFile.h"
#include "store/FormLock.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace tianbao {

// An open form as the window uses it: the file, its lock, one model per attachment and the
// undo stack. Every change the user makes goes through here (or through a model's setData,
// whose cellEdited signal lands here), is written to the file at once and pushed as an undo
// command that is already applied.
class FormDocument : public QObject
{
    Q_OBJECT

public:
    // Opens `path`, writable when it can be locked, else read-only with the lock's reason.
    static Result<std::unique_ptr<FormDocument>> open(const QString &path);
    static Result<std::unique_ptr<FormDocument>> create(const QString &path, const Form &form,
                                                        const QString &unit);
    ~FormDocument() override;

    FormFile *file() const { return m_file.get(); }
    QString path() const { return m_file->path(); }
    QUndoStack *undoStack() { return &m_undo; }
    const QVector<AttachmentModel *> &models() const { return m_models; }
    AttachmentModel *model(const QString &attachmentKey) const;
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QString readOnlyReason() const { return m_file->readOnlyReason(); }
    const FormProperties &properties() const { return m_properties; }
    // The form as the models hold it, without reading the file again.
    Form snapshot() const;

    // Row operations (each one undo step); false after reporting a failure.
    bool insertRow(AttachmentModel *model, int row, const Row &values, const QString &undoText);
    bool deleteRow(AttachmentModel *model, int row);
    bool moveRow(AttachmentModel *model, int from, int to);
    bool duplicateRow(AttachmentModel *model, int row);
    bool setProperty(Property property, const QVariant &value);

    // Cell edits made while a session key is set (one text box of the form pane keeping
    // focus) become one undo step.
    void setEditSession(int key) { m_editSession = key; }

    // For the undo commands.
    void reportFailure(const QString &message) { emit writeFailed(message); }
    void notifyTouched(AttachmentModel *model, const QString &uuid, int column)
    {
        emit touched(model, uuid, column);
    }
    void refreshProperties();

signals:
    void writeFailed(const QString &message);
    void propertiesChanged();
    // Something in the form changed (for the completeness count).
    void contentChanged();
    // An undo or redo changed this cell or row: the window shows it.
    void touched(tianbao::AttachmentModel *model, const QString &uuid, int column);

private:
    FormDocument(std::unique_ptr<FormFile> file, std::unique_ptr<FormLock> lock);
    void onCellEdited(AttachmentModel *model, const QString &uuid, Field field,
                      const QString &oldValue, const QString &newValue);

    std::unique_ptr<FormFile> m_file;
    std::unique_ptr<FormLock> m_lock;
    QVector<AttachmentModel *> m_models;
    QUndoStack m_undo;
    FormProperties m_properties;
    int m_editSession = 0;
};

} // namespace tianbao
