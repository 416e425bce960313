#include "Merger.h"

#include "MergeText.h"
#include "util/Clock.h"

#include <QSet>
#include <algorithm>

namespace tianbao {

namespace {

using Kind = MergeChange::Kind;

// A row that enters the live rows: added, or brought back from deletion.
struct Placement
{
    const MergeChange *change = nullptr;
    int position = 0;
};

// The work a plan amounts to, decided before anything is written.
struct Work
{
    QVector<Placement> placements; // in the order they are made
    QVector<FormFile::CellWrite> writes;
    QVector<QPair<QString, int>> deletions; // uuid, live position before the merge
    QVector<MergeOutcome::PreviousCell> previous;
    QHash<QString, QStringList> orderAfter; // per touched attachment: live rows afterwards
    MergeCounts counts;
};

QHash<QString, QStringList> liveOrder(const MergeSource &mine)
{
    QHash<QString, QVector<const MergeSource::SourceRow *>> rows;
    for (const MergeSource::SourceRow &row : mine.rows) {
        if (!row.deleted)
            rows[row.attachmentKey].append(&row);
    }
    QHash<QString, QStringList> order;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const auto *a, const auto *b) { return a->position < b->position; });
        QStringList &list = order[it.key()];
        for (const auto *row : std::as_const(*it))
            list.append(row->uuid);
    }
    return order;
}

Work plan(const MergePlan &mergePlan, Resolution defaultResolution,
          const std::function<QStringList(const QString &)> &orderOf)
{
    Work work;
    const QString mergeKey = changeSourceKey(ChangeSource::Merge);
    QHash<QString, QStringList> before;
    auto order = [&](const QString &key) -> QStringList & {
        if (!work.orderAfter.contains(key)) {
            before.insert(key, orderOf(key));
            work.orderAfter.insert(key, before.value(key));
        }
        return work.orderAfter[key];
    };

    // Rows entering the form go after the nearest preceding row (in their order) that I have.
    QHash<QString, const MergeChange *> toPlace;
    for (const MergeChange &change : mergePlan.changes) {
        if (!change.accepted)
            continue;
        if (change.kind == Kind::RowAdded || (change.kind == Kind::RowKept && change.deletedByMe))
            toPlace.insert(change.rowUuid, &change);
    }
    auto place = [&](const MergeChange *change, const QStringList &theirs, int index) {
        QStringList &mine = order(change->attachmentKey);
        int position = mine.size();
        bool found = false;
        for (int i = index - 1; i >= 0 && !found; --i) {
            const int at = mine.indexOf(theirs.at(i));
            if (at >= 0) {
                position = at + 1;
                found = true;
            }
        }
        for (int i = index + 1; i < theirs.size() && !found; ++i) {
            const int at = mine.indexOf(theirs.at(i));
            if (at >= 0) {
                position = at;
                found = true;
            }
        }
        mine.insert(position, change->rowUuid);
        work.placements.append({change, position});
    };
    for (auto it = mergePlan.theirOrder.begin(); it != mergePlan.theirOrder.end(); ++it) {
        const QStringList &theirs = it.value();
        for (int i = 0; i < theirs.size(); ++i) {
            if (const MergeChange *change = toPlace.take(theirs.at(i)))
                place(change, theirs, i);
        }
    }
    for (const MergeChange &change : mergePlan.changes) {
        if (toPlace.contains(change.rowUuid))
            place(toPlace.take(change.rowUuid), {}, 0);
    }

    for (const MergeChange &change : mergePlan.changes) {
        if (change.kind == Kind::RowAdded && change.accepted && change.restoresTombstone) {
            for (Field field : AllFields) {
                const QVector<CellChange> &entries = change.histories[fieldIndex(field)];
                if (entries.isEmpty())
                    continue;
                work.writes.append(
                    {change.rowUuid, field, change.row.value(field), entries, false});
                work.previous.append({change.rowUuid, field, change.before.value(field)});
            }
        }
        if (change.isCell() && change.accepted) {
            work.writes.append(
                {change.rowUuid, change.field, change.theirs, change.entries, false});
            work.previous.append({change.rowUuid, change.field, change.mine});
        }
        const bool deletes =
            (change.kind == Kind::RowDeleted && change.accepted) ||
            (change.kind == Kind::RowKept && !change.deletedByMe && !change.accepted);
        if (deletes) {
            order(change.attachmentKey).removeAll(change.rowUuid);
            work.deletions.append(
                {change.rowUuid, int(before.value(change.attachmentKey).indexOf(change.rowUuid))});
        }
    }
    for (const MergeConflict &conflict : mergePlan.conflicts) {
        const Resolution resolution =
            conflict.resolution == Resolution::Unresolved ? defaultResolution : conflict.resolution;
        FormFile::CellWrite write{conflict.rowUuid, conflict.field, conflict.mine, conflict.entries,
                                  false};
        switch (resolution) {
        case Resolution::Unresolved:
            continue;
        case Resolution::KeepMine:
            write.keepProvenance = true;
            break;
        case Resolution::TakeTheirs:
            write.value = conflict.theirs;
            break;
        case Resolution::KeepBoth:
            write.value =
                Merger::resolvedValue(conflict, Resolution::KeepBoth, mergePlan.theirLabel);
            write.entries.append(
                {write.value, conflict.theirUnit, Clock::currentDateTimeUtc(), mergeKey});
            break;
        }
        if (!write.keepProvenance)
            work.previous.append({conflict.rowUuid, conflict.field, conflict.mine});
        work.writes.append(write);
    }
    work.writes += mergePlan.historyOnly;
    work.counts = mergePlan.counts();
    return work;
}

