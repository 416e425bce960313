#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace tianbao::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TIANBAO_TEST_DATA)).filePath(relative);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    return runTianbaoCopy(QStringLiteral(TIANBAO_BINARY), arguments, {}, stdinData);
}

CliResult runTianbaoCopy(const QString &program, const QStringList &arguments,
                         const QMap<QString, QString> &environment, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Offscreen unless a test names another platform (TIANBAO_TEST_QPA).
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), qEnvironmentVariableIsSet("TIANBAO_TEST_QPA")
                                                      ? qEnvironmentVariable("TIANBAO_TEST_QPA")
                                                      : QStringLiteral("offscreen"));
    // English sentences unless a test asks for another language.
    const QString lang = qEnvironmentVariableIsSet("TIANBAO_TEST_LANG")
                             ? qEnvironmentVariable("TIANBAO_TEST_LANG")
                             : QStringLiteral("C.UTF-8");
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace tianbao::test
