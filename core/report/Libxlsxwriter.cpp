#include "Libxlsxwriter.h"

namespace tianbao::libxlsxwriter {

LateLibrary &library()
{
    static LateLibrary library(QStringLiteral(TIANBAO_LIBXLSXWRITER_FILE));
    return library;
}

} // namespace tianbao::libxlsxwriter
