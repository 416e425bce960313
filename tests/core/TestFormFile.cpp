#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"
#include "store/Schema.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tianbao;

namespace {

std::unique_ptr<FormFile> newForm(const QTemporaryDir &dir, const QString &unit = QString())
{
    auto created = FormFile::create(dir.filePath(QStringLiteral("form.tianbao")),
                                    FormTemplate::notice2023(), unit);
    INFO(created.error());
    REQUIRE(created.ok());
    return std::move(created.value());
}

struct ClockGuard
{
    FixedClock *clock;
    ClockGuard()
    {
        auto owned =
            std::make_unique<FixedClock>(QDateTime(QDate(2023, 12, 25), QTime(9, 0), Qt::UTC));
        clock = owned.get();
        Clock::setInstance(std::move(owned));
    }
    ~ClockGuard() { Clock::setInstance(nullptr); }
};

} // namespace

TEST_CASE("A new form file is marked as ours and holds the notice")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    {
        auto form = newForm(dir, QStringLiteral("材料科学与工程学院"));
        const Form loaded = form->load();
        CHECK(loaded.properties.unit == QStringLiteral("材料科学与工程学院"));
        CHECK(loaded.properties.progressYear == 2023);
        CHECK(loaded.properties.planYear == 2024);
        CHECK(loaded.properties.deadline == QDateTime(QDate(2023, 12, 27), QTime(17, 0)));
        const Form expected = FormTemplate::notice2023();
        REQUIRE(loaded.attachments.size() == 2);
        CHECK(loaded.attachments.at(0).rows == expected.attachments.at(0).rows);
        CHECK(loaded.attachments.at(0).title == expected.attachments.at(0).title);
        CHECK(loaded.attachments.at(0).headers == expected.attachments.at(0).headers);
        CHECK(loaded.attachments.at(1).rows.isEmpty());
    }
    // No side file once idle: the single file is the whole form.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("form.tianbao")});
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toUInt() == Schema::ApplicationId);
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Schema::Version);
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

TEST_CASE("Creating a form never overwrites a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto created = FormFile::create(path, FormTemplate::notice2023());
    CHECK_FALSE(created.ok());
    CHECK(created.error().contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
}

TEST_CASE("A cell edit is in the file at once, with who, when and every earlier value")
{
    ClockGuard clock;
    QTemporaryDir dir;
    QString uuid;
    {
        auto form = newForm(dir, QStringLiteral("乡村振兴学院"));
        uuid = form->rows(Attachment::ExistingKey).at(0).uuid;
        REQUIRE(form->setCell(uuid, Field::Progress, QStringLiteral("天冬组培快繁实现部分量产。"))
                    .ok());
        clock.clock->advanceSeconds(60);
        form->setActingUnit(QStringLiteral("园林与生命科学学院"));
        REQUIRE(form->setCell(uuid, Field::Progress,
                              QStringLiteral("天冬组培快繁实现量产。\r\n建成示范基地。"))
                    .ok());
    }
    auto reopened = FormFile::open(dir.filePath(QStringLiteral("form.tianbao")));
    REQUIRE(reopened.ok());
    auto &form = reopened.value();
    CHECK(form->rows(Attachment::ExistingKey).at(0).value(Field::Progress) ==
          QStringLiteral("天冬组培快繁实现量产。\n建成示范基地。"));
    const QVector<CellChange> history = form->history(uuid, Field::Progress);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).value == QStringLiteral("天冬组培快繁实现部分量产。"));
    CHECK(history.at(0).unit == QStringLiteral("乡村振兴学院"));
    CHECK(history.at(0).at == QDateTime(QDate(2023, 12, 25), QTime(9, 0), Qt::UTC));
    CHECK(history.at(1).unit == QStringLiteral("园林与生命科学学院"));
    CHECK(history.at(1).at == QDateTime(QDate(2023, 12, 25), QTime(9, 1), Qt::UTC));
    CHECK(history.at(1).source == QStringLiteral("edit"));
    CHECK(form->originValue(uuid, Field::Progress) == QString());
    CHECK(form->originValue(uuid, Field::Name) == QStringLiteral("乡村振兴学院东兴分院项目"));
}

