#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace tianbao;

namespace {

// What the file must hold after the last edit n that was reported committed: that edit's text
// in some cell's history (cell edits), or its row (inserts).
bool editIsInFile(const QString &path, int n)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    bool found = false;
    if (db.open()) {
        QSqlQuery query(db);
        const int kind = n % 10;
        if (kind < 8) {
            query.prepare(QStringLiteral("SELECT count(*) FROM cell_changes WHERE value LIKE ?"));
            query.addBindValue(QStringLiteral("第%1次编辑：%").arg(n));
        } else if (kind == 8) {
            query.prepare(QStringLiteral("SELECT count(*) FROM rows WHERE name = ?"));
            query.addBindValue(QStringLiteral("新增项目%1").arg(n));
        } else {
            query.prepare(QStringLiteral("SELECT 1"));
        }
        found = query.exec() && query.next() && query.value(0).toInt() > 0;
        query = QSqlQuery();
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));
    return found;
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

// The full count (200+ kills) runs from scripts/kill-test; ctest runs a smaller one.
TEST_CASE("Killing the program mid-edit never loses a committed edit nor breaks the file")
{
    const int kills = qEnvironmentVariableIntValue("TIANBAO_KILLS") > 0
                          ? qEnvironmentVariableIntValue("TIANBAO_KILLS")
                          : 25;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.tianbao"));
    REQUIRE(FormFile::create(path, FormTemplate::notice2023()).ok());
    QRandomGenerator random(20231227);
    int next = 0;
    int lastCommitted = -1;
    for (int k = 0; k < kills; ++k) {
        QProcess process;
        process.start(QStringLiteral(TIANBAO_EDITLOOP),
                      {path, QStringLiteral("100000"), QString::number(next)});
        REQUIRE(process.waitForStarted());
        // Kill somewhere between right away and a few hundred edits in.
        QThread::msleep(random.bounded(5, 120));
        process.kill();
        process.waitForFinished();
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("committed ")))
                lastCommitted = line.mid(10).toInt();
        }
        INFO("kill " << k << ", last committed edit " << lastCommitted);
        CHECK(integrity(path) == QStringLiteral("ok"));
        auto reopened = FormFile::open(path);
        REQUIRE(reopened.ok());
        reopened.value().reset();
        if (lastCommitted >= 0)
            CHECK(editIsInFile(path, lastCommitted));
        next = lastCommitted + 1;
    }
    CHECK(lastCommitted > 0);
}
