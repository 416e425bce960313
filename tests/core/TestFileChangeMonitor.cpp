#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "store/FileChangeMonitor.h"
#include "store/FormFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tianbao;
using Change = FileChangeMonitor::Change;

namespace {

std::unique_ptr<FormFile> makeForm(const QString &path)
{
    auto made = FormFile::create(path, FormTemplate::notice2023(), QStringLiteral("乡村振兴学院"));
    REQUIRE(made.ok());
    return std::move(made.value());
}

QString firstUuid(const FormFile &file)
{
    return file.rows(Attachment::ExistingKey).first().uuid;
}

// What another program (or a second connection) does: one cell written and committed.
void writeThroughAnotherConnection(const QString &path, const QString &text)
{
    auto other = FormFile::open(path);
    REQUIRE(other.ok());
    REQUIRE(other.value()->setCell(firstUuid(*other.value()), Field::Plan, text).ok());
}

// Lets the watcher's events arrive and settle.
void settle()
{
    QTest::qWait(300);
}

} // namespace

TEST_CASE("The form's own commits are never taken for another program's change")
{
    QTemporaryDir dir;
    auto form = makeForm(dir.filePath(QStringLiteral("form.tianbao")));
    FileChangeMonitor monitor(form.get());
    QSignalSpy spy(&monitor, &FileChangeMonitor::changed);
    const QString uuid = firstUuid(*form);
    for (int i = 0; i < 20; ++i) {
        REQUIRE(form->setCell(uuid, Field::Progress, QStringLiteral("第%1次").arg(i)).ok());
        QTest::qWait(5);
    }
    REQUIRE(form->insertRow(Attachment::NewKey, 0, Row()).ok());
    REQUIRE(form->saveCopyAs(dir.filePath(QStringLiteral("copy.tianbao"))).ok());
    settle();
    CHECK(monitor.check() == Change::None);
    CHECK(spy.isEmpty());
}

TEST_CASE("A change written by another connection is seen as modified")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    auto form = makeForm(path);
    FileChangeMonitor monitor(form.get());
    QSignalSpy spy(&monitor, &FileChangeMonitor::changed);
    writeThroughAnotherConnection(path, QStringLiteral("另一个程序写的"));
    REQUIRE(spy.wait(3000));
    CHECK(monitor.change() == Change::Modified);
    CHECK_FALSE(monitor.connectionHoldsOwnVersion());
    CHECK(FileChangeMonitor::sentence(Change::Modified, path).contains(QStringLiteral("changed")));
}

TEST_CASE("This program's own second connection (a batch merge's worker) is not another program")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    auto form = makeForm(path);
    FileChangeMonitor monitor(form.get());
    QSignalSpy spy(&monitor, &FileChangeMonitor::changed);
    monitor.beginOwnWrites();
    writeThroughAnotherConnection(path, QStringLiteral("批量合并写的"));
    settle();
    CHECK(monitor.check() == Change::None);
    monitor.endOwnWrites();
    settle();
    CHECK(monitor.check() == Change::None);
    CHECK(spy.isEmpty());
    CHECK(form->setCell(firstUuid(*form), Field::Progress, QStringLiteral("之后我写的")).ok());

    // Afterwards another program's write is seen again.
    writeThroughAnotherConnection(path, QStringLiteral("另一个程序写的"));
    REQUIRE(spy.wait(3000));
    CHECK(monitor.change() == Change::Modified);
}

TEST_CASE("A file renamed over the form is seen as replaced and the connection keeps the old one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    auto form = makeForm(path);
    REQUIRE(form->setCell(firstUuid(*form), Field::Plan, QStringLiteral("我的版本")).ok());
    FileChangeMonitor monitor(form.get());
    QSignalSpy spy(&monitor, &FileChangeMonitor::changed);

    // What an editor or a sync client does: a new file under a temporary name, renamed over.
    const QString incoming = dir.filePath(QStringLiteral(".form.tianbao.sync-tmp"));
    {
        auto other = makeForm(incoming);
        REQUIRE(other->setCell(firstUuid(*other), Field::Plan, QStringLiteral("他的版本")).ok());
    }
    REQUIRE(std::rename(QFile::encodeName(incoming).constData(),
                        QFile::encodeName(path).constData()) == 0);
    REQUIRE(spy.wait(3000));
    CHECK(monitor.change() == Change::Replaced);
#ifdef Q_OS_UNIX
    CHECK(monitor.connectionHoldsOwnVersion());
    CHECK(form->rows(Attachment::ExistingKey).first().value(Field::Plan) ==
          QStringLiteral("我的版本"));
#endif

    // The watch on the new file is in place: a later deletion is seen too.
    REQUIRE(QFile::remove(path));
    REQUIRE(spy.wait(3000));
    CHECK(monitor.change() == Change::Deleted);
}

TEST_CASE("A deleted form is seen as deleted")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.tianbao"));
    auto form = makeForm(path);
    FileChangeMonitor monitor(form.get());
    QSignalSpy spy(&monitor, &FileChangeMonitor::changed);
    REQUIRE(QFile::remove(path));
    REQUIRE(spy.wait(3000));
    CHECK(monitor.change() == Change::Deleted);
    CHECK(spy.first().first().value<Change>() == Change::Deleted);
}