TEST_CASE("Deleted rows stay as tombstones and positions follow inserts, moves and deletes")
{
    QTemporaryDir dir;
    auto form = newForm(dir);
    const QString key = Attachment::ExistingKey;
    QVector<Row> rows = form->rows(key);
    const QString second = rows.at(1).uuid;

    Row extra;
    extra.setValue(Field::Name, QStringLiteral("新项目"));
    auto inserted = form->insertRow(key, 0, extra);
    REQUIRE(inserted.ok());
    CHECK(form->rows(key).at(0).uuid == inserted.value());
    CHECK(form->rows(key).size() == 14);

    REQUIRE(form->deleteRow(second).ok());
    rows = form->rows(key);
    CHECK(rows.size() == 13);
    CHECK(std::none_of(rows.begin(), rows.end(), [&](const Row &r) { return r.uuid == second; }));
    auto tomb = form->storedRow(second);
    REQUIRE(tomb);
    CHECK(tomb->deleted);
    CHECK(tomb->row.value(Field::Name) == QStringLiteral("乡村振兴培训项目"));

    REQUIRE(form->moveRow(inserted.value(), 12).ok());
    rows = form->rows(key);
    CHECK(rows.last().uuid == inserted.value());
    REQUIRE(form->moveRow(inserted.value(), 0).ok());
    CHECK(form->rows(key).first().uuid == inserted.value());

    REQUIRE(form->restoreRow(second, 2).ok());
    rows = form->rows(key);
    CHECK(rows.at(2).uuid == second);
    // Positions stay dense: 0..n-1.
    const QVector<StoredRow> stored = form->storedRows(key);
    QVector<int> positions;
    for (const StoredRow &s : stored)
        if (!s.deleted)
            positions << s.position;
    std::sort(positions.begin(), positions.end());
    for (int i = 0; i < positions.size(); ++i)
        CHECK(positions.at(i) == i);
}

TEST_CASE("Properties are stored and their earlier values kept")
{
    QTemporaryDir dir;
    auto form = newForm(dir);
    REQUIRE(form->setProperty(Property::Unit, QStringLiteral("药学院")).ok());
    REQUIRE(form->setProperty(Property::SignDate, QDate(2023, 12, 26)).ok());
    REQUIRE(form->setProperty(Property::NoNewProjects, true).ok());
    const FormProperties p = form->properties();
    CHECK(p.unit == QStringLiteral("药学院"));
    CHECK(p.signDate == QDate(2023, 12, 26));
    CHECK(p.noNewProjects);
}

TEST_CASE("A read-only form refuses changes with a sentence and stays as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    newForm(dir).reset();
    const QByteArray before = test::fileDigest(path);
    auto opened = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    auto &form = opened.value();
    CHECK(form->isReadOnly());
    const QString uuid = form->rows(Attachment::ExistingKey).at(0).uuid;
    Status status = form->setCell(uuid, Field::Plan, QStringLiteral("x"));
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("read-only")));
    opened.value().reset();
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("A transaction is all or nothing")
{
    QTemporaryDir dir;
    auto form = newForm(dir);
    const QString uuid = form->rows(Attachment::ExistingKey).at(0).uuid;
    Status status = form->transaction([&]() -> Status {
        if (Status s = form->setCell(uuid, Field::Plan, QStringLiteral("计划一")); !s)
            return s;
        return Error{QStringLiteral("stop")};
    });
    CHECK_FALSE(status.ok());
    CHECK(form->rows(Attachment::ExistingKey).at(0).value(Field::Plan).isEmpty());
    CHECK(form->history(uuid, Field::Plan).isEmpty());
}

TEST_CASE("Save a copy writes a complete form that opens, with the same origin")
{
    QTemporaryDir dir;
    auto form = newForm(dir);
    const QString uuid = form->rows(Attachment::ExistingKey).at(4).uuid;
    REQUIRE(
        form->setCell(uuid, Field::Progress, QStringLiteral("扩散增亮膜已被京东方采用。")).ok());
    const QString copyPath = dir.filePath(QStringLiteral("copy.tianbao"));
    REQUIRE(form->saveCopyAs(copyPath).ok());
    auto copy = FormFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK(copy.value()->rows(Attachment::ExistingKey).at(4).value(Field::Progress) ==
          QStringLiteral("扩散增亮膜已被京东方采用。"));
    CHECK(copy.value()->properties().originUuid == form->properties().originUuid);
    CHECK_FALSE(form->saveCopyAs(form->path()).ok());
}

TEST_CASE("An open form syncs every commit, journal deletion included")
{
    QTemporaryDir dir;
    auto form = newForm(dir);
    // synchronous = EXTRA (3): a power cut right after a commit cannot undo it.
    CHECK(form->synchronousLevel() == 3);
}
