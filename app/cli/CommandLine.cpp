#include "CommandLine.h"

namespace tianbao::cli {

bool isCommandLine(const QStringList &) { return false; }
int run(const QStringList &) { return BadInput; }

} // namespace tianbao::cli
