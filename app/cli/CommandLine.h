#pragma once

namespace tianbao::cli {

// True when argv names a command (new, show, …) or asks for --help/--version, so main() runs
// the command line instead of the window. Looks at the raw ASCII argv[1] only: it runs before
// any QCoreApplication exists.
bool isCommandLine(int argc, char **argv);
// Creates the (window-less) application, runs the command, returns the exit code.
int run(int argc, char **argv);

} // namespace tianbao::cli
