#include "Libzip.h"

namespace tianbao::libzip {

LateLibrary &library()
{
    static LateLibrary library(QStringLiteral(TIANBAO_LIBZIP_FILE));
    return library;
}

} // namespace tianbao::libzip
