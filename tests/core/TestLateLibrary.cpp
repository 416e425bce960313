#include "TestSupport.h"
#include "util/LateLibrary.h"

#include <cmath>

using namespace tianbao;

TEST_CASE("A late library that is missing reports why, and loads nothing")
{
    LateLibrary missing(QStringLiteral("tianbao-no-such-library"));
    QString error;
    CHECK_FALSE(missing.load(&error));
    CHECK(error.contains(QStringLiteral("tianbao-no-such-library")));
    CHECK_FALSE(missing.load()); // asked again, still missing, no crash
}

#ifdef Q_OS_LINUX
namespace late {
LateLibrary &libm()
{
    static LateLibrary library(QStringLiteral("libm.so.6"));
    return library;
}
// libm's fabs, declared by <cmath>, called through the late library.
TIANBAO_LATE_FUNCTION(libm, fabs)
} // namespace late

TEST_CASE("A late function calls the library's function, resolved on the first call")
{
    CHECK(late::fabs(-2.5) == 2.5);
    CHECK(late::fabs(8.0) == 8.0);
    CHECK(late::libm().load());
}
#endif
