#include "MergeTestSupport.h"

#include <QFile>

using namespace tianbao;
using namespace tianbao::test;

TEST_CASE("A merge source holds rows, tombstones, histories and origin values of a file")
{
    MergeFixture f;
    auto base = f.base();
    auto file = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString edited = uuidAt(*file, Attachment::ExistingKey, 4);
    const QString gone = uuidAt(*file, Attachment::ExistingKey, 0);
    const QString text = QStringLiteral("扩散增亮膜已被京东方采用。");
    f.tick();
    REQUIRE(file->setCell(edited, Field::Progress, text).ok());
    REQUIRE(file->deleteRow(gone).ok());

    Result<MergeSource> loaded = MergeSource::fromFile(f.path(QStringLiteral("theirs.tianbao")));
    REQUIRE(loaded.ok());
    const MergeSource &source = loaded.value();
    CHECK(source.unit == Materials);
    CHECK(source.label() == Materials);
    CHECK(source.fileName == QStringLiteral("theirs.tianbao"));
    CHECK_FALSE(source.isReply);
    CHECK(source.properties.originUuid == base->properties().originUuid);
    CHECK(source.rows.size() == 13);

    const MergeSource::SourceRow *row = source.find(edited);
    REQUIRE(row != nullptr);
    CHECK(row->position == 3);
    const MergeSource::Cell &progress = row->cells[fieldIndex(Field::Progress)];
    CHECK(progress.value == text);
    CHECK(progress.unit() == Materials);
    CHECK(progress.at() == f.now());
    REQUIRE(progress.origin.has_value());
    CHECK(progress.origin->isEmpty());
    CHECK(row->cells[fieldIndex(Field::Name)].history.size() == 1);

    const MergeSource::SourceRow *tombstone = source.find(gone);
    REQUIRE(tombstone != nullptr);
    CHECK(tombstone->deleted);
    CHECK_FALSE(tombstone->deletedByUndo);
    CHECK(source.toForm().attachments.at(0).rows.size() == 12);
}

TEST_CASE("A merge source refuses a file that is not a form, in one sentence")
{
    MergeFixture f;
    QFile junk(f.path(QStringLiteral("notes.tianbao")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a form at all");
    junk.close();
    Result<MergeSource> loaded = MergeSource::fromFile(junk.fileName());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().contains(QStringLiteral("notes.tianbao")));
    CHECK_FALSE(MergeSource::fromFile(f.path(QStringLiteral("missing.tianbao"))).ok());
}

TEST_CASE("A merge source from a Word reply attributes each filled cell to the unit")
{
    Form form = FormTemplate::notice2023();
    form.attachments[0].rows[3].uuid.clear();
    form.attachments[0].rows[3].setValue(Field::Plan,
                                         QStringLiteral("联合申报川渝共建重点实验室。"));
    const QDateTime at(QDate(2023, 12, 26), QTime(10, 0), Qt::UTC);
    const MergeSource source =
        MergeSource::fromForm(form, Materials, QStringLiteral("回执.docx"), at);
    CHECK(source.isReply);
    CHECK(source.label() == Materials);
    const MergeSource::SourceRow &row = source.rows.at(3);
    CHECK(row.uuid.isEmpty());
    const MergeSource::Cell &plan = row.cells[fieldIndex(Field::Plan)];
    REQUIRE(plan.history.size() == 1);
    CHECK(plan.unit() == Materials);
    CHECK(plan.at() == at);
    CHECK_FALSE(plan.origin.has_value());
    CHECK(row.cells[fieldIndex(Field::Progress)].history.isEmpty());
    CHECK(row.nameKey() == source.rows.at(3).nameKey());
    CHECK(row.nameKey() != source.rows.at(4).nameKey());
}
