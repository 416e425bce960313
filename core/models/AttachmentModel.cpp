#include "AttachmentModel.h"

namespace tianbao {

AttachmentModel::AttachmentModel(FormFile *file, const QString &attachmentKey, QObject *parent)
    : QAbstractTableModel(parent), m_file(file)
{
    for (const Attachment &attachment : file->attachments()) {
        if (attachment.key == attachmentKey)
            m_attachment = attachment;
    }
    m_attachment.key = attachmentKey;
    m_rows = file->rows(attachmentKey);
}

std::optional<Field> AttachmentModel::fieldForColumn(int column)
{
    if (column <= SeqColumn || column >= ColumnCount)
        return std::nullopt;
    return static_cast<Field>(column - 1);
}

int AttachmentModel::columnForField(Field field)
{
    return fieldIndex(field) + 1;
}

int AttachmentModel::rowOfUuid(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int AttachmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const std::optional<Field> field = fieldForColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (field && row.value(*field).size() > DisplayLimit) {
            // A table cell shows a few hundred characters at most; laying out a pasted
            // megabyte would freeze the view. The editor and the form pane get the whole text.
            return QString(row.value(*field).left(DisplayLimit) + QStringLiteral(" …"));
        }
        return field ? QVariant(row.value(*field)) : QVariant(index.row() + 1);
    case Qt::EditRole:
        return field ? QVariant(row.value(*field)) : QVariant(index.row() + 1);
    case Qt::TextAlignmentRole:
        return field ? QVariant(Qt::AlignLeft | Qt::AlignTop)
                     : QVariant(Qt::AlignHCenter | Qt::AlignTop);
    case UuidRole:
        return row.uuid;
    case FieldKeyRole:
        return field ? fieldKey(*field) : QStringLiteral("seq");
    case MissingRole:
        return field && isAnswerField(*field) && row.value(*field).trimmed().isEmpty();
    case SourceRole: {
        if (!field)
            return QVariant();
        auto found = m_sources.constFind(row.uuid);
        if (found == m_sources.constEnd()) {
            const auto sources = m_file->lastChangeSources(row.uuid);
            if (!sources)
                return QString(); // asked again at the next paint
            found = m_sources.insert(row.uuid, *sources);
        }
        return found->at(fieldIndex(*field));
    }
    default:
        return QVariant();
    }
}

QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (section == SeqColumn)
        return m_attachment.seqHeader;
    if (const std::optional<Field> field = fieldForColumn(section))
        return m_attachment.header(*field);
    return QVariant();
}

Qt::ItemFlags AttachmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != SeqColumn && !m_file->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttachmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::optional<Field> field = fieldForColumn(index.column());
    if (role != Qt::EditRole || !field || !index.isValid())
        return false;
    const Row before = m_rows.at(index.row());
    const QString text = value.toString();
    if (before.value(*field) == text)
        return true;
    if (Status status = setCell(index.row(), *field, text); !status) {
        emit writeFailed(status.error());
        return false;
    }
    emit cellEdited(before.uuid, *field, before.value(*field),
                    m_rows.at(index.row()).value(*field));
    return true;
}

Status AttachmentModel::setCell(int row, Field field, const QString &value, ChangeSource source)
{
    Row &target = m_rows[row];
    Status status = m_file->setCell(target.uuid, field, value, source);
    if (!status)
        return status;
    // The file normalises line ends; show exactly what it holds (without reading it back).
    target.setValue(field, FormFile::storedText(value));
    // A row not read yet is read from the file when it is asked for, this change included.
    const auto cached = m_sources.find(target.uuid);
    if (cached != m_sources.end())
        (*cached)[fieldIndex(field)] = changeSourceKey(source);
    const QModelIndex changed = index(row, columnForField(field));
    emit dataChanged(changed, changed);
    return status;
}

Result<QString> AttachmentModel::insertRowAt(int row, const Row &values)
{
    const int at = qBound(0, row, int(m_rows.size()));
    Result<QString> uuid = m_file->insertRow(m_attachment.key, at, values);
    if (!uuid)
        return uuid;
    Row inserted = values;
    inserted.uuid = uuid.value();
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, inserted);
    endInsertRows();
    // Every row below has a new 序号.
    emit dataChanged(index(at, SeqColumn), index(m_rows.size() - 1, SeqColumn));
    return uuid;
}

Status AttachmentModel::removeRowAt(int row)
{
    Status status = m_file->deleteRow(m_rows.at(row).uuid);
    if (!status)
        return status;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (row < m_rows.size())
        emit dataChanged(index(row, SeqColumn), index(m_rows.size() - 1, SeqColumn));
    return status;
}

Status AttachmentModel::restoreRow(const QString &uuid, int row)
{
    const int at = qBound(0, row, int(m_rows.size()));
    Status status = m_file->restoreRow(uuid, at);
    if (!status)
        return status;
    const std::optional<StoredRow> stored = m_file->storedRow(uuid);
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, stored ? stored->row : Row{uuid, {}});
    endInsertRows();
    emit dataChanged(index(at, SeqColumn), index(m_rows.size() - 1, SeqColumn));
    return status;
}

Status AttachmentModel::moveRow(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_rows.size() || to >= m_rows.size())
        return {};
    Status status = m_file->moveRow(m_rows.at(from).uuid, to);
    if (!status)
        return status;
    // Qt's destination is the row before which the moved row lands, counted before the move.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_rows.move(from, to);
    endMoveRows();
    emit dataChanged(index(qMin(from, to), SeqColumn), index(qMax(from, to), SeqColumn));
    return status;
}

void AttachmentModel::reload()
{
    beginResetModel();
    m_rows = m_file->rows(m_attachment.key);
    m_sources.clear();
    endResetModel();
}

} // namespace tianbao
