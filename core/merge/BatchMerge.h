#pragma once

#include "Merger.h"
#include "form/CompletenessCheck.h"

#include <functional>

namespace tianbao {

struct BatchOptions
{
    MergeOptions match;
    // How conflicts are settled; Unresolved skips a source that has any.
    Resolution onConflict = Resolution::Unresolved;
    // Plans and applies in memory only: the form is not touched.
    bool dryRun = false;
};

// One source of a batch: a line of the office's checklist.
struct BatchItem
{
    QString fileName;
    QString unit;
    bool merged = false;
    QString error; // why it was not merged, one sentence
    MergeCounts counts;
    int unresolvedConflicts = 0;
    QVector<MergeConflict> conflicts;
    QVector<PropertyDifference> propertyDifferences;
    bool noNewProjects = false; // the unit answered 附件2 with 无
    // The unit's rows in the merged form (rows whose 校内单位 names it) and how many of them
    // have both 进展与成效 and 计划要点 filled.
    int unitRows = 0;
    int unitCompleteRows = 0;
};

struct BatchResult
{
    QVector<BatchItem> items;
    QVector<MergeOutcome> outcomes; // of the merged sources, in order: for undo
    MergeCounts total;
    bool cancelled = false; // nothing was merged
    QString error;          // the form could not be written: nothing was merged
    bool ok() const { return !cancelled && error.isEmpty(); }
};

// Merges many sources into one form in sequence, in one transaction: the office merging the
// replies of 30+ units. Each source is planned against the form as the previous ones left it,
// in memory, so the form is read once.
class BatchMerge
{
    Q_DECLARE_TR_FUNCTIONS(BatchMerge)

public:
    // Called before each source (done of total) and once at the end; returning false cancels,
    // and a cancelled batch changes nothing.
    using Progress = std::function<bool(int done, int total, const QString &current)>;
    // Loads source `index` (a .tianbao file, a Word reply…).
    using Loader = std::function<Result<MergeSource>(int index)>;

    static BatchResult run(FormFile &target, const QStringList &paths,
                           const BatchOptions &options = BatchOptions(),
                           const Progress &progress = Progress());
    static BatchResult run(FormFile &target, int count, const Loader &load,
                           const BatchOptions &options = BatchOptions(),
                           const Progress &progress = Progress());

    // Undoes a whole batch, last source first, in one transaction.
    static Status undo(FormFile &target, const BatchResult &result);

    // A unit's rows in `form` and how many are complete (CompletenessCheck on them).
    static CompletenessCheck::Summary unitCompleteness(const Form &form, const QString &unit);
};

} // namespace tianbao
