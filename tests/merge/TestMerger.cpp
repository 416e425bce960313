#include "MergeTestSupport.h"

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = Attachment::ExistingKey;
const QString Film = QStringLiteral("扩散增亮膜已被京东方采用，亮度提升16%。");
const QString FilmEdited = QStringLiteral("扩散增亮膜已被京东方采用，亮度提升18%，年供货50万片。");
const QString Oled = QStringLiteral("OLED光提取技术申请发明专利1项，在企业转化2项。");
const QString Pi = QStringLiteral("2024年推进聚酰亚胺（PI）材料中试，完成第三方验证。");
const QString Tiandong = QStringLiteral("天冬组培快繁实现部分量产，为企业节省成本30%。");

struct TwoCopies
{
    MergeFixture f;
    std::unique_ptr<FormFile> base = f.base();
    std::unique_ptr<FormFile> mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    std::unique_ptr<FormFile> theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Pharmacy);
    QString row(int index) const { return uuidAt(*mine, Existing, index); }
};

// Both sides edit one cell differently, and each makes an edit the other merges without conflict.
void makeConflict(TwoCopies &t)
{
    REQUIRE(t.mine->setCell(t.row(4), Field::Progress, Film).ok());
    t.f.tick();
    REQUIRE(t.theirs->setCell(t.row(4), Field::Progress, FilmEdited).ok());
    REQUIRE(t.theirs->setCell(t.row(3), Field::Progress, Oled).ok());
    REQUIRE(t.theirs->setCell(t.row(0), Field::Progress, Tiandong).ok());
    t.f.tick();
}

} // namespace

TEST_CASE("Applying a plan records each merged value with its provenance")
{
    TwoCopies t;
    makeConflict(t);
    const QDateTime theirTime = t.f.now().addSecs(-60);
    mergeInto(*t.mine, *t.theirs, Resolution::KeepMine);

    CHECK(cell(*t.mine, t.row(3), Field::Progress) == Oled);
    const QVector<CellChange> history = t.mine->history(t.row(3), Field::Progress);
    REQUIRE(history.size() == 1);
    CHECK(history.last().value == Oled);
    CHECK(history.last().unit == Pharmacy);
    CHECK(history.last().at == theirTime);
    CHECK(history.last().source == changeSourceKey(ChangeSource::Merge));
}

TEST_CASE("Unresolved conflicts are refused unless a default resolution is given")
{
    TwoCopies t;
    makeConflict(t);
    const Form before = t.mine->load();
    const MergePlan plan = planOf(*t.mine, *t.theirs);
    Result<MergeOutcome> refused = Merger::apply(*t.mine, plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("1")));
    CHECK(t.mine->load().attachments.at(0).rows == before.attachments.at(0).rows);

    MergePlan resolved = plan;
    resolved.conflicts[0].resolution = Resolution::TakeTheirs;
    REQUIRE(Merger::apply(*t.mine, resolved).ok());
    CHECK(cell(*t.mine, t.row(4), Field::Progress) == FilmEdited);
    // My replaced value stays in the history.
    CHECK(historyHas(*t.mine, t.row(4), Field::Progress, Film));
}

TEST_CASE("Keep both joins the texts under the colleague's unit")
{
    TwoCopies t;
    makeConflict(t);
    mergeInto(*t.mine, *t.theirs, Resolution::KeepBoth);
    const QString joined = Film + QStringLiteral("\n【药学院】") + FilmEdited;
    CHECK(cell(*t.mine, t.row(4), Field::Progress) == joined);
    CHECK(historyHas(*t.mine, t.row(4), Field::Progress, FilmEdited));
    CHECK(t.mine->lastChange(t.row(4), Field::Progress)->value == joined);
    // Merging again: their value is known, nothing changes.
    CHECK(planOf(*t.mine, *t.theirs).isEmpty());
}

