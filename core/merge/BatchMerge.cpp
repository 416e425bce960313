#include "BatchMerge.h"

#include "form/UnitsCell.h"

#include <QFileInfo>

namespace tianbao {

BatchResult BatchMerge::run(FormFile &target, const QStringList &paths, const BatchOptions &options,
                            const Progress &progress)
{
    const QString origin = target.properties().originUuid;
    return run(
        target, int(paths.size()),
        [&](int index) {
            Result<MergeSource> source = MergeSource::fromFile(paths.at(index), origin);
            if (!source)
                return source;
            source->fileName = QFileInfo(paths.at(index)).fileName();
            return source;
        },
        options, progress);
}

BatchResult BatchMerge::run(FormFile &target, int count, const Loader &load,
                            const BatchOptions &options, const Progress &progress)
{
    BatchResult result;
    MergeSource mine = MergeSource::fromFormFile(target);
    const QString cancelled = tr("The merge was cancelled; nothing was merged.");

    auto work = [&]() -> Status {
        if (progress && !progress(0, count, QString())) {
            result.cancelled = true;
            return Error{cancelled};
        }
        for (int i = 0; i < count; ++i) {
            BatchItem item;
            Result<MergeSource> source = load(i);
            if (!source) {
                item.error = source.error();
            } else {
                item.fileName = source->fileName;
                item.unit = source->unit;
                item.noNewProjects = source->properties.noNewProjects;
                Result<MergePlan> plan = MergePlan::compute(mine, *source, options.match);
                if (!plan) {
                    item.error = plan.error();
                } else {
                    item.counts = plan->counts();
                    item.conflicts = plan->conflicts;
                    item.propertyDifferences = plan->propertyDifferences;
                    item.unresolvedConflicts = plan->unresolvedConflicts();
                    if (item.unresolvedConflicts > 0 &&
                        options.onConflict == Resolution::Unresolved) {
                        item.error = tr("%n conflict(s) are not resolved, so it was not merged.",
                                        nullptr, item.unresolvedConflicts);
                    } else {
                        Result<MergeOutcome> outcome = Merger::apply(
                            options.dryRun ? nullptr : &target, mine, *plan, options.onConflict);
                        if (!outcome)
                            return Error{outcome.error()};
                        item.merged = true;
                        result.total += item.counts;
                        result.outcomes.append(outcome.value());
                    }
                }
            }
            result.items.append(item);
            const QString label = item.unit.isEmpty() ? item.fileName : item.unit;
            if (progress && !progress(i + 1, count, label)) {
                result.cancelled = true;
                return Error{cancelled};
            }
        }
        return {};
    };

    const Status status = options.dryRun ? work() : target.transaction(work);
    if (!status) {
        if (!result.cancelled)
            result.error = status.error();
        for (BatchItem &item : result.items)
            item.merged = false;
        result.outcomes.clear();
        result.total = MergeCounts();
    }
    const Form form = options.dryRun && status ? mine.toForm() : target.load();
    for (BatchItem &item : result.items) {
        if (item.unit.trimmed().isEmpty())
            continue;
        const CompletenessCheck::Summary summary = unitCompleteness(form, item.unit);
        item.unitRows = summary.rows;
        item.unitCompleteRows = summary.completeRows;
    }
    return result;
}

Status BatchMerge::undo(FormFile &target, const BatchResult &result)
{
    return target.transaction([&]() -> Status {
        for (auto it = result.outcomes.crbegin(); it != result.outcomes.crend(); ++it) {
            if (Status status = Merger::undo(target, *it); !status)
                return status;
        }
        return {};
    });
}

CompletenessCheck::Summary BatchMerge::unitCompleteness(const Form &form, const QString &unit)
{
    Form own = form;
    for (Attachment &attachment : own.attachments) {
        QVector<Row> rows;
        for (const Row &row : std::as_const(attachment.rows)) {
            if (UnitsCell::includesUnit(row.value(Field::Units), unit))
                rows.append(row);
        }
        attachment.rows = rows;
    }
    own.properties.noNewProjects = true; // only the unit's rows are asked about here
    return CompletenessCheck::run(own);
}

} // namespace tianbao
