#pragma once

#include "MergePlan.h"

#include <QPair>
#include <functional>

namespace tianbao {

// What undoing one merge needs: the form's content before it (values of the cells it wrote,
// the rows it added, brought back or deleted).
struct MergeOutcome
{
    struct PreviousCell
    {
        QString rowUuid;
        Field field = Field::Name;
        QString value;
    };

    QString sourceLabel;
    MergeCounts applied;
    QVector<PreviousCell> previousCells;
    QStringList addedRows;
    QStringList restoredRows;
    QVector<QPair<QString, int>> deletedRows; // uuid, live position before the merge

    bool isEmpty() const
    {
        return previousCells.isEmpty() && addedRows.isEmpty() && restoredRows.isEmpty() &&
               deletedRows.isEmpty();
    }
};

// Applies a MergePlan: every accepted change and resolved conflict, in one transaction. Each
// value a merge writes enters the cell's history with its provenance (their unit and time,
// source "merge"), as do their earlier values my cells had not seen.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    // Refuses a plan with unresolved conflicts unless `defaultResolution` settles them. The plan
    // must have been computed from the form as it is now. `keepGoing`, when set, is asked
    // before the writing and again before the commit: false rolls everything back (a big merge
    // applied on a worker can be cancelled).
    static Result<MergeOutcome> apply(FormFile &file, const MergePlan &plan,
                                      Resolution defaultResolution = Resolution::Unresolved,
                                      const std::function<bool()> &keepGoing = {});
    // For batches: also keeps `mine` (the same form in memory) in step, so the next plan needs
    // no reload. With a null `file` it is a dry run that changes only `mine`.
    static Result<MergeOutcome> apply(FormFile *file, MergeSource &mine, const MergePlan &plan,
                                      Resolution defaultResolution = Resolution::Unresolved);

    // Puts back the content before the merge, in one transaction, as new history entries
    // (source "undo"): the history itself is never rewritten.
    static Status undo(FormFile &file, const MergeOutcome &outcome);

    // The value a resolved conflict leaves in the cell.
    static QString resolvedValue(const MergeConflict &conflict, Resolution resolution,
                                 const QString &theirLabel);
};

} // namespace tianbao
