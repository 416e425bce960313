#include "MergeSource.h"

#include "form/UnitsCell.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <algorithm>

namespace tianbao {

Row MergeSource::SourceRow::row() const
{
    Row row;
    row.uuid = uuid;
    for (Field field : AllFields)
        row.setValue(field, value(field));
    return row;
}

QString MergeSource::SourceRow::nameKey() const
{
    return UnitsCell::normalized(value(Field::Name)) + QChar(0x1f) +
           UnitsCell::normalized(value(Field::Units));
}

Result<MergeSource> MergeSource::fromFile(const QString &path, const QString &sameOriginAs)
{
    auto opened = FormFile::open(path, FormFile::Access::ReadOnly);
    if (!opened)
        return Error{opened.error()};
    return fromFormFile(*opened.value(), sameOriginAs);
}

MergeSource MergeSource::fromFormFile(const FormFile &file, const QString &sameOriginAs)
{
    MergeSource source;
    source.properties = file.properties();
    const bool shared = !sameOriginAs.isEmpty() && source.properties.originUuid == sameOriginAs;
    source.unit = source.properties.unit;
    source.fileName = QFileInfo(file.path()).fileName();
    source.attachments = file.attachments();
    for (const Attachment &attachment : std::as_const(source.attachments)) {
        // Rows a copy never changed hold the origin's values, which the form merged into has.
        QHash<QString, Row> changed;
        if (shared) {
            for (const StoredRow &stored : file.changedStoredRows(attachment.key))
                changed.insert(stored.row.uuid, stored.row);
        }
        const QVector<StoredRow> stored =
            shared ? file.rowOutlines(attachment.key) : file.storedRows(attachment.key);
        for (const StoredRow &one : stored) {
            SourceRow row;
            row.uuid = one.row.uuid;
            row.attachmentKey = attachment.key;
            row.position = one.position;
            row.deleted = one.deleted;
            const auto full = changed.constFind(row.uuid);
            row.outlineOnly = shared && full == changed.constEnd();
            const Row &values = shared && !row.outlineOnly ? *full : one.row;
            for (Field field : AllFields)
                row.cells[fieldIndex(field)].value = values.value(field);
            source.rows.append(row);
        }
    }
    source.reindex();

    for (const FormFile::CellHistoryEntry &entry : file.allCellHistory(!shared)) {
        if (SourceRow *row = source.find(entry.rowUuid))
            row->cells[fieldIndex(entry.field)].history.append(entry.change);
    }
    if (!shared) {
        for (const FormFile::OriginCell &origin : file.allOriginValues()) {
            if (SourceRow *row = source.find(origin.rowUuid))
                row->cells[fieldIndex(origin.field)].origin = origin.value;
        }
    }
    const QString created = QStringLiteral("created");
    const QString deleted = QStringLiteral("deleted");
    const QString restored = QStringLiteral("restored");
    const QString merge = changeSourceKey(ChangeSource::Merge);
    const QString undo = changeSourceKey(ChangeSource::Undo);
    QHash<QString, bool> createdByMerge;
    for (const FormFile::RowEvent &event : file.allRowEvents()) {
        SourceRow *row = source.find(event.rowUuid);
        if (!row)
            continue;
        if (event.event == created) {
            row->createdUnit = event.unit;
            row->createdAt = event.at;
            createdByMerge[event.rowUuid] = event.source == merge;
        } else if (event.event == deleted) {
            row->deletedByUndo = event.source == undo && createdByMerge.value(event.rowUuid);
        } else if (event.event == restored) {
            row->deletedByUndo = false;
        }
    }
    return source;
}

MergeSource MergeSource::fromForm(const Form &form, const QString &unit, const QString &fileName,
                                  const QDateTime &at)
{
    MergeSource source;
    source.isReply = true;
    source.properties = form.properties;
    source.unit = unit;
    source.fileName = fileName;
    const QDateTime when = at.isValid() ? at.toUTC() : Clock::currentDateTimeUtc();
    const QString importKey = changeSourceKey(ChangeSource::Import);
    for (const Attachment &attachment : form.attachments) {
        Attachment bare = attachment;
        bare.rows.clear();
        source.attachments.append(bare);
        for (int i = 0; i < attachment.rows.size(); ++i) {
            const Row &values = attachment.rows.at(i);
            SourceRow row;
            row.uuid = values.uuid;
            row.attachmentKey = attachment.key;
            row.position = i;
            row.createdUnit = unit;
            row.createdAt = when;
            for (Field field : AllFields) {
                Cell &cell = row.cells[fieldIndex(field)];
                cell.value = values.value(field);
                if (!cell.value.isEmpty())
                    cell.history.append(CellChange{cell.value, unit, when, importKey});
            }
            source.rows.append(row);
        }
    }
    source.reindex();
    return source;
}

QString MergeSource::label() const
{
    if (!unit.trimmed().isEmpty())
        return unit.trimmed();
    if (!fileName.isEmpty())
        return QFileInfo(fileName).completeBaseName();
    return tr("colleague");
}

const MergeSource::SourceRow *MergeSource::find(const QString &uuid) const
{
    if (uuid.isEmpty())
        return nullptr;
    const auto it = m_index.constFind(uuid);
    return it == m_index.constEnd() ? nullptr : &rows.at(*it);
}

MergeSource::SourceRow *MergeSource::find(const QString &uuid)
{
    if (uuid.isEmpty())
        return nullptr;
    const auto it = m_index.constFind(uuid);
    return it == m_index.constEnd() ? nullptr : &rows[*it];
}

bool MergeSource::hasAttachment(const QString &key) const
{
    return std::any_of(attachments.begin(), attachments.end(),
                       [&](const Attachment &a) { return a.key == key; });
}

Form MergeSource::toForm() const
{
    Form form;
    form.properties = properties;
    form.attachments = attachments;
    for (Attachment &attachment : form.attachments) {
        QVector<const SourceRow *> live;
        for (const SourceRow &row : rows) {
            if (!row.deleted && row.attachmentKey == attachment.key)
                live.append(&row);
        }
        std::stable_sort(live.begin(), live.end(), [](const SourceRow *a, const SourceRow *b) {
            return a->position < b->position;
        });
        for (const SourceRow *row : live)
            attachment.rows.append(row->row());
    }
    return form;
}

void MergeSource::reindex()
{
    m_index.clear();
    m_index.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).uuid.isEmpty())
            m_index.insert(rows.at(i).uuid, i);
    }
}

} // namespace tianbao
