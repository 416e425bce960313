#include "MergePlan.h"

#include "MergeText.h"
#include "util/Clock.h"

#include <QUuid>
#include <algorithm>

namespace tianbao {

using MergeText::canonical;
using SourceRow = MergeSource::SourceRow;
using Cell = MergeSource::Cell;

MergeCounts &MergeCounts::operator+=(const MergeCounts &other)
{
    rowsAdded += other.rowsAdded;
    cellsFilled += other.cellsFilled;
    cellsChanged += other.cellsChanged;
    conflicts += other.conflicts;
    deletions += other.deletions;
    rowsKept += other.rowsKept;
    return *this;
}

bool MergeCounts::operator==(const MergeCounts &other) const
{
    return rowsAdded == other.rowsAdded && cellsFilled == other.cellsFilled &&
           cellsChanged == other.cellsChanged && conflicts == other.conflicts &&
           deletions == other.deletions && rowsKept == other.rowsKept;
}

namespace {

enum class Decision
{
    Same,
    KeepMine,
    TakeTheirs,
    Conflict
};
enum class CellMode
{
    Full,
    HistoryOnly
};

class Planner
{
public:
    Planner(const MergeSource &mine, const MergeSource &theirs, const MergeOptions &options,
            MergePlan &plan)
        : m_mine(mine), m_theirs(theirs), m_options(options), m_plan(plan),
          m_now(Clock::currentDateTimeUtc()), m_mergeKey(changeSourceKey(ChangeSource::Merge))
    {
    }

    void run()
    {
        matchRows();
        for (int i = 0; i < m_theirs.rows.size(); ++i) {
            const SourceRow &t = m_theirs.rows.at(i);
            if (!m_mine.hasAttachment(t.attachmentKey)) {
                if (!t.deleted)
                    m_plan.notes << MergePlan::tr("The row “%1” is in an attachment (%2) this "
                                                  "form does not have, so it was left out.")
                                        .arg(t.value(Field::Name), t.attachmentKey);
                continue;
            }
            const int mi = m_match.value(i, -1);
            const SourceRow *m = mi >= 0 ? &m_mine.rows.at(mi) : nullptr;
            if (!m || m->deletedByUndo) {
                if (!t.deleted)
                    addRow(i, t, m);
                continue;
            }
            m_myUuid[i] = m->uuid;
            // Unchanged since the origin we share: it has nothing to tell.
            if (!t.outlineOnly)
                mergePair(*m, t);
        }
        buildTheirOrder();
        compareProperties();
    }

private:
    void matchRows()
    {
        QVector<bool> used(m_mine.rows.size(), false);
        QVector<int> byName;
        for (int i = 0; i < m_theirs.rows.size(); ++i) {
            const SourceRow &t = m_theirs.rows.at(i);
            const SourceRow *m = m_mine.find(t.uuid);
            if (m && (!m_options.matchByName || m->attachmentKey == t.attachmentKey)) {
                const int mi = int(m - m_mine.rows.constData());
                m_match.insert(i, mi);
                used[mi] = true;
            } else if (m_options.matchByName || t.uuid.isEmpty()) {
                byName.append(i);
            }
        }
        if (byName.isEmpty())
            return;
        QHash<QString, QVector<int>> mineByName;
        for (int mi = 0; mi < m_mine.rows.size(); ++mi) {
            const SourceRow &m = m_mine.rows.at(mi);
            if (!used.at(mi))
                mineByName[m.attachmentKey + QChar(0x1e) + m.nameKey()].append(mi);
        }
        for (int i : std::as_const(byName)) {
            const SourceRow &t = m_theirs.rows.at(i);
            auto it = mineByName.find(t.attachmentKey + QChar(0x1e) + t.nameKey());
            if (it == mineByName.end() || it->isEmpty())
                continue;
            m_match.insert(i, it->takeFirst());
        }
    }

    // Their history entries my cell has not seen, and (withFinal) a last entry carrying their
    // value with the unit and time of its last change.
    QVector<CellChange> imported(const Cell &theirs, const QSet<QString> &mySeen,
                                 bool withFinal) const
    {
        const QString value = canonical(theirs.value);
        const int count = theirs.history.size();
        const bool lastCarries = count > 0 && canonical(theirs.history.last().value) == value;
        QVector<CellChange> entries;
        QSet<QString> added;
        for (int i = 0; i < count; ++i) {
            const CellChange &entry = theirs.history.at(i);
            const QString text = canonical(entry.value);
            if (mySeen.contains(text) || added.contains(text) || (withFinal && text == value))
                continue;
            added.insert(text);
            entries.append({entry.value, entry.unit, entry.at, m_mergeKey});
        }
        if (withFinal) {
            if (lastCarries)
                entries.append({theirs.value, theirs.history.last().unit, theirs.history.last().at,
                                m_mergeKey});
            else
                entries.append({theirs.value, m_theirs.unit, m_now, m_mergeKey});
        }
        return entries;
    }

