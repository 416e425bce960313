#include "MergeTestSupport.h"

#include <QDir>
#include <QFileInfo>

namespace tianbao::test {

QString MergeFixture::scratchTemplate()
{
    const QFileInfo memory(QStringLiteral("/dev/shm"));
    const QString folder =
        memory.isDir() && memory.isWritable() ? memory.absoluteFilePath() : QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("tianbao-merge-XXXXXX"));
}

MergeFixture::MergeFixture()
{
    auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2023, 12, 25), QTime(9, 0), Qt::UTC));
    m_clock = clock.get();
    Clock::setInstance(std::move(clock));
}

MergeFixture::~MergeFixture()
{
    Clock::setInstance(nullptr);
}

std::unique_ptr<FormFile> MergeFixture::base(const QString &name, const Form &form)
{
    auto created = FormFile::create(path(name), form, Office);
    INFO(created.error());
    REQUIRE(created.ok());
    return std::move(created.value());
}

std::unique_ptr<FormFile> MergeFixture::copy(const FormFile &from, const QString &name,
                                             const QString &unit)
{
    const Status saved = from.saveCopyAs(path(name));
    INFO(saved.error());
    REQUIRE(saved.ok());
    auto opened = reopen(name);
    REQUIRE(opened->setProperty(Property::Unit, unit).ok());
    return opened;
}

std::unique_ptr<FormFile> MergeFixture::reopen(const QString &name)
{
    auto opened = FormFile::open(path(name));
    INFO(opened.error());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

QString uuidAt(const FormFile &file, const QString &attachment, int index)
{
    const QVector<Row> rows = file.rows(attachment);
    REQUIRE(index < rows.size());
    return rows.at(index).uuid;
}

QString cell(const FormFile &file, const QString &uuid, Field field)
{
    const std::optional<StoredRow> row = file.storedRow(uuid);
    REQUIRE(row.has_value());
    return row->row.value(field);
}

MergePlan planOf(const FormFile &mine, const FormFile &theirs, const MergeOptions &options)
{
    Result<MergePlan> plan = MergePlan::compute(
        mine, MergeSource::fromFormFile(theirs, mine.properties().originUuid), options);
    INFO(plan.error());
    REQUIRE(plan.ok());
    return plan.value();
}

MergeOutcome mergeInto(FormFile &mine, const FormFile &theirs, Resolution resolution,
                       const MergeOptions &options)
{
    const MergePlan plan = planOf(mine, theirs, options);
    Result<MergeOutcome> outcome = Merger::apply(mine, plan, resolution);
    INFO(outcome.error());
    REQUIRE(outcome.ok());
    return outcome.value();
}

bool historyHas(const FormFile &file, const QString &uuid, Field field, const QString &value)
{
    const QVector<CellChange> history = file.history(uuid, field);
    return std::any_of(history.begin(), history.end(),
                       [&](const CellChange &change) { return change.value == value; });
}

} // namespace tianbao::test
