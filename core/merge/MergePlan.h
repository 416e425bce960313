#pragma once

#include "MergeSource.h"

#include <QHash>
#include <QStringList>

namespace tianbao {

// How a conflict is settled. KeepBoth joins the texts as MergeText::keepBoth does.
enum class Resolution
{
    Unresolved,
    KeepMine,
    TakeTheirs,
    KeepBoth
};

struct MergeOptions
{
    // Match rows on 合作项目 + 校内单位 (normalised) instead of their uuid: for files that are not
    // copies of one form. Files of different forms are refused without it.
    bool matchByName = false;
};

// One thing a merge would do. Every change can be unticked (accepted = false).
struct MergeChange
{
    enum class Kind
    {
        RowAdded,    // a row only they have
        CellFilled,  // their value into my empty cell
        CellChanged, // their value replaces mine
        RowDeleted,  // they deleted a row I had not changed
        RowKept,     // one side deleted a row the other changed: it stays (unticked: it goes)
    };

    Kind kind = Kind::CellChanged;
    QString attachmentKey;
    QString rowUuid; // the row in my form; an added row gets this uuid
    QString rowName; // 合作项目, to show
    int seq = 0;     // my 序号 before the merge; 0 for rows that are not live in my form
    Field field = Field::Name;
    QString mine;   // cells: my value before the merge
    QString theirs; // cells: their value
    QString unit;   // who wrote their value / their row
    QDateTime at;
    bool deletedByMe = false; // RowKept: I deleted it (it comes back) or they did (it stays)
    bool accepted = true;

    // For the Merger: history entries the cell gains (the last carries `theirs`); for added
    // rows the values and each cell's history; for rows brought back, my tombstone's values.
    QVector<CellChange> entries;
    Row row;
    std::array<QVector<CellChange>, FieldCount> histories;
    Row before;                     // RowAdded over a tombstone: the tombstone's values
    bool restoresTombstone = false; // RowAdded: brings back a row an undone merge had added

    bool isCell() const { return kind == Kind::CellFilled || kind == Kind::CellChanged; }
};

// Both sides changed one cell to different texts.
struct MergeConflict
{
    QString attachmentKey;
    QString rowUuid;
    QString rowName;
    int seq = 0;
    Field field = Field::Name;
    QString mine;
    QString theirs;
    QString theirUnit;
    QDateTime theirAt;
    QString myUnit;
    QDateTime myAt;
    Resolution resolution = Resolution::Unresolved;

    // For the Merger: what my cell's history lacks of theirs, the last entry carrying `theirs`.
    QVector<CellChange> entries;
};

// A form property that differs; a merge never overwrites mine.
struct PropertyDifference
{
    Property property = Property::Unit;
    QString mine;
    QString theirs;
};

struct MergeCounts
{
    int rowsAdded = 0;
    int cellsFilled = 0;
    int cellsChanged = 0;
    int conflicts = 0;
    int deletions = 0;
    int rowsKept = 0;

    int total() const
    {
        return rowsAdded + cellsFilled + cellsChanged + conflicts + deletions + rowsKept;
    }
    MergeCounts &operator+=(const MergeCounts &other);
    bool operator==(const MergeCounts &other) const;
};

// What merging one source into a form would do: data, computed without touching the form, for
// the preview, the command line and the Merger.
//
// The rules, per cell, with B the origin value (empty for rows added after the origin), M mine
// and T theirs, compared as MergeText::canonical:
//  - M == T: nothing (white-space-only differences are no difference);
//  - they knew M (M == B, or M is in their history) and I did not know T: take T;
//  - I knew T (T == B, or T is in my history) and they did not know M: keep M;
//  - neither knew the other's value: a conflict;
//  - both knew both (each went back to a value the other had): the later change wins.
// Using the histories, not only the origin, is what keeps repeated merges between two
// colleagues free of conflicts: once I merged T (or kept M over T), T is in my history.
// Their history entries my cell lacks are imported too (`historyOnly` when the value stays).
class MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(MergePlan)

public:
    // Refuses a source of another form (another origin) unless matching by name.
    static Result<MergePlan> compute(const FormFile &mine, const MergeSource &theirs,
                                     const MergeOptions &options = MergeOptions());
    static Result<MergePlan> compute(const MergeSource &mine, const MergeSource &theirs,
                                     const MergeOptions &options = MergeOptions());

    QString theirLabel; // their unit, or their file's name: shown, and used by KeepBoth
    QString theirUnit;
    QString theirFileName;
    QVector<MergeChange> changes;
    QVector<MergeConflict> conflicts;
    QVector<PropertyDifference> propertyDifferences;
    // Their history entries my cells lack although my values stay (kept with my provenance).
    QVector<FormFile::CellWrite> historyOnly;
    // Per attachment, their live rows in their order, as uuids of my form: where added rows go
    // (after the nearest preceding row I have, else before the nearest following one, else
    // at the end).
    QHash<QString, QStringList> theirOrder;
    // Rows that could not be merged (an attachment my form does not have), one sentence each.
    QStringList notes;

    // Accepted changes and all conflicts.
    MergeCounts counts() const;
    // Nothing would change in the form (imports of history aside). A row they deleted that I
    // kept is reported by every merge of their file, but changes nothing.
    bool isEmpty() const;
    int unresolvedConflicts() const;
    // Sets every unresolved conflict to `resolution`.
    void resolveAll(Resolution resolution);
};

} // namespace tianbao
