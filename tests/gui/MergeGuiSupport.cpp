#include "MergeGuiSupport.h"
#include "TestSupport.h"

#include <QThread>

namespace tianbao::test {

Content contentOf(const QString &path)
{
    auto file = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    Content content;
    content.unit = file.value()->properties().unit;
    for (const Attachment &attachment : file.value()->attachments())
        content.attachments.append(file.value()->rows(attachment.key));
    return content;
}

std::unique_ptr<FormFile> colleagueCopy(const QString &from, const QString &to, const QString &unit)
{
    {
        auto source = FormFile::open(from, FormFile::Access::ReadOnly);
        REQUIRE(source.ok());
        REQUIRE(source.value()->saveCopyAs(to).ok());
    }
    auto copy = FormFile::open(to);
    REQUIRE(copy.ok());
    REQUIRE(copy.value()->setProperty(Property::Unit, unit).ok());
    copy.value()->setActingUnit(unit);
    return std::move(copy.value());
}

QString uuidAt(const FormFile &file, const QString &attachmentKey, int row)
{
    const QVector<Row> rows = file.rows(attachmentKey);
    REQUIRE(row < rows.size());
    return rows.at(row).uuid;
}

void setCell(FormFile &file, const QString &attachmentKey, int row, Field field,
             const QString &value)
{
    REQUIRE(file.setCell(uuidAt(file, attachmentKey, row), field, value).ok());
}

MergeHooks ScriptedMerge::hooks()
{
    MergeHooks h;
    h.openFileNames = [this](QWidget *, const QString &, const QString &, const QString &) {
        return files;
    };
    h.askUnit = [this](QWidget *, const QString &, const QString &label,
                       const QStringList &) -> std::optional<QString> {
        unitQuestions << label;
        return unit;
    };
    h.beforeSource = [this](int index) {
        if (index != holdAt)
            return;
        holdUntilReleased(holding, release);
    };
    h.beforeReplies = [this] {
        if (holdReplies)
            holdUntilReleased(holding, release);
    };
    return h;
}

} // namespace tianbao::test
