#pragma once

#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>
#include <QString>

namespace tianbao {

// A shared library loaded the first time one of its functions is called, instead of when the
// program starts.
//
// Why: libzip and libxlsxwriter bring OpenSSL's libcrypto with them, and loading the three was
// 5–6 ms of every start of the program on a 2-core machine (a 13-row PDF export takes about
// 90 ms in all), though only .docx and .xlsx files need them. Their headers are still used as
// they are; only the functions are resolved late, on their first call (TIANBAO_LATE_FUNCTION).
//
// On Linux only (the build option TIANBAO_LATE_LIBRARIES). Elsewhere the libraries are linked
// as usual, so that the tools that gather a program's libraries (windeployqt, macdeployqt)
// still find them.
class LateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(LateLibrary)

public:
    // `fileName` and `version` as QLibrary takes them: "zip" and "4" load libzip.so.4.
    explicit LateLibrary(const QString &fileName, const QString &version = {});

    // Loads the library if it is not loaded yet; false with `error` set when it cannot be.
    bool load(QString *error = nullptr);
    // One sentence for the user when the library cannot be loaded (only a broken installation
    // gets there: the build found it), else empty. Callers ask before their first call.
    QString problem();
    // The function `name`, loading the library first. A library or function that cannot be
    // found ends the program with a message naming it, as the system's loader would have.
    QFunctionPointer function(const char *name);

private:
    bool loadLocked(QString *error);

    QMutex m_mutex;
    QLibrary m_library;
};

// Calls the function that Resolver::address() returns, with the exact parameter types of its
// type `Pointer`: arguments convert as in a direct call (nullptr or 0 to a pointer, an int to
// a byte).
template <typename Pointer, typename Resolver> struct LateCall;

template <typename Result, typename... Parameters, typename Resolver>
struct LateCall<Result (*)(Parameters...), Resolver>
{
    static Result call(Parameters... parameters) { return Resolver::address()(parameters...); }
};

// C functions declared noexcept (as glibc's are in C++).
template <typename Result, typename... Parameters, typename Resolver>
struct LateCall<Result (*)(Parameters...) noexcept, Resolver>
{
    static Result call(Parameters... parameters) noexcept
    {
        return Resolver::address()(parameters...);
    }
};

} // namespace tianbao

#ifdef TIANBAO_LATE_LIBRARIES
// Declares, in the current namespace, `name` calling the C function `::name` (whose header is
// included) from `library()`, a LateLibrary; the function is looked up on the first call.
#define TIANBAO_LATE_FUNCTION(library, name)                                                       \
    struct name##_late                                                                             \
    {                                                                                              \
        static decltype(&::name) address()                                                         \
        {                                                                                          \
            static const auto address =                                                            \
                reinterpret_cast<decltype(&::name)>(library().function(#name));                    \
            return address;                                                                        \
        }                                                                                          \
    };                                                                                             \
    inline constexpr auto name = &::tianbao::LateCall<decltype(&::name), name##_late>::call;
#else
// The library is linked as usual: `name` is the C function itself.
#define TIANBAO_LATE_FUNCTION(library, name) using ::name;
#endif
