#pragma once

#include "GuiTestSupport.h"
#include "form/Form.h"
#include "merge/MergeHooks.h"
#include "store/FormFile.h"

#include <QString>
#include <atomic>
#include <memory>

namespace tianbao::test {

inline const QString Office = QStringLiteral("发展规划处");
inline const QString Pharmacy = QStringLiteral("药学院");
inline const QString Materials = QStringLiteral("材料科学与工程学院");

// The form's content as the file holds it: properties that a merge may not touch, and every
// live row of each attachment in order.
struct Content
{
    QString unit;
    QVector<QVector<Row>> attachments;
    bool operator==(const Content &other) const
    {
        return unit == other.unit && attachments == other.attachments;
    }
};
Content contentOf(const QString &path);

// A copy of the form at `from` saved as `to` (FormFile::saveCopyAs), opened writable for `unit`
// (its 填报单位 set to it).
std::unique_ptr<FormFile> colleagueCopy(const QString &from, const QString &to,
                                        const QString &unit);
QString uuidAt(const FormFile &file, const QString &attachmentKey, int row);
// Sets a cell; REQUIREs success.
void setCell(FormFile &file, const QString &attachmentKey, int row, Field field,
             const QString &value);

// Hooks that answer with `files` and `unit`, and hold the batch worker before source `holdAt`
// (when holdAt >= 0), or the reading of a batch's Word replies (when holdReplies), until
// `release` is set. One `release` lets go of both holds.
struct ScriptedMerge
{
    QStringList files;
    std::optional<QString> unit;
    QStringList unitQuestions;
    int holdAt = -1;
    bool holdReplies = false;
    std::atomic_bool release{false};
    std::atomic_bool holding{false};

    MergeHooks hooks();
};

} // namespace tianbao::test
