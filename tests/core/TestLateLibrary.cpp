#include "TestSupport.h"
#include "util/LateLibrary.h"

#include <zlib.h>

using namespace tianbao;

TEST_CASE("A late library that is missing says so in a sentence, and loads nothing")
{
    LateLibrary missing(QStringLiteral("tianbao-no-such-library"));
    QString error;
    CHECK_FALSE(missing.load(&error));
    CHECK(error.contains(QStringLiteral("tianbao-no-such-library")));
    const QString problem = missing.problem(); // asked again: still missing, no crash
    CHECK(problem.startsWith(
        QStringLiteral("Tianbao could not load the library “tianbao-no-such-library”")));
    CHECK(problem.endsWith(QLatin1Char('.')));
}

#if defined(Q_OS_LINUX) && defined(TIANBAO_LATE_LIBRARIES)
namespace late {
LateLibrary &zlib()
{
    static LateLibrary library(QStringLiteral("libz.so.1"));
    return library;
}
// zlib's functions, declared by <zlib.h>, called through the late library.
TIANBAO_LATE_FUNCTION(zlib, zlibVersion)
TIANBAO_LATE_FUNCTION(zlib, crc32)
} // namespace late

TEST_CASE("A late function calls the library's function, looked up on the first call")
{
    CHECK(late::zlib().problem().isEmpty());
    CHECK(QByteArray(late::zlibVersion()).startsWith('1'));
    // A pointer parameter takes Z_NULL (0), as in a direct call: zlib's way to ask for the
    // start value of a CRC.
    const uLong start = late::crc32(0, Z_NULL, 0);
    CHECK(start == 0);
    const auto text = reinterpret_cast<const Bytef *>("123456789");
    CHECK(late::crc32(start, text, 9) == 0xcbf43926); // CRC-32's check value
}
#endif
