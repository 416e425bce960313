#include "LateLibrary.h"

#include <QMutexLocker>

namespace tianbao {

LateLibrary::LateLibrary(const QString &fileName, const QString &version)
    : m_library(fileName, version)
{
}

bool LateLibrary::load(QString *error)
{
    const QMutexLocker locker(&m_mutex);
    return loadLocked(error);
}

QString LateLibrary::problem()
{
    QString error;
    if (load(&error))
        return {};
    return tr("Tianbao could not load the library “%1”, which it needs for Word and Excel files "
              "(%2). Installing Tianbao again should mend this.")
        .arg(m_library.fileName(), error);
}

QFunctionPointer LateLibrary::function(const char *name)
{
    // Exports run on worker threads too; each function is looked up once
    // (TIANBAO_LATE_FUNCTION keeps it).
    const QMutexLocker locker(&m_mutex);
    QString error;
    if (!loadLocked(&error))
        qFatal("Tianbao could not load a library it was built with: %s", qPrintable(error));
    const QFunctionPointer function = m_library.resolve(name);
    if (!function)
        qFatal("Tianbao could not find %s in %s", name, qPrintable(m_library.fileName()));
    return function;
}

bool LateLibrary::loadLocked(QString *error)
{
    if (m_library.isLoaded() || m_library.load())
        return true;
    if (error)
        *error = m_library.errorString();
    return false;
}

} // namespace tianbao
