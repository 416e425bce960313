#pragma once

#include <QLibrary>
#include <QMutex>
#include <QString>
#include <utility>

namespace tianbao {

// A shared library loaded the first time one of its functions is called, instead of when the
// program starts.
//
// Why: libzip and libxlsxwriter bring OpenSSL's libcrypto with them, and loading the three was
// 5–6 ms of every start of the program on a 2-core machine (a 13-row PDF export takes about
// 90 ms in all), though only .docx and .xlsx files need them. Their headers are still used as
// they are; only the functions are resolved late, each once (TIANBAO_LATE_FUNCTION).
//
// A library or function that cannot be found ends the program with a message naming it: the
// build found both, so only a broken installation gets there, which the system's loader would
// have refused to start at all.
class LateLibrary
{
public:
    // `fileName` as QLibrary takes it: a path, or a name the system's loader finds.
    explicit LateLibrary(QString fileName);

    // Loads the library if it is not loaded yet; false with `error` set when it cannot be.
    bool load(QString *error = nullptr);
    // The function `name`, loading the library first; fatal when either cannot be found.
    QFunctionPointer function(const char *name);

private:
    bool loadLocked(QString *error);

    QMutex m_mutex;
    QLibrary m_library;
};

} // namespace tianbao

// Declares, in the current namespace, a function `name` that calls the C function `::name`
// (whose header is included) from `library()`, a LateLibrary, resolving it on the first call.
#define TIANBAO_LATE_FUNCTION(library, name)                                                       \
    template <typename... Arguments> auto name(Arguments &&...arguments)                           \
    {                                                                                              \
        static const auto function =                                                               \
            reinterpret_cast<decltype(&::name)>(library().function(#name));                        \
        return function(std::forward<Arguments>(arguments)...);                                    \
    }
