#include "MergeTestSupport.h"
#include "merge/MergeText.h"

#include <QHash>
#include <QSet>
#include <random>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QStringList Phrases = {
    QStringLiteral("天冬组培快繁部分量产"),       QStringLiteral("扩散增亮膜被京东方采用"),
    QStringLiteral("PDE5抑制剂转让3000万元"),     QStringLiteral("国家级专家服务基地开展培训2次"),
    QStringLiteral("联合申报川渝共建重点实验室"), QStringLiteral("推进PI材料中试"),
};
const QVector<Field> EditedFields = {Field::Name, Field::Content, Field::Progress, Field::Plan};

// What one side typed: row, field, text.
struct Typed
{
    QString row;
    Field field;
    QString text;
};

class Editor
{
public:
    Editor(FormFile &file, const QString &side, std::mt19937 &random, MergeFixture &fixture)
        : m_file(file), m_side(side), m_random(random), m_fixture(fixture)
    {
    }

    QVector<Typed> typed;

    void randomEdits(int count)
    {
        for (int i = 0; i < count; ++i) {
            m_fixture.tick(7);
            switch (pick(10)) {
            case 0:
            case 1:
                insert();
                break;
            case 2:
                remove();
                break;
            case 3:
                move();
                break;
            default:
                edit();
                break;
            }
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    QString attachment() { return pick(3) == 0 ? Attachment::NewKey : Attachment::ExistingKey; }

    QString text()
    {
        // Now and then both sides type the same words.
        if (pick(8) == 0)
            return QStringLiteral("共同：") + Phrases.at(pick(2));
        return QStringLiteral("%1第%2次：%3").arg(m_side).arg(++m_counter).arg(Phrases.at(pick(6)));
    }

    void edit()
    {
        const QString key = attachment();
        const QVector<Row> rows = m_file.rows(key);
        if (rows.isEmpty())
            return insert();
        const Row &row = rows.at(pick(rows.size()));
        const Field field = EditedFields.at(pick(EditedFields.size()));
        QString value;
        switch (pick(6)) {
        case 0: // white space only
            value = row.value(field) + (pick(2) ? QStringLiteral("\u3000") : QStringLiteral(" \n"));
            break;
        case 1:
            value = QString();
            break;
        default:
            value = text();
            break;
        }
        REQUIRE(m_file.setCell(row.uuid, field, value).ok());
        // Typing the value a cell already has is no edit.
        if (value != row.value(field))
            typed.append({row.uuid, field, value});
    }

    void insert()
    {
        const QString key = attachment();
        Row row;
        row.setValue(Field::Name, text());
        row.setValue(Field::Progress, text());
        auto uuid = m_file.insertRow(key, pick(m_file.rows(key).size() + 1), row);
        REQUIRE(uuid.ok());
        typed.append({uuid.value(), Field::Name, row.value(Field::Name)});
        typed.append({uuid.value(), Field::Progress, row.value(Field::Progress)});
    }

    void remove()
    {
        const QString key = attachment();
        const QVector<Row> rows = m_file.rows(key);
        if (!rows.isEmpty())
            REQUIRE(m_file.deleteRow(rows.at(pick(rows.size())).uuid).ok());
    }

    void move()
    {
        const QString key = attachment();
        const QVector<Row> rows = m_file.rows(key);
        if (rows.size() > 1)
            REQUIRE(m_file.moveRow(rows.at(pick(rows.size())).uuid, pick(rows.size())).ok());
    }

    FormFile &m_file;
    QString m_side;
    std::mt19937 &m_random;
    MergeFixture &m_fixture;
    int m_counter = 0;
};

QHash<QString, StoredRow> allRows(const FormFile &file)
{
    QHash<QString, StoredRow> rows;
    for (const QString &key : {Attachment::ExistingKey, Attachment::NewKey}) {
        for (const StoredRow &row : file.storedRows(key))
            rows.insert(row.row.uuid, row);
    }
    return rows;
}

bool inValueOrHistory(const FormFile &file, const Typed &typed)
{
    const std::optional<StoredRow> row = file.storedRow(typed.row);
    if (!row)
        return false;
    const QString text = MergeText::canonical(typed.text);
    if (MergeText::canonical(row->row.value(typed.field)) == text)
        return true;
    for (const CellChange &change : file.history(typed.row, typed.field)) {
        if (MergeText::canonical(change.value) == text)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Randomised: merged cells hold mine, theirs or both, lose no typed text, and settle")
{
    Form small = FormTemplate::notice2023();
    small.attachments[0].rows.resize(4);
    int withConflicts = 0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        INFO("iteration " << iteration);
        std::mt19937 random(20231222u + unsigned(iteration));
        MergeFixture f;
        auto base = f.base(QStringLiteral("base.tianbao"), small);
        auto mine = f.copy(*base, QStringLiteral("a.tianbao"), Materials);
        auto theirs = f.copy(*base, QStringLiteral("b.tianbao"), Pharmacy);
        Editor a(*mine, QStringLiteral("甲"), random, f);
        Editor b(*theirs, QStringLiteral("乙"), random, f);
        a.randomEdits(8);
        b.randomEdits(8);
        // Sometimes they have met before: one merged the other's file once already.
        if (iteration % 4 == 1) {
            mergeInto(*theirs, *mine, Resolution::TakeTheirs);
            b.randomEdits(4);
            a.randomEdits(2);
        }

        REQUIRE(mine->saveCopyAs(f.path(QStringLiteral("a0.tianbao"))).ok());
        auto mineBefore = f.reopen(QStringLiteral("a0.tianbao"));
        const QHash<QString, StoredRow> before = allRows(*mine);
        const QHash<QString, StoredRow> theirRows = allRows(*theirs);

        // Half the time their file is read whole, half the time without what it shares with
        // mine: the plans must not differ.
        const QString origin = iteration % 2 ? mine->properties().originUuid : QString();
        Result<MergePlan> computed =
            MergePlan::compute(*mine, MergeSource::fromFormFile(*theirs, origin));
        REQUIRE(computed.ok());
        MergePlan plan = computed.value();
        const bool conflicted = !plan.conflicts.isEmpty();
        withConflicts += conflicted ? 1 : 0;
        for (MergeConflict &conflict : plan.conflicts)
            conflict.resolution = std::array<Resolution, 3>{
                Resolution::KeepMine, Resolution::TakeTheirs,
                Resolution::KeepBoth}[std::uniform_int_distribution<int>(0, 2)(random)];
        f.tick();
        Result<MergeOutcome> outcome = Merger::apply(*mine, plan);
        INFO(outcome.error());
        REQUIRE(outcome.ok());

        // Every live cell holds my value, theirs, or both joined.
        const QHash<QString, StoredRow> after = allRows(*mine);
        for (const StoredRow &row : after) {
            if (row.deleted)
                continue;
            for (Field field : AllFields) {
                QStringList allowed;
                const QString myValue = before.contains(row.row.uuid)
                                            ? before.value(row.row.uuid).row.value(field)
                                            : QString();
                if (before.contains(row.row.uuid))
                    allowed << myValue;
                if (theirRows.contains(row.row.uuid)) {
                    const QString theirValue = theirRows.value(row.row.uuid).row.value(field);
                    allowed << theirValue
                            << MergeText::keepBoth(myValue, theirValue, plan.theirLabel);
                }
                INFO(fieldKey(field) << ": " << row.row.value(field));
                CHECK(allowed.contains(row.row.value(field)));
            }
        }
        // Every text either side typed is in a value or a history, unless it was typed into a
        // row that only they had and they deleted.
        for (const Typed &typed : std::as_const(a.typed)) {
            INFO("mine typed " << typed.text);
            CHECK(inValueOrHistory(*mine, typed));
        }
        for (const Typed &typed : std::as_const(b.typed)) {
            if (!before.contains(typed.row) && theirRows.value(typed.row).deleted)
                continue;
            INFO("they typed " << typed.text);
            CHECK(inValueOrHistory(*mine, typed));
        }

        // A second merge of the same file is a no-op.
        const MergePlan again = planOf(*mine, *theirs);
        for (const MergeChange &change : again.changes)
            UNSCOPED_INFO("again: change " << int(change.kind) << " " << change.rowUuid << " "
                                           << fieldKey(change.field) << " mine=" << change.mine
                                           << " theirs=" << change.theirs);
        for (const MergeConflict &conflict : again.conflicts)
            UNSCOPED_INFO("again: conflict " << conflict.rowUuid << " " << fieldKey(conflict.field)
                                             << " mine=" << conflict.mine
                                             << " theirs=" << conflict.theirs);
        CHECK(again.isEmpty());
        CHECK(again.historyOnly.isEmpty());

        // Without conflicts, merging the other way gives the same values.
        if (!conflicted) {
            mergeInto(*theirs, *mineBefore);
            const QHash<QString, StoredRow> other = allRows(*theirs);
            for (const StoredRow &row : other) {
                INFO("their row " << row.row.uuid);
                CHECK((row.deleted ||
                       (after.contains(row.row.uuid) && !after.value(row.row.uuid).deleted)));
            }
            for (const StoredRow &row : after) {
                INFO("row " << row.row.uuid);
                // A row one side added and deleted on its own never reaches the other.
                if (row.deleted && !other.contains(row.row.uuid))
                    continue;
                REQUIRE(other.contains(row.row.uuid));
                CHECK(other.value(row.row.uuid).deleted == row.deleted);
                if (row.deleted)
                    continue;
                for (Field field : AllFields)
                    CHECK(MergeText::canonical(other.value(row.row.uuid).row.value(field)) ==
                          MergeText::canonical(row.row.value(field)));
            }
        }
    }
    // The seeds must exercise both paths.
    CHECK(withConflicts > 20);
    CHECK(withConflicts < 180);
}
