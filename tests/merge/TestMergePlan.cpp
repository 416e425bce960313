#include "MergeTestSupport.h"
#include "merge/MergeText.h"

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = Attachment::ExistingKey;
const QString Film = QStringLiteral("扩散增亮膜已被京东方采用，亮度提升16%。");
const QString FilmEdited = QStringLiteral("扩散增亮膜已被京东方采用，亮度提升18%，年供货50万片。");
const QString Pi = QStringLiteral("2024年推进聚酰亚胺（PI）材料中试，完成第三方验证。");
const QString Drug = QStringLiteral("PDE5抑制剂转让3000万元，PZ-1转让4800万元。");

int countKind(const MergePlan &plan, MergeChange::Kind kind)
{
    return int(std::count_if(plan.changes.begin(), plan.changes.end(),
                             [&](const MergeChange &c) { return c.kind == kind; }));
}

} // namespace

TEST_CASE("A cell changed only on their side is taken, only on mine is kept")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString row = uuidAt(*mine, Existing, 4);
    REQUIRE(theirs->setCell(row, Field::Progress, Film).ok());
    REQUIRE(mine->setCell(row, Field::Plan, Pi).ok());

    const MergePlan plan = planOf(*mine, *theirs);
    REQUIRE(plan.changes.size() == 1);
    const MergeChange &change = plan.changes.first();
    CHECK(change.kind == MergeChange::Kind::CellFilled);
    CHECK(change.rowUuid == row);
    CHECK(change.field == Field::Progress);
    CHECK(change.theirs == Film);
    CHECK(change.unit == Materials);
    CHECK(change.at == f.now());
    CHECK(change.seq == 5);
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.counts().cellsFilled == 1);
    CHECK(plan.counts().total() == 1);
    // A plan is data: the form is untouched.
    CHECK(cell(*mine, row, Field::Progress).isEmpty());
}

TEST_CASE("A cell both sides changed to different texts is a conflict with both provenances")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Pharmacy);
    const QString row = uuidAt(*mine, Existing, 4);
    REQUIRE(mine->setCell(row, Field::Progress, Film).ok());
    const QDateTime myTime = f.now();
    f.tick();
    REQUIRE(theirs->setCell(row, Field::Progress, FilmEdited).ok());

    const MergePlan plan = planOf(*mine, *theirs);
    CHECK(plan.changes.isEmpty());
    REQUIRE(plan.conflicts.size() == 1);
    const MergeConflict &conflict = plan.conflicts.first();
    CHECK(conflict.field == Field::Progress);
    CHECK(conflict.mine == Film);
    CHECK(conflict.theirs == FilmEdited);
    CHECK(conflict.myUnit == Materials);
    CHECK(conflict.myAt == myTime);
    CHECK(conflict.theirUnit == Pharmacy);
    CHECK(conflict.theirAt == f.now());
    CHECK(conflict.resolution == Resolution::Unresolved);
    CHECK(plan.unresolvedConflicts() == 1);
    CHECK(plan.counts().conflicts == 1);
}

TEST_CASE("Both sides typing the same text is no conflict")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString row = uuidAt(*mine, Existing, 4);
    REQUIRE(mine->setCell(row, Field::Progress, Film).ok());
    REQUIRE(theirs->setCell(row, Field::Progress, Film).ok());
    CHECK(planOf(*mine, *theirs).isEmpty());
}

TEST_CASE("White-space-only differences are no conflict and no change")
{
    const QString variant = GENERATE(QStringLiteral("  "), QStringLiteral("\u3000"),
                                     QStringLiteral("\r\n"), QStringLiteral(" \u3000\n"));
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString row = uuidAt(*mine, Existing, 3);
    const QString lines =
        QStringLiteral("1.OLED光提取技术申请专利1项。\n2.设计柔性软体机器人2款。");
    REQUIRE(mine->setCell(row, Field::Progress, lines).ok());
    QString spaced = lines;
    spaced.replace(QStringLiteral("\n"), QStringLiteral("\u3000") + QStringLiteral("\r\n"));
    REQUIRE(theirs->setCell(row, Field::Progress, variant + spaced + variant).ok());
    // Their white-space-only edit of the origin's text is no change either.
    const QString content = cell(*theirs, row, Field::Content);
    REQUIRE(theirs->setCell(row, Field::Content, content + variant).ok());

    const MergePlan plan = planOf(*mine, *theirs);
    CHECK(plan.changes.isEmpty());
    CHECK(plan.conflicts.isEmpty());
}

TEST_CASE("Merge text: canonical form and the keep-both format")
{
    CHECK(MergeText::canonical(QStringLiteral("\u3000甲 \r\n乙\u3000\r\n")) ==
          QStringLiteral("甲\n乙"));
    CHECK(MergeText::equivalent(QStringLiteral("a\r\nb"), QStringLiteral("a\nb  ")));
    CHECK_FALSE(MergeText::equivalent(QStringLiteral("a b"), QStringLiteral("ab")));
    CHECK(MergeText::keepBoth(QStringLiteral("mine"), QStringLiteral("theirs"), Materials) ==
          QStringLiteral("mine\n【材料科学与工程学院】theirs"));
    CHECK(MergeText::keepBoth(QString(), QStringLiteral("theirs"), Materials) ==
          QStringLiteral("theirs"));
    CHECK(MergeText::keepBoth(QStringLiteral("mine"), QStringLiteral(" "), Materials) ==
          QStringLiteral("mine"));
}