    QSet<QString> theirSeen(const Cell &cell) const
    {
        if (m_theirs.isReply)
            return {canonical(cell.value)};
        return MergeText::seenValues(cell.history);
    }

    static QString baseOf(const Cell &mine, const Cell &theirs)
    {
        if (!mine.origin)
            return QString();
        if (theirs.origin && !MergeText::equivalent(*theirs.origin, *mine.origin))
            return QString();
        return canonical(*mine.origin);
    }

    Decision decide(const Cell &mine, const Cell &theirs, const QSet<QString> &mySeen,
                    const QSet<QString> &theirSeenValues) const
    {
        const QString m = canonical(mine.value);
        const QString t = canonical(theirs.value);
        if (m == t)
            return Decision::Same;
        const QString base = baseOf(mine, theirs);
        const bool theyKnewMine = m == base || theirSeenValues.contains(m);
        const bool iKnewTheirs = t == base || mySeen.contains(t);
        if (theyKnewMine && !iKnewTheirs)
            return Decision::TakeTheirs;
        if (iKnewTheirs && !theyKnewMine)
            return Decision::KeepMine;
        if (!theyKnewMine && !iKnewTheirs)
            return Decision::Conflict;
        // Each went back to a value the other had: the later change wins.
        return theirs.at() > mine.at() ? Decision::TakeTheirs : Decision::KeepMine;
    }

    // True when `knower` has seen every value of `row`'s cells (or they are the origin's).
    bool knowsAll(const SourceRow &row, const SourceRow &knower, bool knowerIsTheirs) const
    {
        for (Field field : AllFields) {
            const Cell &cell = row.cells[fieldIndex(field)];
            const Cell &other = knower.cells[fieldIndex(field)];
            const QString value = canonical(cell.value);
            if (value == canonical(other.value))
                continue;
            const QString base = knowerIsTheirs ? baseOf(cell, other) : baseOf(other, cell);
            if (value == base)
                continue;
            const QSet<QString> seen =
                knowerIsTheirs ? theirSeen(other) : MergeText::seenValues(other.history);
            if (!seen.contains(value))
                return false;
        }
        return true;
    }

    void addHistoryOnly(const SourceRow &mine, Field field, QVector<CellChange> entries)
    {
        if (entries.isEmpty())
            return;
        const Cell &cell = mine.cells[fieldIndex(field)];
        // A cell without history has no provenance entry to stay last: give it one.
        if (cell.history.isEmpty())
            entries.append({cell.value, m_mine.unit, m_now, m_mergeKey});
        FormFile::CellWrite write;
        write.rowUuid = mine.uuid;
        write.field = field;
        write.value = cell.value;
        write.entries = entries;
        write.keepProvenance = true;
        m_plan.historyOnly.append(write);
    }

    // The common case, cheaply: the same text, and nothing in their history I lack.
    static bool nothingToLearn(const Cell &mine, const Cell &theirs)
    {
        if (mine.value != theirs.value)
            return false;
        return std::all_of(theirs.history.begin(), theirs.history.end(),
                           [&](const CellChange &entry) {
                               return std::any_of(mine.history.begin(), mine.history.end(),
                                                  [&](const CellChange &known) {
                                                      return known.value == entry.value;
                                                  });
                           });
    }