TEST_CASE("Keeping mine keeps my provenance and remembers their value")
{
    TwoCopies t;
    makeConflict(t);
    const CellChange mineBefore = *t.mine->lastChange(t.row(4), Field::Progress);
    mergeInto(*t.mine, *t.theirs, Resolution::KeepMine);
    CHECK(cell(*t.mine, t.row(4), Field::Progress) == Film);
    const CellChange last = *t.mine->lastChange(t.row(4), Field::Progress);
    CHECK(last.value == mineBefore.value);
    CHECK(last.unit == mineBefore.unit);
    CHECK(last.at == mineBefore.at);
    CHECK(historyHas(*t.mine, t.row(4), Field::Progress, FilmEdited));
    CHECK(planOf(*t.mine, *t.theirs).isEmpty());
}

TEST_CASE("An unticked change is not applied")
{
    TwoCopies t;
    makeConflict(t);
    MergePlan plan = planOf(*t.mine, *t.theirs);
    plan.resolveAll(Resolution::KeepMine);
    REQUIRE(plan.changes.size() == 2);
    plan.changes[0].accepted = false;
    const QString skipped = plan.changes[0].rowUuid;
    const QString taken = plan.changes[1].rowUuid;
    CHECK(plan.counts().cellsFilled == 1);
    Result<MergeOutcome> outcome = Merger::apply(*t.mine, plan);
    REQUIRE(outcome.ok());
    CHECK(outcome->applied.cellsFilled == 1);
    CHECK(cell(*t.mine, skipped, Field::Progress).isEmpty());
    CHECK_FALSE(cell(*t.mine, taken, Field::Progress).isEmpty());
    // The next merge offers it again.
    CHECK(planOf(*t.mine, *t.theirs).changes.size() == 1);
}

TEST_CASE("Merging the same file again changes nothing")
{
    TwoCopies t;
    makeConflict(t);
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    added.setValue(Field::Progress, QStringLiteral("PDE5抑制剂转让3000万元。"));
    REQUIRE(t.theirs->insertRow(Attachment::NewKey, 0, added).ok());
    REQUIRE(t.theirs->deleteRow(t.row(2)).ok());
    mergeInto(*t.mine, *t.theirs, Resolution::TakeTheirs);
    const Form after = t.mine->load();
    const MergePlan again = planOf(*t.mine, *t.theirs);
    CHECK(again.isEmpty());
    CHECK(again.historyOnly.isEmpty());
    REQUIRE(Merger::apply(*t.mine, again).ok());
    CHECK(t.mine->load().attachments.at(0).rows == after.attachments.at(0).rows);
    CHECK(t.mine->load().attachments.at(1).rows == after.attachments.at(1).rows);
}

TEST_CASE("Without conflicts, merging either way gives the same values")
{
    TwoCopies t;
    REQUIRE(t.mine->setCell(t.row(4), Field::Progress, Film).ok());
    REQUIRE(t.mine->setCell(t.row(3), Field::Plan, Pi).ok());
    REQUIRE(t.theirs->setCell(t.row(0), Field::Progress, Tiandong).ok());
    REQUIRE(t.theirs->setCell(t.row(3), Field::Plan, Pi).ok());
    REQUIRE(t.theirs->deleteRow(t.row(9)).ok());
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    REQUIRE(t.mine->insertRow(Existing, 2, added).ok());

    REQUIRE(t.mine->saveCopyAs(t.f.path(QStringLiteral("mine-before.tianbao"))).ok());
    auto mineBefore = t.f.reopen(QStringLiteral("mine-before.tianbao"));
    mergeInto(*t.mine, *t.theirs);
    mergeInto(*t.theirs, *mineBefore);
    const Form a = t.mine->load();
    const Form b = t.theirs->load();
    for (int i = 0; i < a.attachments.size(); ++i)
        CHECK(a.attachments.at(i).rows == b.attachments.at(i).rows);
}