TEST_CASE("Their change of a value they saw from me is taken without conflict")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString row = uuidAt(*mine, Existing, 4);
    REQUIRE(mine->setCell(row, Field::Progress, Film).ok());
    f.tick();
    mergeInto(*theirs, *mine);
    REQUIRE(cell(*theirs, row, Field::Progress) == Film);
    f.tick();
    REQUIRE(theirs->setCell(row, Field::Progress, FilmEdited).ok());

    // Both differ from the origin, but my value is in their history: they improved on it.
    MergePlan plan = planOf(*mine, *theirs);
    CHECK(plan.conflicts.isEmpty());
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes.first().theirs == FilmEdited);

    // And the other way round: their value is in my history after I took it, so mine stays.
    mergeInto(*mine, *theirs);
    f.tick();
    REQUIRE(mine->setCell(row, Field::Progress, Film + Drug).ok());
    plan = planOf(*mine, *theirs);
    CHECK(plan.isEmpty());
}

TEST_CASE("A row only they have is added after the nearest preceding row I have")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Pharmacy);
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    added.setValue(Field::Units, Pharmacy);
    added.setValue(Field::Progress, Drug);
    f.tick();
    auto uuid = theirs->insertRow(Existing, 6, added);
    REQUIRE(uuid.ok());
    const QDateTime addedAt = f.now();
    // I put a row of my own at the same place: theirs follows their preceding row.
    Row own;
    own.setValue(Field::Name, QStringLiteral("涂铭旌创新实验班"));
    auto mineUuid = mine->insertRow(Existing, 6, own);
    REQUIRE(mineUuid.ok());

    const MergePlan plan = planOf(*mine, *theirs);
    REQUIRE(countKind(plan, MergeChange::Kind::RowAdded) == 1);
    const MergeChange &change = plan.changes.first();
    CHECK(change.rowUuid == uuid.value());
    CHECK(change.unit == Pharmacy);
    CHECK(change.at == addedAt);
    CHECK(plan.counts().rowsAdded == 1);

    f.tick();
    Result<MergeOutcome> outcome = Merger::apply(*mine, plan);
    REQUIRE(outcome.ok());
    CHECK(uuidAt(*mine, Existing, 6) == uuid.value());
    CHECK(uuidAt(*mine, Existing, 7) == mineUuid.value());
    CHECK(cell(*mine, uuid.value(), Field::Progress) == Drug);
    const auto provenance = mine->lastChange(uuid.value(), Field::Progress);
    REQUIRE(provenance.has_value());
    CHECK(provenance->unit == Pharmacy);
    CHECK(provenance->at == addedAt);
    CHECK(provenance->source == changeSourceKey(ChangeSource::Merge));
}

TEST_CASE("A row they deleted that I did not change is deleted")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString row = uuidAt(*mine, Existing, 2);
    REQUIRE(theirs->deleteRow(row).ok());

    const MergePlan plan = planOf(*mine, *theirs);
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes.first().kind == MergeChange::Kind::RowDeleted);
    CHECK(plan.counts().deletions == 1);
    REQUIRE(Merger::apply(*mine, plan).ok());
    CHECK(mine->storedRow(row)->deleted);
}

TEST_CASE("A row deleted on one side and edited on the other is kept and reported")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Materials);
    const QString edited = uuidAt(*mine, Existing, 4);
    const QString gone = uuidAt(*mine, Existing, 3);

    SECTION("they deleted, I edited")
    {
        REQUIRE(mine->setCell(edited, Field::Progress, Film).ok());
        REQUIRE(theirs->deleteRow(edited).ok());
        const MergePlan plan = planOf(*mine, *theirs);
        REQUIRE(plan.changes.size() == 1);
        CHECK(plan.changes.first().kind == MergeChange::Kind::RowKept);
        CHECK_FALSE(plan.changes.first().deletedByMe);
        CHECK(plan.counts().rowsKept == 1);
        REQUIRE(Merger::apply(*mine, plan).ok());
        CHECK_FALSE(mine->storedRow(edited)->deleted);
        CHECK(cell(*mine, edited, Field::Progress) == Film);
    }
    SECTION("I deleted, they edited: the row comes back with their value")
    {
        REQUIRE(mine->deleteRow(gone).ok());
        REQUIRE(theirs->setCell(gone, Field::Plan, Pi).ok());
        const MergePlan plan = planOf(*mine, *theirs);
        REQUIRE(plan.changes.size() == 2);
        CHECK(plan.changes.at(0).kind == MergeChange::Kind::RowKept);
        CHECK(plan.changes.at(0).deletedByMe);
        CHECK(plan.changes.at(1).kind == MergeChange::Kind::CellFilled);
        REQUIRE(Merger::apply(*mine, plan).ok());
        CHECK(uuidAt(*mine, Existing, 3) == gone);
        CHECK(cell(*mine, gone, Field::Plan) == Pi);
    }
    SECTION("I deleted, they did not touch it: it stays deleted")
    {
        REQUIRE(mine->deleteRow(gone).ok());
        CHECK(planOf(*mine, *theirs).isEmpty());
    }
}

