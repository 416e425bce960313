#include "TestSupport.h"
#include "store/FormLock.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("A form lock is exclusive and released on unlock")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("form.tianbao"));
    FormLock first(form);
    CHECK(first.lockFilePath() == form + QStringLiteral(".lock"));
    REQUIRE(first.tryLock());
    CHECK(first.isLocked());
    CHECK(QFile::exists(form + QStringLiteral(".lock")));

    FormLock second(form);
    CHECK_FALSE(second.tryLock());
    CHECK(second.reason().contains(QStringLiteral("already open")));

    first.unlock();
    CHECK_FALSE(QFile::exists(form + QStringLiteral(".lock")));
    CHECK(second.tryLock());
}

TEST_CASE("A lock left by a crashed process is stale and taken over")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("form.tianbao"));
    {
        // What QLockFile writes: pid, application, host. No process has this pid.
        QFile stale(form + QStringLiteral(".lock"));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("2147483000\ntianbao\n\n");
    }
    FormLock lock(form);
    CHECK(lock.tryLock());
    CHECK(lock.isLocked());
}

TEST_CASE("A lock held by a live process is not stale, however old")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("form.tianbao"));
    QLockFile other(form + QStringLiteral(".lock"));
    REQUIRE(other.tryLock(0));
    FormLock lock(form);
    CHECK_FALSE(lock.tryLock());
    CHECK_FALSE(lock.reason().isEmpty());
}

TEST_CASE("An empty lock file left by a program killed while locking is taken over")
{
    QTemporaryDir dir;
    const QString form = dir.filePath(QStringLiteral("form.tianbao"));
    {
        // Killed between creating the lock file and writing its owner into it.
        QFile empty(form + QStringLiteral(".lock"));
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    FormLock lock(form);
    CHECK(lock.tryLock());
    CHECK(lock.isLocked());
}
