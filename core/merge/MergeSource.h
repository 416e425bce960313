#pragma once

#include "form/Form.h"
#include "store/FormFile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace tianbao {

// One side of a merge, read whole into memory (a few bulk queries, never one per cell): a
// colleague's .tianbao file, a reply read from Word, or the form being merged into.
struct MergeSource
{
    Q_DECLARE_TR_FUNCTIONS(MergeSource)

public:
    struct Cell
    {
        QString value;
        QVector<CellChange> history;   // oldest first; the last entry is the value's provenance
        std::optional<QString> origin; // in the origin form; none for rows added later
        QString unit() const { return history.isEmpty() ? QString() : history.last().unit; }
        QDateTime at() const { return history.isEmpty() ? QDateTime() : history.last().at; }
    };

    struct SourceRow
    {
        QString uuid; // empty for a row read from a Word reply
        QString attachmentKey;
        int position = 0; // among the live rows of its attachment
        bool deleted = false;
        // A row a merge added and an undo of that merge deleted: a later merge may add it again.
        bool deletedByUndo = false;
        QString createdUnit;
        QDateTime createdAt;
        // Read from a copy of the form merged into and unchanged since the origin: its cells
        // were not read (they are the origin's, which the form merged into holds).
        bool outlineOnly = false;
        std::array<Cell, FieldCount> cells;

        const QString &value(Field field) const { return cells[fieldIndex(field)].value; }
        Row row() const;
        // 合作项目 + 校内单位, normalised: what rows of different forms are matched on.
        QString nameKey() const;
    };

    QString unit;     // who sent it: the form's 填报单位, or the unit a Word reply came from
    QString fileName; // the file's name, for messages
    FormProperties properties;
    QVector<Attachment> attachments; // without rows
    QVector<SourceRow> rows;         // per attachment: live rows in order, then tombstones
    // Read from a Word reply: no tombstones, no history, no origin.
    bool isReply = false;

    // Opens a .tianbao file read-only; refuses a bad file with one sentence. When the file is a
    // copy of the form `sameOriginAs` (an originUuid, usually the form merged into), the
    // values it shares with that form are not read: its origin values and the history entries
    // the origin was created with. A merge into that form needs neither, and skipping them
    // makes reading a reply several times faster; so does not reading the cells of rows the
    // copy never changed (SourceRow::outlineOnly).
    static Result<MergeSource> fromFile(const QString &path,
                                        const QString &sameOriginAs = QString());
    static MergeSource fromFormFile(const FormFile &file, const QString &sameOriginAs = QString());
    // A form read from a Word reply sent by `unit`; each filled cell is attributed to the unit
    // at `at` (now when invalid).
    static MergeSource fromForm(const Form &form, const QString &unit,
                                const QString &fileName = QString(),
                                const QDateTime &at = QDateTime());

    // The unit, or the file's name when the form names no unit.
    QString label() const;
    const SourceRow *find(const QString &uuid) const;
    SourceRow *find(const QString &uuid);
    bool hasAttachment(const QString &key) const;
    // The live rows as a Form (for a completeness check of a dry run).
    Form toForm() const;
    // Rebuilds the uuid index after rows were added.
    void reindex();

private:
    QHash<QString, int> m_index;
};

} // namespace tianbao