TEST_CASE("Form properties are never overwritten, and differences are reported")
{
    MergeFixture f;
    auto base = f.base();
    auto mine = f.copy(*base, QStringLiteral("mine.tianbao"), Materials);
    auto theirs = f.copy(*base, QStringLiteral("theirs.tianbao"), Pharmacy);
    REQUIRE(mine->setProperty(Property::SignDate, QDate(2023, 12, 26)).ok());
    REQUIRE(theirs->setProperty(Property::SignDate, QDate(2023, 12, 27)).ok());
    REQUIRE(theirs->setProperty(Property::NoNewProjects, true).ok());

    const MergePlan plan = planOf(*mine, *theirs);
    REQUIRE(plan.propertyDifferences.size() == 3);
    CHECK(plan.propertyDifferences.at(0).property == Property::Unit);
    CHECK(plan.propertyDifferences.at(0).mine == Materials);
    CHECK(plan.propertyDifferences.at(0).theirs == Pharmacy);
    CHECK(plan.propertyDifferences.at(1).theirs == QStringLiteral("2023-12-27"));
    CHECK(plan.propertyDifferences.at(2).property == Property::NoNewProjects);
    REQUIRE(Merger::apply(*mine, plan).ok());
    const FormProperties after = mine->properties();
    CHECK(after.unit == Materials);
    CHECK(after.signDate == QDate(2023, 12, 26));
    CHECK_FALSE(after.noNewProjects);
}

TEST_CASE("A file of another form is refused unless rows are matched by name")
{
    MergeFixture f;
    auto mine = f.base(QStringLiteral("mine.tianbao"));
    Form other = FormTemplate::notice2023();
    other.properties.originUuid = QStringLiteral("another-form");
    for (Attachment &attachment : other.attachments) {
        for (Row &row : attachment.rows) {
            row.uuid.clear();
            // The other office typed names a little differently.
            row.setValue(Field::Name, row.value(Field::Name) + QStringLiteral(" "));
        }
    }
    auto theirs = f.base(QStringLiteral("theirs.tianbao"), other);
    const QString theirRow = uuidAt(*theirs, Existing, 5);
    REQUIRE(theirs->setCell(theirRow, Field::Progress, Drug).ok());

    Result<MergePlan> refused = MergePlan::compute(*mine, MergeSource::fromFormFile(*theirs));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("theirs.tianbao")));
    CHECK(refused.error().count(QLatin1Char('.')) == 2); // one sentence (and the file's dot)

    MergeOptions byName;
    byName.matchByName = true;
    const MergePlan plan = planOf(*mine, *theirs, byName);
    CHECK(plan.conflicts.isEmpty());
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes.first().rowUuid == uuidAt(*mine, Existing, 5));
    CHECK(plan.changes.first().theirs == Drug);
}

TEST_CASE("A reply read from Word merges by name, with the unit as provenance")
{
    MergeFixture f;
    auto mine = f.base();
    Form reply = FormTemplate::notice2023();
    reply.properties.originUuid.clear();
    Attachment &existing = reply.attachments[0];
    for (Row &row : existing.rows)
        row.uuid.clear();
    existing.rows[5].setValue(Field::Progress, Drug);
    Row added;
    added.setValue(Field::Name, QStringLiteral("新药技术转移项目"));
    added.setValue(Field::Units, Pharmacy);
    added.setValue(Field::Plan, Pi);
    reply.attachments[1].rows.append(added);

    const QDateTime received(QDate(2023, 12, 26), QTime(8, 30), Qt::UTC);
    const MergeSource source =
        MergeSource::fromForm(reply, Pharmacy, QStringLiteral("药学院回执.docx"), received);
    Result<MergePlan> plan = MergePlan::compute(*mine, source);
    REQUIRE(plan.ok());
    CHECK(plan->conflicts.isEmpty());
    REQUIRE(plan->changes.size() == 2);
    CHECK(plan->changes.at(0).kind == MergeChange::Kind::CellFilled);
    CHECK(plan->changes.at(0).rowUuid == uuidAt(*mine, Existing, 5));
    CHECK(plan->changes.at(0).unit == Pharmacy);
    CHECK(plan->changes.at(0).at == received);
    CHECK(plan->changes.at(1).kind == MergeChange::Kind::RowAdded);
    REQUIRE(Merger::apply(*mine, plan.value()).ok());
    CHECK(mine->rows(Attachment::NewKey).size() == 1);

    // The same reply again changes nothing.
    Result<MergePlan> again = MergePlan::compute(*mine, source);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
}
