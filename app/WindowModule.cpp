#include "WindowModule.h"

#include "window/WindowEntry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <vector>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace tianbao {

namespace {

// The running executable's path, or empty when the system does not say. There is no
// QCoreApplication to ask yet: the window makes its own QApplication, and a process has one.
QString executablePath()
{
#if defined(Q_OS_WIN)
    std::vector<wchar_t> buffer(32768);
    const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
    if (length == 0 || length >= buffer.size()) // failed, or cut short
        return QString();
    return QString::fromWCharArray(buffer.data(), int(length));
#elif defined(Q_OS_LINUX)
    return QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
#else
    return QString();
#endif
}

void report(const QString &reason)
{
    const char *sentence =
        QT_TRANSLATE_NOOP("WindowModule", "The window could not start: %1. Reinstalling "
                                          "Tianbao puts its files back.");
    // Translated by hand: a translator is installed into an application, and there is none.
    QTranslator translator;
    QString text;
    if (QLocale::system().language() == QLocale::Chinese &&
        translator.load(QStringLiteral(":/i18n/tianbao_zh_CN.qm")))
        text = translator.translate("WindowModule", sentence);
    text = (text.isEmpty() ? QString::fromUtf8(sentence) : text).arg(reason);
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console to print to.
    MessageBoxW(nullptr, reinterpret_cast<const wchar_t *>(text.utf16()), L"Tianbao",
                MB_OK | MB_ICONERROR);
#endif
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

} // namespace

int WindowModule::run(int argc, char **argv, qint64 startedNs)
{
    // Without the executable's path, the bare name: the system's library search then decides.
    const QString executable = executablePath();
    const QString name = QStringLiteral(TIANBAO_WINDOW_MODULE);
    QLibrary module(executable.isEmpty() ? name
                                         : QFileInfo(executable).absolutePath() + u'/' + name);
    const auto windowMain = reinterpret_cast<WindowMain>(module.resolve(WindowMainName));
    if (!windowMain) {
        report(module.errorString());
        return 2;
    }
    // The module stays loaded until the process ends.
    return windowMain(argc, argv, startedNs);
}

} // namespace tianbao