TEST_CASE("Undo restores the exact previous content and keeps the history")
{
    TwoCopies t;
    makeConflict(t);
    REQUIRE(t.mine->setCell(t.row(5), Field::Plan, Pi).ok());
    REQUIRE(t.theirs->deleteRow(t.row(2)).ok());
    REQUIRE(t.theirs->deleteRow(t.row(7)).ok());
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    REQUIRE(t.theirs->insertRow(Existing, 3, added).ok());
    REQUIRE(t.theirs->insertRow(Attachment::NewKey, 0, added).ok());
    REQUIRE(t.theirs->deleteRow(t.row(5)).ok()); // I edited it: kept

    const Form before = t.mine->load();
    const int historyBefore = t.mine->allCellHistory().size();
    const MergeOutcome outcome = mergeInto(*t.mine, *t.theirs, Resolution::KeepBoth);
    CHECK(outcome.addedRows.size() == 2);
    CHECK(outcome.deletedRows.size() == 2);
    const int historyMerged = t.mine->allCellHistory().size();
    CHECK(historyMerged > historyBefore);
    REQUIRE(t.mine->load().attachments.at(0).rows != before.attachments.at(0).rows);

    t.f.tick();
    const Status undone = Merger::undo(*t.mine, outcome);
    INFO(undone.error());
    REQUIRE(undone.ok());
    const Form after = t.mine->load();
    for (int i = 0; i < before.attachments.size(); ++i)
        CHECK(after.attachments.at(i).rows == before.attachments.at(i).rows);
    CHECK(t.mine->allCellHistory().size() > historyMerged);
    CHECK(t.mine->lastChange(t.row(4), Field::Progress)->source ==
          changeSourceKey(ChangeSource::Undo));

    // Merging again after the undo offers the same merge again.
    const MergePlan again = planOf(*t.mine, *t.theirs);
    CHECK(again.counts().rowsAdded == 2);
    CHECK(again.counts().deletions == 2);
    CHECK(again.counts().conflicts == 1);
    CHECK(again.counts().cellsFilled == 2);
}

TEST_CASE("Every value a merge replaces is in the cell's history")
{
    TwoCopies t;
    makeConflict(t);
    REQUIRE(t.mine->setCell(t.row(0), Field::Plan, Pi).ok());
    REQUIRE(t.theirs->setCell(t.row(0), Field::Plan, Pi + QStringLiteral("（修改）")).ok());
    const Form before = t.mine->load();
    mergeInto(*t.mine, *t.theirs, Resolution::TakeTheirs);
    const Form after = t.mine->load();
    for (int a = 0; a < before.attachments.size(); ++a) {
        for (const Row &row : before.attachments.at(a).rows) {
            for (Field field : AllFields) {
                if (row.value(field).isEmpty())
                    continue;
                INFO(row.value(field));
                CHECK(historyHas(*t.mine, row.uuid, field, row.value(field)));
            }
        }
    }
}

TEST_CASE("A merge cancelled before or after its writes leaves the form and its history as they "
          "were")
{
    TwoCopies t;
    makeConflict(t);
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    REQUIRE(t.theirs->insertRow(Existing, 3, added).ok());
    const Form before = t.mine->load();
    const int historyBefore = t.mine->allCellHistory().size();
    const MergePlan plan = planOf(*t.mine, *t.theirs);
    REQUIRE(plan.counts().rowsAdded == 1);
    const QString conflicted = t.row(4); // the added row moves it down

    // Asked once before writing and once before the commit: a no on either rolls back.
    for (int noAt : {1, 2}) {
        INFO("cancelled at check " << noAt);
        int asked = 0;
        Result<MergeOutcome> outcome =
            Merger::apply(*t.mine, plan, Resolution::TakeTheirs, [&] { return ++asked < noAt; });
        REQUIRE_FALSE(outcome.ok());
        CHECK(asked == noAt);
        CHECK(outcome.error() == QStringLiteral("The merge was cancelled; nothing was merged."));
        const Form after = t.mine->load();
        for (int i = 0; i < before.attachments.size(); ++i)
            CHECK(after.attachments.at(i).rows == before.attachments.at(i).rows);
        CHECK(t.mine->allCellHistory().size() == historyBefore);
    }
    // Never cancelled: the same plan applies.
    int asked = 0;
    REQUIRE(Merger::apply(*t.mine, plan, Resolution::TakeTheirs, [&] {
                ++asked;
                return true;
            }).ok());
    CHECK(asked == 2);
    CHECK(cell(*t.mine, conflicted, Field::Progress) == FilmEdited);
    CHECK(t.mine->allCellHistory().size() > historyBefore);
}