Status writeToFile(FormFile &file, const Work &work)
{
    for (const Placement &placement : work.placements) {
        const MergeChange &change = *placement.change;
        if (change.kind == Kind::RowAdded && !change.restoresTombstone) {
            auto inserted = file.insertRowWithHistory(
                change.attachmentKey, placement.position, change.row, change.histories, change.unit,
                change.at.isValid() ? change.at : Clock::currentDateTimeUtc());
            if (!inserted)
                return Error{inserted.error()};
        } else if (Status restored =
                       file.restoreRow(change.rowUuid, placement.position, ChangeSource::Merge);
                   !restored) {
            return restored;
        }
    }
    if (Status written = file.writeCells(work.writes); !written)
        return written;
    for (const auto &deletion : work.deletions) {
        if (Status deleted = file.deleteRow(deletion.first, ChangeSource::Merge); !deleted)
            return deleted;
    }
    return {};
}

void writeToSnapshot(MergeSource &mine, const Work &work)
{
    for (const Placement &placement : work.placements) {
        const MergeChange &change = *placement.change;
        if (MergeSource::SourceRow *row = mine.find(change.rowUuid)) {
            row->deleted = false;
            row->deletedByUndo = false;
            continue;
        }
        MergeSource::SourceRow row;
        row.uuid = change.rowUuid;
        row.attachmentKey = change.attachmentKey;
        row.createdUnit = change.unit;
        row.createdAt = change.at;
        for (Field field : AllFields) {
            MergeSource::Cell &cell = row.cells[fieldIndex(field)];
            cell.value = change.row.value(field);
            cell.history = change.histories[fieldIndex(field)];
        }
        mine.rows.append(row);
    }
    mine.reindex();
    for (const FormFile::CellWrite &write : work.writes) {
        MergeSource::SourceRow *row = mine.find(write.rowUuid);
        if (!row)
            continue;
        MergeSource::Cell &cell = row->cells[fieldIndex(write.field)];
        if (write.keepProvenance && !cell.history.isEmpty()) {
            const CellChange last = cell.history.takeLast();
            cell.history += write.entries;
            cell.history.append(last);
        } else {
            if (!write.keepProvenance)
                cell.value = write.value;
            cell.history += write.entries;
        }
    }
    for (const auto &deletion : work.deletions) {
        if (MergeSource::SourceRow *row = mine.find(deletion.first))
            row->deleted = true;
    }
    for (auto it = work.orderAfter.begin(); it != work.orderAfter.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (MergeSource::SourceRow *row = mine.find(it->at(i)))
                row->position = i;
        }
    }
}

