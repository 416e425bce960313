#pragma once

#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "merge/BatchMerge.h"
#include "store/FormFile.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <memory>

namespace tianbao::test {

inline const QString Office = QStringLiteral("发展规划处");
inline const QString Materials = QStringLiteral("材料科学与工程学院");
inline const QString Pharmacy = QStringLiteral("药学院");
inline const QString Rural = QStringLiteral("乡村振兴学院");

// A temporary folder, a form made from the notice, and a clock that stands still until told.
class MergeFixture
{
public:
    // Scratch files live in memory (/dev/shm) where there is one: every FormFile edit is a
    // synced commit, and the randomised test makes thousands.
    MergeFixture();
    ~MergeFixture();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<FormFile> base(const QString &name = QStringLiteral("base.tianbao"),
                                   const Form &form = FormTemplate::notice2023());
    // A copy of `from` (as a colleague receives it), signed by `unit`.
    std::unique_ptr<FormFile> copy(const FormFile &from, const QString &name, const QString &unit);
    std::unique_ptr<FormFile> reopen(const QString &name);
    void tick(qint64 seconds = 60) { m_clock->advanceSeconds(seconds); }
    QDateTime now() const { return m_clock->now(); }

private:
    static QString scratchTemplate();

    QTemporaryDir m_dir{scratchTemplate()};
    FixedClock *m_clock = nullptr;
};

QString uuidAt(const FormFile &file, const QString &attachment, int index);
QString cell(const FormFile &file, const QString &uuid, Field field);
// Plans `theirs` into `mine` (must succeed).
MergePlan planOf(const FormFile &mine, const FormFile &theirs,
                 const MergeOptions &options = MergeOptions());
// Plans and applies with `resolution` for conflicts (must succeed).
MergeOutcome mergeInto(FormFile &mine, const FormFile &theirs,
                       Resolution resolution = Resolution::Unresolved,
                       const MergeOptions &options = MergeOptions());
bool historyHas(const FormFile &file, const QString &uuid, Field field, const QString &value);

} // namespace tianbao::test
