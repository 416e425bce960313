#include "MergeTestSupport.h"

#include <QFile>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = Attachment::ExistingKey;

// The office's master and three replies: 材料 fills both of its rows, 药学院 one cell of its
// row and adds a project, 乡村振兴学院 sends nothing new.
struct OfficeReplies
{
    MergeFixture f;
    std::unique_ptr<FormFile> master = f.base(QStringLiteral("master.tianbao"));
    QStringList paths;

    OfficeReplies()
    {
        auto materials = f.copy(*master, QStringLiteral("材料.tianbao"), Materials);
        for (int index : {3, 4}) {
            const QString row = uuidAt(*materials, Existing, index);
            REQUIRE(
                materials
                    ->setCell(row, Field::Progress, QStringLiteral("扩散增亮膜已被京东方采用。"))
                    .ok());
            REQUIRE(materials->setCell(row, Field::Plan, QStringLiteral("推进PI材料中试。")).ok());
        }
        f.tick();
        auto pharmacy = f.copy(*master, QStringLiteral("药学.tianbao"), Pharmacy);
        REQUIRE(pharmacy
                    ->setCell(uuidAt(*pharmacy, Existing, 5), Field::Progress,
                              QStringLiteral("PDE5抑制剂转让3000万元。"))
                    .ok());
        Row added;
        added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
        added.setValue(Field::Units, Pharmacy);
        added.setValue(Field::Progress, QStringLiteral("PZ-1转让4800万元。"));
        REQUIRE(pharmacy->insertRow(Attachment::NewKey, 0, added).ok());
        auto rural = f.copy(*master, QStringLiteral("乡村.tianbao"), Rural);
        REQUIRE(rural->setProperty(Property::NoNewProjects, true).ok());
        paths << f.path(QStringLiteral("材料.tianbao")) << f.path(QStringLiteral("药学.tianbao"))
              << f.path(QStringLiteral("乡村.tianbao"));
    }
};

} // namespace

TEST_CASE("A batch merges every reply and gives the office's checklist")
{
    OfficeReplies office;
    QVector<int> progressDone;
    const BatchResult result = BatchMerge::run(*office.master, office.paths, BatchOptions(),
                                               [&](int done, int total, const QString &) {
                                                   CHECK(total == 3);
                                                   progressDone.append(done);
                                                   return true;
                                               });
    REQUIRE(result.ok());
    CHECK(progressDone == QVector<int>{0, 1, 2, 3});
    REQUIRE(result.items.size() == 3);
    CHECK(result.outcomes.size() == 3);
    CHECK(result.total.cellsFilled == 5);
    CHECK(result.total.rowsAdded == 1);

    const BatchItem &materials = result.items.at(0);
    CHECK(materials.unit == Materials);
    CHECK(materials.fileName == QStringLiteral("材料.tianbao"));
    CHECK(materials.merged);
    CHECK(materials.counts.cellsFilled == 4);
    CHECK(materials.unitRows == 2);
    CHECK(materials.unitCompleteRows == 2);
    const BatchItem &pharmacy = result.items.at(1);
    CHECK(pharmacy.unitRows == 2);
    CHECK(pharmacy.unitCompleteRows == 0);
    const BatchItem &rural = result.items.at(2);
    CHECK(rural.merged);
    CHECK(rural.noNewProjects);
    CHECK(rural.counts.total() == 0);
    CHECK(rural.unitRows == 2);

    CHECK(office.master->rows(Attachment::NewKey).size() == 1);
    CHECK(office.master->properties().unit == Office);
}

TEST_CASE("A batch gives the same form as merging one file after another")
{
    OfficeReplies office;
    auto sequential = office.f.copy(*office.master, QStringLiteral("seq.tianbao"), Office);
    for (const QString &path : office.paths) {
        auto source = MergeSource::fromFile(path);
        REQUIRE(source.ok());
        Result<MergePlan> plan = MergePlan::compute(*sequential, source.value());
        REQUIRE(plan.ok());
        REQUIRE(Merger::apply(*sequential, plan.value()).ok());
    }
    REQUIRE(BatchMerge::run(*office.master, office.paths).ok());
    const Form a = office.master->load();
    const Form b = sequential->load();
    for (int i = 0; i < a.attachments.size(); ++i)
        CHECK(a.attachments.at(i).rows == b.attachments.at(i).rows);
    // And merging them all again changes nothing.
    const BatchResult again = BatchMerge::run(*office.master, office.paths);
    CHECK(again.total.total() == 0);
}

TEST_CASE("A bad file or a conflict skips that source only, and a cancelled batch changes nothing")
{
    OfficeReplies office;
    QFile junk(office.f.path(QStringLiteral("坏.tianbao")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("PK\x03\x04 not a form");
    junk.close();
    const QString row = uuidAt(*office.master, Existing, 5);
    REQUIRE(office.master->setCell(row, Field::Progress, QStringLiteral("已完成转让。")).ok());
    const Form before = office.master->load();

    SECTION("skipped sources")
    {
        const BatchResult result =
            BatchMerge::run(*office.master, QStringList(office.paths) << junk.fileName());
        REQUIRE(result.ok());
        REQUIRE(result.items.size() == 4);
        CHECK(result.items.at(0).merged);
        CHECK_FALSE(result.items.at(1).merged); // conflict on row 6
        CHECK(result.items.at(1).unresolvedConflicts == 1);
        CHECK(result.items.at(1).conflicts.first().theirUnit == Pharmacy);
        CHECK_FALSE(result.items.at(1).error.isEmpty());
        CHECK(result.items.at(2).merged);
        CHECK_FALSE(result.items.at(3).merged);
        CHECK(result.items.at(3).error.contains(QStringLiteral("坏.tianbao")));
        CHECK(cell(*office.master, row, Field::Progress) == QStringLiteral("已完成转让。"));
    }
    SECTION("a default resolution merges them")
    {
        BatchOptions options;
        options.onConflict = Resolution::KeepBoth;
        const BatchResult result = BatchMerge::run(*office.master, office.paths, options);
        REQUIRE(result.ok());
        CHECK(result.items.at(1).merged);
        CHECK(cell(*office.master, row, Field::Progress) ==
              QStringLiteral("已完成转让。\n【药学院】PDE5抑制剂转让3000万元。"));
        REQUIRE(BatchMerge::undo(*office.master, result).ok());
        const Form undone = office.master->load();
        for (int i = 0; i < before.attachments.size(); ++i)
            CHECK(undone.attachments.at(i).rows == before.attachments.at(i).rows);
    }
    SECTION("dry run")
    {
        BatchOptions options;
        options.dryRun = true;
        options.onConflict = Resolution::TakeTheirs;
        const BatchResult result = BatchMerge::run(*office.master, office.paths, options);
        REQUIRE(result.ok());
        CHECK(result.total.cellsFilled == 4);
        CHECK(result.items.at(0).unitCompleteRows == 2);
        const Form after = office.master->load();
        for (int i = 0; i < before.attachments.size(); ++i)
            CHECK(after.attachments.at(i).rows == before.attachments.at(i).rows);
    }
    SECTION("cancel")
    {
        const BatchResult result =
            BatchMerge::run(*office.master, office.paths, BatchOptions(),
                            [](int done, int, const QString &) { return done < 2; });
        CHECK(result.cancelled);
        CHECK_FALSE(result.ok());
        CHECK(result.outcomes.isEmpty());
        const Form after = office.master->load();
        for (int i = 0; i < before.attachments.size(); ++i)
            CHECK(after.attachments.at(i).rows == before.attachments.at(i).rows);
    }
}