    void mergeCells(const SourceRow &mine, const SourceRow &theirs, CellMode mode)
    {
        for (Field field : AllFields) {
            const Cell &m = mine.cells[fieldIndex(field)];
            const Cell &t = theirs.cells[fieldIndex(field)];
            if (nothingToLearn(m, t))
                continue;
            const QSet<QString> mySeen = MergeText::seenValues(m.history);
            if (mode == CellMode::HistoryOnly) {
                addHistoryOnly(mine, field, imported(t, mySeen, false));
                continue;
            }
            switch (decide(m, t, mySeen, theirSeen(t))) {
            case Decision::Same:
            case Decision::KeepMine:
                addHistoryOnly(mine, field, imported(t, mySeen, false));
                break;
            case Decision::TakeTheirs: {
                MergeChange change =
                    rowChange(mine, canonical(m.value).isEmpty() ? MergeChange::Kind::CellFilled
                                                                 : MergeChange::Kind::CellChanged);
                change.field = field;
                change.mine = m.value;
                change.theirs = t.value;
                change.entries = imported(t, mySeen, true);
                change.unit = change.entries.last().unit;
                change.at = change.entries.last().at;
                m_plan.changes.append(change);
                break;
            }
            case Decision::Conflict: {
                MergeConflict conflict;
                conflict.attachmentKey = mine.attachmentKey;
                conflict.rowUuid = mine.uuid;
                conflict.rowName = mine.value(Field::Name);
                conflict.seq = seqOf(mine);
                conflict.field = field;
                conflict.mine = m.value;
                conflict.theirs = t.value;
                conflict.entries = imported(t, mySeen, true);
                conflict.theirUnit = conflict.entries.last().unit;
                conflict.theirAt = conflict.entries.last().at;
                conflict.myUnit = m.history.isEmpty() ? m_mine.unit : m.unit();
                conflict.myAt = m.at();
                m_plan.conflicts.append(conflict);
                break;
            }
            }
        }
    }

    static int seqOf(const SourceRow &row) { return row.deleted ? 0 : row.position + 1; }

    MergeChange rowChange(const SourceRow &mine, MergeChange::Kind kind) const
    {
        MergeChange change;
        change.kind = kind;
        change.attachmentKey = mine.attachmentKey;
        change.rowUuid = mine.uuid;
        change.rowName = mine.value(Field::Name);
        change.seq = seqOf(mine);
        change.unit = m_theirs.unit;
        return change;
    }

    void mergePair(const SourceRow &mine, const SourceRow &theirs)
    {
        if (!mine.deleted && !theirs.deleted) {
            mergeCells(mine, theirs, CellMode::Full);
        } else if (theirs.deleted && !mine.deleted) {
            if (knowsAll(mine, theirs, true)) {
                m_plan.changes.append(rowChange(mine, MergeChange::Kind::RowDeleted));
                mergeCells(mine, theirs, CellMode::HistoryOnly);
            } else {
                MergeChange kept = rowChange(mine, MergeChange::Kind::RowKept);
                kept.deletedByMe = false;
                m_plan.changes.append(kept);
                mergeCells(mine, theirs, CellMode::Full);
            }
        } else if (mine.deleted && !theirs.deleted) {
            if (knowsAll(theirs, mine, false)) {
                mergeCells(mine, theirs, CellMode::HistoryOnly);
            } else {
                MergeChange kept = rowChange(mine, MergeChange::Kind::RowKept);
                kept.deletedByMe = true;
                m_plan.changes.append(kept);
                mergeCells(mine, theirs, CellMode::Full);
            }
        } else {
            mergeCells(mine, theirs, CellMode::HistoryOnly);
        }
    }

    void addRow(int index, const SourceRow &theirs, const SourceRow *tombstone)
    {
        MergeChange change;
        change.kind = MergeChange::Kind::RowAdded;
        change.attachmentKey = tombstone ? tombstone->attachmentKey : theirs.attachmentKey;
        change.rowUuid = tombstone ? tombstone->uuid
                         : theirs.uuid.isEmpty()
                             ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : theirs.uuid;
        change.rowName = theirs.value(Field::Name);
        change.row = theirs.row();
        change.row.uuid = change.rowUuid;
        change.unit = theirs.createdUnit.isEmpty() ? m_theirs.unit : theirs.createdUnit;
        change.at = theirs.createdAt;
        change.restoresTombstone = tombstone != nullptr;
        for (Field field : AllFields) {
            const Cell &t = theirs.cells[fieldIndex(field)];
            if (tombstone) {
                const Cell &m = tombstone->cells[fieldIndex(field)];
                const QSet<QString> mySeen = MergeText::seenValues(m.history);
                if (canonical(m.value) != canonical(t.value))
                    change.histories[fieldIndex(field)] = imported(t, mySeen, true);
                else
                    addHistoryOnly(*tombstone, field, imported(t, mySeen, false));
            } else if (!t.value.isEmpty() || !t.history.isEmpty()) {
                change.histories[fieldIndex(field)] = imported(t, {}, true);
            }
        }
        if (tombstone)
            change.before = tombstone->row();
        m_myUuid[index] = change.rowUuid;
        m_plan.changes.append(change);
    }

