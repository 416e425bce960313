#pragma once

#include "form/Attachment.h"
#include "store/FormFile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace tianbao {

// One attachment of an open form as a table. Every edit goes to the file before the model
// shows it, so what the view shows is what is saved. Undo is the caller's: the model reports
// each edit (cellEdited) and offers the row operations an undo command needs.
class AttachmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        NameColumn,
        ContentColumn,
        UnitsColumn,
        PartnersColumn,
        ProgressColumn,
        PlanColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        FieldKeyRole,
        // True for an empty 进展与成效 / 计划要点: what the unit still has to fill.
        MissingRole,
        // Where the cell's value came from (changeSourceKey of its last change: "edit",
        // "merge", "import", "undo", …): the view tints what a merge brought in.
        SourceRole,
    };

    // DisplayRole shows at most this many characters of a cell; EditRole has all of it.
    static constexpr int DisplayLimit = 2000;
    // Longer cells (a pasted book, a hostile file) are shown but not edited in place: a text
    // box would spend seconds laying them out.
    static constexpr int EditLimit = 100000;

    AttachmentModel(FormFile *file, const QString &attachmentKey, QObject *parent = nullptr);

    static std::optional<Field> fieldForColumn(int column);
    static int columnForField(Field field);

    QString attachmentKey() const { return m_attachment.key; }
    const Attachment &attachment() const { return m_attachment; }
    FormFile *file() const { return m_file; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfUuid(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // An edit from a view: written to the file, then reported by cellEdited.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The operations, each one transaction in the file. They do not emit cellEdited.
    Status setCell(int row, Field field, const QString &value,
                   ChangeSource source = ChangeSource::Edit);
    Result<QString> insertRowAt(int row, const Row &values = Row());
    Status removeRowAt(int row);
    Status restoreRow(const QString &uuid, int row);
    Status moveRow(int from, int to);

    // Reads the rows again, after a change made around the model (a merge, an import).
    void reload();

signals:
    void cellEdited(const QString &uuid, tianbao::Field field, const QString &oldValue,
                    const QString &newValue);
    void writeFailed(const QString &message);

private:
    FormFile *m_file;
    Attachment m_attachment;
    QVector<Row> m_rows;
    // SourceRole per row uuid, read from the file when a row's is first asked for (the window
    // asks for the rows it paints), kept up to date by setCell, forgotten by reload.
    mutable QHash<QString, std::array<QString, FieldCount>> m_sources;
};

} // namespace tianbao
