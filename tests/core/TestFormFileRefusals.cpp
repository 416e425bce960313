#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tianbao;

namespace {

// Opens a copy of a checked-in bad file; the copy must come back byte-for-byte unchanged.
QString refusalOf(const QString &fixture)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QFileInfo(fixture).fileName());
    REQUIRE(QFile::copy(test::dataPath(fixture), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fileDigest(path);
    auto opened = FormFile::open(path);
    CHECK_FALSE(opened.ok());
    CHECK(test::fileDigest(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1); // no journal left behind
    return opened.ok() ? QString() : opened.error();
}

} // namespace

TEST_CASE("Bad form files are refused with one sentence and left untouched")
{
    CHECK(refusalOf(QStringLiteral("bad/empty.tianbao")).contains(QStringLiteral("is empty")));
    CHECK(refusalOf(QStringLiteral("bad/text.tianbao"))
              .contains(QStringLiteral("not a Tianbao form")));
    CHECK(refusalOf(QStringLiteral("bad/random-bytes.tianbao"))
              .contains(QStringLiteral("not a Tianbao form")));
    CHECK(refusalOf(QStringLiteral("bad/foreign-sqlite.tianbao"))
              .contains(QStringLiteral("another program")));
    CHECK(refusalOf(QStringLiteral("bad/newer-version.tianbao"))
              .contains(QStringLiteral("newer version")));
    CHECK(refusalOf(QStringLiteral("bad/missing-table.tianbao"))
              .contains(QStringLiteral("incomplete")));
    CHECK(refusalOf(QStringLiteral("bad/missing-column.tianbao"))
              .contains(QStringLiteral("incomplete")));
    CHECK(refusalOf(QStringLiteral("bad/truncated.tianbao")).contains(QStringLiteral("cut short")));
    CHECK(
        refusalOf(QStringLiteral("bad/corrupt-pages.tianbao")).contains(QStringLiteral("damaged")));
}

TEST_CASE("A form cut short at any offset is refused, never half-read")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.tianbao"));
    REQUIRE(FormFile::create(good, FormTemplate::notice2023()).ok());
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (qint64 cut : {qint64(1), qint64(50), qint64(99), qint64(100), qint64(1000), qint64(4096),
                       bytes.size() / 2, bytes.size() - 1}) {
        const QString path = dir.filePath(QStringLiteral("cut-%1.tianbao").arg(cut));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(cut));
        out.close();
        const QByteArray before = test::fileDigest(path);
        auto opened = FormFile::open(path);
        INFO("cut at " << cut);
        CHECK_FALSE(opened.ok());
        CHECK(test::fileDigest(path) == before);
    }
}

TEST_CASE("A missing path or a folder gets a sentence")
{
    QTemporaryDir dir;
    auto missing = FormFile::open(dir.filePath(QStringLiteral("nowhere.tianbao")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nowhere.tianbao"))));
    auto folder = FormFile::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().contains(QStringLiteral("folder")));
}

TEST_CASE("Every released format opens (and is migrated to the current one)")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.tianbao"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("schema/v1.tianbao")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = FormFile::open(path);
    REQUIRE(opened.ok());
    const Form form = opened.value()->load();
    CHECK(form.attachments.at(0).rows.size() == 13);
    CHECK_FALSE(form.attachments.at(0).rows.at(0).value(Field::Progress).isEmpty());
}

TEST_CASE("A file whose permissions forbid writing opens read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    REQUIRE(FormFile::create(path, FormTemplate::notice2023()).ok());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    auto opened = FormFile::open(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(opened.ok());
    // Root may write anyway; everyone else gets a read-only form.
    if (!QFileInfo(path).isWritable() || opened.value()->isReadOnly())
        CHECK(opened.value()->isReadOnly());
}

TEST_CASE("A form locked by another program is refused with a sentence")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    REQUIRE(FormFile::create(path, FormTemplate::notice2023()).ok());
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto opened = FormFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("locked by another program")));
        lock.exec(QStringLiteral("ROLLBACK"));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    CHECK(FormFile::open(path).ok());
}

TEST_CASE("A full disk refuses the edit with a sentence and the file stays valid")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    QString uuid;
    {
        auto form = FormFile::create(path, FormTemplate::notice2023());
        REQUIRE(form.ok());
        uuid = form.value()->rows(Attachment::ExistingKey).at(0).uuid;
        REQUIRE(form.value()
                    ->setCell(uuid, Field::Progress, QStringLiteral("天冬组培实现量产。"))
                    .ok());
        form.value()->simulateFullDisk();
        const QString huge = QStringLiteral("扩散增亮膜").repeated(40000);
        Status status = form.value()->setCell(uuid, Field::Progress, huge);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().contains(QStringLiteral("disk is full")));
        CHECK(form.value()->rows(Attachment::ExistingKey).at(0).value(Field::Progress) ==
              QStringLiteral("天冬组培实现量产。"));
    }
    auto reopened = FormFile::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->rows(Attachment::ExistingKey).at(0).value(Field::Progress) ==
          QStringLiteral("天冬组培实现量产。"));
    CHECK(reopened.value()->history(uuid, Field::Progress).size() == 1);
}

TEST_CASE("A form over the full-check size opens with the tables it shows checked")
{
    // A master table of many units: above FormFile::FullCheckLimit only meta, attachments and
    // rows are checked on opening (the rest as SQLite reads it), so opening stays quick.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tianbao"));
    Form form = FormTemplate::notice2023();
    form.attachments[0].rows[0].setValue(
        Field::Progress, QStringLiteral("天冬组培快繁技术实现部分量产。")
                             .repeated(int(FormFile::FullCheckLimit / 3 / 15) + 1000));
    REQUIRE(FormFile::create(path, form).ok());
    REQUIRE(QFileInfo(path).size() > FormFile::FullCheckLimit);
    auto opened = FormFile::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->rows(Attachment::ExistingKey).size() == 13);
}
