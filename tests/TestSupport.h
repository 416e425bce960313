#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tianbao::test {

// The folder of checked-in fixtures (tests/data).
QString dataPath(const QString &relative);
// SHA-256 of a file's bytes: to prove a refused file was left untouched.
QByteArray fileDigest(const QString &path);

// Runs the tianbao binary; returns exit code, stdout and stderr (UTF-8).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments, const QByteArray &stdinData = {});
// runCli with another copy of the binary (`program`) and `environment` set on top.
CliResult runTianbaoCopy(const QString &program, const QStringList &arguments,
                         const QMap<QString, QString> &environment = {},
                         const QByteArray &stdinData = {});

} // namespace tianbao::test

// Catch2 prints QStrings readably.
#include <QString>
#include <catch2/catch.hpp>
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

// INFO(qstring) and friends.
#include <ostream>
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