MergeOutcome outcomeOf(const MergePlan &plan, const Work &work)
{
    MergeOutcome outcome;
    outcome.sourceLabel = plan.theirLabel;
    outcome.applied = work.counts;
    outcome.previousCells = work.previous;
    for (const Placement &placement : work.placements) {
        if (placement.change->kind == Kind::RowAdded && !placement.change->restoresTombstone)
            outcome.addedRows.append(placement.change->rowUuid);
        else
            outcome.restoredRows.append(placement.change->rowUuid);
    }
    outcome.deletedRows = work.deletions;
    return outcome;
}

} // namespace

Result<MergeOutcome> Merger::apply(FormFile &file, const MergePlan &plan,
                                   Resolution defaultResolution,
                                   const std::function<bool()> &keepGoing)
{
    if (plan.unresolvedConflicts() > 0 && defaultResolution == Resolution::Unresolved)
        return Error{tr("%n conflict(s) are not resolved, so nothing was merged.", nullptr,
                        plan.unresolvedConflicts())};
    const Work work = ::tianbao::plan(plan, defaultResolution,
                                      [&](const QString &key) { return file.liveRowUuids(key); });
    const auto cancelled = [&] { return keepGoing && !keepGoing(); };
    Status status = file.transaction([&]() -> Status {
        if (cancelled())
            return Error{tr("The merge was cancelled; nothing was merged.")};
        if (Status written = writeToFile(file, work); !written)
            return written;
        if (cancelled()) // the transaction rolls back what was written
            return Error{tr("The merge was cancelled; nothing was merged.")};
        return {};
    });
    if (!status)
        return Error{status.error()};
    return outcomeOf(plan, work);
}

Result<MergeOutcome> Merger::apply(FormFile *file, MergeSource &mine, const MergePlan &plan,
                                   Resolution defaultResolution)
{
    if (plan.unresolvedConflicts() > 0 && defaultResolution == Resolution::Unresolved)
        return Error{tr("%n conflict(s) are not resolved, so nothing was merged.", nullptr,
                        plan.unresolvedConflicts())};
    QHash<QString, QStringList> order;
    bool ordered = false;
    const Work work = ::tianbao::plan(plan, defaultResolution, [&](const QString &key) {
        if (!ordered) {
            order = liveOrder(mine);
            ordered = true;
        }
        return order.value(key);
    });
    if (file) {
        Status status = file->transaction([&] { return writeToFile(*file, work); });
        if (!status)
            return Error{status.error()};
    }
    writeToSnapshot(mine, work);
    return outcomeOf(plan, work);
}

Status Merger::undo(FormFile &file, const MergeOutcome &outcome)
{
    return file.transaction([&]() -> Status {
        for (auto it = outcome.addedRows.crbegin(); it != outcome.addedRows.crend(); ++it) {
            if (Status status = file.deleteRow(*it, ChangeSource::Undo); !status)
                return status;
        }
        for (const QString &uuid : outcome.restoredRows) {
            if (Status status = file.deleteRow(uuid, ChangeSource::Undo); !status)
                return status;
        }
        QVector<QPair<QString, int>> deleted = outcome.deletedRows;
        std::sort(deleted.begin(), deleted.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
        for (const auto &[uuid, position] : std::as_const(deleted)) {
            if (Status status = file.restoreRow(uuid, position, ChangeSource::Undo); !status)
                return status;
        }
        for (auto it = outcome.previousCells.crbegin(); it != outcome.previousCells.crend(); ++it) {
            if (Status status = file.setCell(it->rowUuid, it->field, it->value, ChangeSource::Undo);
                !status)
                return status;
        }
        return {};
    });
}

QString Merger::resolvedValue(const MergeConflict &conflict, Resolution resolution,
                              const QString &theirLabel)
{
    switch (resolution) {
    case Resolution::TakeTheirs:
        return conflict.theirs;
    case Resolution::KeepBoth:
        return MergeText::keepBoth(conflict.mine, conflict.theirs, theirLabel);
    case Resolution::Unresolved:
    case Resolution::KeepMine:
        break;
    }
    return conflict.mine;
}

} // namespace tianbao
