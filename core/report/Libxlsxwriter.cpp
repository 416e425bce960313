#include "Libxlsxwriter.h"

#ifdef TIANBAO_LATE_LIBRARIES
namespace tianbao::libxlsxwriter {

LateLibrary &library()
{
    static LateLibrary library(QStringLiteral(TIANBAO_LIBXLSXWRITER_NAME),
                               QStringLiteral(TIANBAO_LIBXLSXWRITER_VERSION));
    return library;
}

QString loadProblem()
{
    return library().problem();
}

} // namespace tianbao::libxlsxwriter
#endif
