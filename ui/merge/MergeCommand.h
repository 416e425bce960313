#pragma once

#include "merge/BatchMerge.h"

#include <QUndoCommand>
#include <functional>

namespace tianbao {

class FormDocument;

// Carries the choices made on `chosen` (unticked changes, conflict resolutions) over to
// `fresh`, a plan of the same source computed again. Conflicts `chosen` did not have stay
// unresolved.
void carryDecisions(const MergePlan &chosen, MergePlan &fresh);

// A merge as one undo step. It is pushed after the merge is in the file, so its first redo
// does nothing. Undo puts back the content before the merge (Merger::undo, BatchMerge::undo);
// redo plans the same sources again against the form as the undo left it and applies them
// with the same choices, so rows an undo removed come back instead of being added twice.
//
// Both write through `write`, which runs them on a worker and returns when they are done
// (MergeController::writeAndWait), so a big merge's undo does not freeze the window.
class MergeCommand : public QUndoCommand
{
public:
    // Runs `work` against the form, `undoing` (else redoing); returns how it went.
    using Writer =
        std::function<Status(bool undoing, const std::function<Status(FormFile &)> &work)>;

    // One source, merged as `chosen` says.
    MergeCommand(FormDocument *document, Writer write, MergeSource source, MergeOptions options,
                 MergePlan chosen, MergeOutcome outcome, const QString &text);
    // A batch; `sources[i]` is empty where `errors[i]` says why it could not be read.
    MergeCommand(FormDocument *document, Writer write, QVector<MergeSource> sources,
                 QStringList errors, BatchOptions options, BatchResult result, const QString &text);

    void undo() override;
    void redo() override;

private:
    Status reapply(FormFile &file);
    void reload();

    FormDocument *m_document;
    Writer m_write;
    bool m_batch = false;
    // One source.
    MergeSource m_source;
    MergeOptions m_options;
    MergePlan m_chosen;
    MergeOutcome m_outcome;
    // A batch.
    QVector<MergeSource> m_sources;
    QStringList m_errors;
    BatchOptions m_batchOptions;
    BatchResult m_result;

    bool m_applied = true;
    bool m_firstRedo = true;
};

} // namespace tianbao
