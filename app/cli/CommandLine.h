#pragma once

namespace tianbao::cli {

// True when argv names a command (new, show, …) or asks for --help/--version, so main() runs
// the command line instead of the window. Looks at the raw ASCII argv[1] only: it runs before
// any QCoreApplication exists.
bool isCommandLine(int argc, char **argv);
// Creates the (window-less) application, runs the command and ends the process with its exit
// code; a build with the sanitizers returns it instead (see leave() in CommandLine.cpp).
int run(int argc, char **argv);

} // namespace tianbao::cli
