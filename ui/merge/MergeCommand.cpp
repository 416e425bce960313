#include "MergeCommand.h"

#include "FormDocument.h"

namespace tianbao {

namespace {

QString changeKey(const MergeChange &change, bool byName)
{
    return QString::number(int(change.kind)) + QLatin1Char('|') + change.attachmentKey +
           QLatin1Char('|') + (byName ? change.rowName : change.rowUuid) + QLatin1Char('|') +
           fieldKey(change.field);
}

QString conflictKey(const MergeConflict &conflict)
{
    return conflict.rowUuid + QLatin1Char('|') + fieldKey(conflict.field);
}

} // namespace

void carryDecisions(const MergePlan &chosen, MergePlan &fresh)
{
    QHash<QString, bool> accepted;
    for (const MergeChange &change : chosen.changes) {
        accepted.insert(changeKey(change, false), change.accepted);
        // A row a Word reply adds gets a new uuid each time it is planned.
        if (change.kind == MergeChange::Kind::RowAdded)
            accepted.insert(changeKey(change, true), change.accepted);
    }
    for (MergeChange &change : fresh.changes) {
        auto found = accepted.constFind(changeKey(change, false));
        if (found == accepted.constEnd() && change.kind == MergeChange::Kind::RowAdded)
            found = accepted.constFind(changeKey(change, true));
        if (found != accepted.constEnd())
            change.accepted = *found;
    }
    QHash<QString, Resolution> resolutions;
    for (const MergeConflict &conflict : chosen.conflicts)
        resolutions.insert(conflictKey(conflict), conflict.resolution);
    for (MergeConflict &conflict : fresh.conflicts)
        conflict.resolution = resolutions.value(conflictKey(conflict), conflict.resolution);
}

MergeCommand::MergeCommand(FormDocument *document, Writer write, MergeSource source,
                           MergeOptions options, MergePlan chosen, MergeOutcome outcome,
                           const QString &text)
    : QUndoCommand(text), m_document(document), m_write(std::move(write)),
      m_source(std::move(source)), m_options(options), m_chosen(std::move(chosen)),
      m_outcome(std::move(outcome))
{
}

MergeCommand::MergeCommand(FormDocument *document, Writer write, QVector<MergeSource> sources,
                           QStringList errors, BatchOptions options, BatchResult result,
                           const QString &text)
    : QUndoCommand(text), m_document(document), m_write(std::move(write)), m_batch(true),
      m_sources(std::move(sources)), m_errors(std::move(errors)), m_batchOptions(options),
      m_result(std::move(result))
{
}

void MergeCommand::undo()
{
    if (!m_applied)
        return;
    // The worker reads the outcome while this thread waits for it.
    const Status status = m_write(true, [this](FormFile &file) {
        return m_batch ? BatchMerge::undo(file, m_result) : Merger::undo(file, m_outcome);
    });
    if (!status) {
        m_document->reportFailure(status.error());
        return;
    }
    m_applied = false;
    reload();
}

void MergeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (m_applied)
        return;
    // The worker writes the new outcome while this thread waits for it.
    const Status status = m_write(false, [this](FormFile &file) { return reapply(file); });
    if (!status) {
        m_document->reportFailure(status.error());
        return;
    }
    m_applied = true;
    reload();
}

Status MergeCommand::reapply(FormFile &file)
{
    if (!m_batch) {
        Result<MergePlan> plan = MergePlan::compute(file, m_source, m_options);
        if (!plan)
            return Error{plan.error()};
        carryDecisions(m_chosen, plan.value());
        // A conflict the first merge did not have keeps my value: redo never loses a word.
        Result<MergeOutcome> outcome = Merger::apply(file, plan.value(), Resolution::KeepMine);
        if (!outcome)
            return Error{outcome.error()};
        m_outcome = outcome.value();
        return {};
    }
    const BatchResult result = BatchMerge::run(
        file, int(m_sources.size()),
        [this](int index) -> Result<MergeSource> {
            if (!m_errors.value(index).isEmpty())
                return Error{m_errors.at(index)};
            return m_sources.at(index);
        },
        m_batchOptions);
    if (!result.ok())
        return Error{result.error};
    m_result = result;
    return {};
}

void MergeCommand::reload()
{
    for (AttachmentModel *model : m_document->models())
        model->reload();
}

} // namespace tianbao
