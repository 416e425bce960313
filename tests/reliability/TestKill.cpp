#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"
#include "store/FormLock.h"

#include <QElapsedTimer>
#include <QFile>
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

// Kills `program` (an edit loop) `kills` times at random moments and checks the file after
// each: integrity_check ok, it opens, the last edit reported committed is there. For the window
// also the lock it leaves behind: it is stale and taken over, so the next run opens read-write.
void killRepeatedly(const QString &program, int kills, quint32 seed, int minMs, int maxMs,
                    bool leavesLock)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.tianbao"));
    REQUIRE(FormFile::create(path, FormTemplate::notice2023()).ok());
    QRandomGenerator random(seed);
    int next = 0;
    int lastCommitted = -1;
    int staleLocks = 0;
    // How long the program takes to start and commit one edit here: a sanitizer build on a
    // busy machine takes several times longer, and kills that all fall before the first edit
    // would test nothing. The kill window is widened by it.
    QElapsedTimer started;
    started.start();
    {
        QProcess first;
        first.start(program, {path, QStringLiteral("1"), QStringLiteral("0")});
        REQUIRE(first.waitForFinished(120000));
        if (QString::fromUtf8(first.readAllStandardOutput())
                .contains(QStringLiteral("committed 0")))
            lastCommitted = 0;
    }
    const int startMs = int(started.elapsed());
    next = lastCommitted + 1;
    for (int k = 0; k < kills; ++k) {
        QProcess process;
        process.start(program, {path, QStringLiteral("100000"), QString::number(next)});
        REQUIRE(process.waitForStarted());
        // Kill somewhere between right away and a few hundred edits in.
        QThread::msleep(random.bounded(minMs, maxMs + startMs));
        const bool wasRunning = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("committed ")))
                lastCommitted = line.mid(10).toInt();
        }
        INFO("kill " << k << ", last committed edit " << lastCommitted
                     << ", stderr: " << QString::fromUtf8(process.readAllStandardError()));
        // It was editing, not stopped by a failure of its own (or a read-only open).
        REQUIRE(wasRunning);
        CHECK(integrity(path) == QStringLiteral("ok"));
        auto reopened = FormFile::open(path);
        REQUIRE(reopened.ok());
        reopened.value().reset();
        if (lastCommitted >= 0)
            CHECK(editIsInFile(path, lastCommitted));
        if (leavesLock && QFile::exists(FormLock::lockPathFor(path))) {
            ++staleLocks;
            FormLock lock(path);
            CHECK(lock.tryLock());
        }
        next = lastCommitted + 1;
    }
    CHECK(lastCommitted > 0);
    if (leavesLock)
        CHECK(staleLocks > 0);
}

} // namespace

// The full count (200+ kills each) runs from scripts/kill-test; ctest runs a smaller one.
int killCount()
{
    return qEnvironmentVariableIntValue("TIANBAO_KILLS") > 0
               ? qEnvironmentVariableIntValue("TIANBAO_KILLS")
               : 25;
}

TEST_CASE("Killing the program mid-edit never loses a committed edit nor breaks the file")
{
    killRepeatedly(QStringLiteral(TIANBAO_EDITLOOP), killCount(), 20231227, 5, 120, false);
}

TEST_CASE("Killing the window mid-edit never loses a committed edit, and its lock is taken over")
{
    // The window needs a moment to start: kill during start-up and during edits.
    killRepeatedly(QStringLiteral(TIANBAO_WINDOW_EDITLOOP), killCount(), 20240101, 50, 700, true);
}
