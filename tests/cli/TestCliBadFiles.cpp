// Every checked-in bad .tianbao through the command line: one sentence and exit 2, or exit 0
// for the ones that are still forms; a refused file keeps its bytes.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

using tianbao::test::dataPath;
using tianbao::test::fileDigest;
using tianbao::test::runCli;

namespace {

// Odd, but forms: a cell of bytes that are not UTF-8, a 10 MB cell, a hot journal.
const QStringList StillForms = {QStringLiteral("invalid-utf8.tianbao"),
                                QStringLiteral("huge-cell.tianbao"),
                                QStringLiteral("hot-journal.tianbao")};

QStringList badForms()
{
    return QDir(dataPath(QStringLiteral("bad")))
        .entryList({QStringLiteral("*.tianbao")}, QDir::Files, QDir::Name);
}

// The fixture (and its journal, if it has one) copied into `dir`.
QString copyFixture(const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-journal")}) {
        const QString source = dataPath(QStringLiteral("bad/") + name + suffix);
        if (!QFile::exists(source))
            continue;
        REQUIRE(QFile::copy(source, path + suffix));
        QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ReadGroup | QFile::ReadOther);
    }
    return path;
}

} // namespace

TEST_CASE("tianbao show on every bad .tianbao: exit 2 with one sentence, or 0 for a form")
{
    const QStringList names = badForms();
    REQUIRE(names.size() >= 12);
    for (const QString &name : StillForms)
        REQUIRE(names.contains(name));
    for (const QString &name : names) {
        QTemporaryDir dir;
        const QString path = copyFixture(dir.path(), name);
        const QByteArray before = fileDigest(path);
        const auto result = runCli({QStringLiteral("show"), path});
        INFO(name.toStdString() << ": exit " << result.exitCode << ", " << result.err);
        if (StillForms.contains(name)) {
            CHECK(result.exitCode == 0);
            CHECK(result.out.contains(QStringLiteral("成渝地区双城经济圈")));
            CHECK_FALSE(result.out.contains(QStringLiteral("NEVER COMMITTED")));
        } else {
            CHECK(result.exitCode == 2);
            CHECK_FALSE(result.err.trimmed().isEmpty());
            CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
            CHECK(fileDigest(path) == before);
        }
        // Nothing left beside it (a hot journal is consumed by the rollback).
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{name});
    }
}

TEST_CASE("tianbao show of a hot journal beside a file it cannot write gives a sentence")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir.path(), QStringLiteral("hot-journal.tianbao"));
    const QString journal = path + QStringLiteral("-journal");
    const QByteArray before = fileDigest(path);
    const QByteArray journalBefore = fileDigest(journal);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (::geteuid() == 0) {
        // Root writes anyway; a user who may not write is what is tested.
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        REQUIRE_FALSE(runuser.isEmpty());
        process.start(runuser,
                      {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                       QStringLiteral(TIANBAO_BINARY), QStringLiteral("show"), path});
    } else {
        process.start(QStringLiteral(TIANBAO_BINARY), {QStringLiteral("show"), path});
    }
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    INFO(err);
    CHECK(process.exitCode() == 2);
    CHECK(err.contains(QStringLiteral("half-saved")));
    CHECK(err.count(QLatin1Char('\n')) == 0);
    CHECK(fileDigest(path) == before);
    CHECK(fileDigest(journal) == journalBefore);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