    void buildTheirOrder()
    {
        QVector<int> live;
        for (int i = 0; i < m_theirs.rows.size(); ++i) {
            if (!m_theirs.rows.at(i).deleted && m_myUuid.contains(i))
                live.append(i);
        }
        std::stable_sort(live.begin(), live.end(), [&](int a, int b) {
            return m_theirs.rows.at(a).position < m_theirs.rows.at(b).position;
        });
        for (int i : std::as_const(live)) {
            const QString &uuid = m_myUuid.value(i);
            const SourceRow *mine = m_mine.find(uuid);
            const QString key = mine ? mine->attachmentKey : m_theirs.rows.at(i).attachmentKey;
            m_plan.theirOrder[key].append(uuid);
        }
    }

    void compareProperties()
    {
        const FormProperties &mine = m_mine.properties;
        const FormProperties &theirs = m_theirs.properties;
        if (!theirs.unit.trimmed().isEmpty() && theirs.unit.trimmed() != mine.unit.trimmed())
            m_plan.propertyDifferences.append({Property::Unit, mine.unit, theirs.unit});
        if (theirs.signDate.isValid() && theirs.signDate != mine.signDate)
            m_plan.propertyDifferences.append({Property::SignDate,
                                               mine.signDate.toString(Qt::ISODate),
                                               theirs.signDate.toString(Qt::ISODate)});
        if (theirs.noNewProjects != mine.noNewProjects) {
            auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
            m_plan.propertyDifferences.append(
                {Property::NoNewProjects, flag(mine.noNewProjects), flag(theirs.noNewProjects)});
        }
    }

    const MergeSource &m_mine;
    const MergeSource &m_theirs;
    const MergeOptions &m_options;
    MergePlan &m_plan;
    const QDateTime m_now;
    const QString m_mergeKey;
    QHash<int, int> m_match;      // their row → my row
    QHash<int, QString> m_myUuid; // their row → its uuid in my form
};

} // namespace

Result<MergePlan> MergePlan::compute(const FormFile &mine, const MergeSource &theirs,
                                     const MergeOptions &options)
{
    return compute(MergeSource::fromFormFile(mine), theirs, options);
}

Result<MergePlan> MergePlan::compute(const MergeSource &mine, const MergeSource &theirs,
                                     const MergeOptions &options)
{
    const QString myOrigin = mine.properties.originUuid;
    const QString theirOrigin = theirs.properties.originUuid;
    if (!options.matchByName && !myOrigin.isEmpty() && !theirOrigin.isEmpty() &&
        myOrigin != theirOrigin)
        return Error{tr("“%1” is not a copy of this form, so its rows cannot be matched; merge "
                        "it by project name instead.")
                         .arg(theirs.fileName.isEmpty() ? theirs.label() : theirs.fileName)};
    MergePlan plan;
    plan.theirUnit = theirs.unit;
    plan.theirLabel = theirs.label();
    plan.theirFileName = theirs.fileName;
    Planner(mine, theirs, options, plan).run();
    return plan;
}

MergeCounts MergePlan::counts() const
{
    MergeCounts counts;
    for (const MergeChange &change : changes) {
        if (!change.accepted)
            continue;
        switch (change.kind) {
        case MergeChange::Kind::RowAdded:
            ++counts.rowsAdded;
            break;
        case MergeChange::Kind::CellFilled:
            ++counts.cellsFilled;
            break;
        case MergeChange::Kind::CellChanged:
            ++counts.cellsChanged;
            break;
        case MergeChange::Kind::RowDeleted:
            ++counts.deletions;
            break;
        case MergeChange::Kind::RowKept:
            ++counts.rowsKept;
            break;
        }
    }
    counts.conflicts = conflicts.size();
    return counts;
}

bool MergePlan::isEmpty() const
{
    return conflicts.isEmpty() &&
           std::all_of(changes.begin(), changes.end(), [](const MergeChange &change) {
               return change.kind == MergeChange::Kind::RowKept && !change.deletedByMe;
           });
}

int MergePlan::unresolvedConflicts() const
{
    return int(std::count_if(conflicts.begin(), conflicts.end(), [](const MergeConflict &c) {
        return c.resolution == Resolution::Unresolved;
    }));
}

void MergePlan::resolveAll(Resolution resolution)
{
    for (MergeConflict &conflict : conflicts) {
        if (conflict.resolution == Resolution::Unresolved)
            conflict.resolution = resolution;
    }
}

} // namespace tianbao
