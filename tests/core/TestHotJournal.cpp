// A form whose rollback journal was left "hot" by a program killed mid-transaction
// (tests/data/bad/hot-journal.tianbao and its -journal, made by scripts/make-form-fixtures.sh).
#include "TestSupport.h"
#include "store/FormFile.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tianbao;

namespace {

// Copies the pair into `dir`; returns the form's path.
QString copyPair(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("hot-journal.tianbao"));
    for (const QString &suffix : {QString(), QStringLiteral("-journal")}) {
        REQUIRE(QFile::copy(test::dataPath(QStringLiteral("bad/hot-journal.tianbao") + suffix),
                            path + suffix));
        QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

QStringList sqliteAnswers(const QString &path, const QString &sql)
{
    QStringList answers;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hot-check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        while (query.next())
            answers << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hot-check"));
    return answers;
}

} // namespace

TEST_CASE("The hot-journal fixture really is half-written")
{
    // Else the tests below prove nothing: the file alone holds pages of the killed transaction.
    QTemporaryDir dir;
    const QString path = copyPair(dir);
    CHECK(QFileInfo(path + QStringLiteral("-journal")).size() > 512);
    CHECK(QFileInfo(path).size() >
          QFileInfo(test::dataPath(QStringLiteral("schema/v1.tianbao"))).size());
}

TEST_CASE("A hot journal is rolled back on open: the last committed form, integrity ok")
{
    for (const auto access : {FormFile::Access::ReadWrite, FormFile::Access::ReadOnly}) {
        QTemporaryDir dir;
        const QString path = copyPair(dir);
        auto opened = FormFile::open(path, access);
        INFO("read-only: " << (access == FormFile::Access::ReadOnly));
        REQUIRE(opened.ok());
        const QVector<Row> rows = opened.value()->rows(Attachment::ExistingKey);
        REQUIRE(rows.size() == 13);
        CHECK(rows.first().value(Field::Progress).startsWith(QStringLiteral("天冬组培快繁技术")));
        for (const Row &row : rows)
            CHECK(row.value(Field::Progress) != QStringLiteral("NEVER COMMITTED"));
        opened.value().reset();
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
        CHECK(sqliteAnswers(path, QStringLiteral("PRAGMA integrity_check")) ==
              QStringList{QStringLiteral("ok")});
        CHECK(sqliteAnswers(path, QStringLiteral("SELECT key FROM meta WHERE key LIKE 'junk%'"))
                  .isEmpty());
    }
}
