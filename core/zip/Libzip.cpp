#include "Libzip.h"

#ifdef TIANBAO_LATE_LIBRARIES
namespace tianbao::libzip {

LateLibrary &library()
{
    static LateLibrary library(QStringLiteral(TIANBAO_LIBZIP_NAME),
                               QStringLiteral(TIANBAO_LIBZIP_VERSION));
    return library;
}

QString loadProblem()
{
    return library().problem();
}

} // namespace tianbao::libzip
#endif
