#pragma once

#include <QStringList>

namespace tianbao::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Incomplete = 1, BadInput = 2, Conflicts = 3 };

// True when the arguments name a command (new, show, …) or ask for help/version, so main()
// runs the command line instead of the window.
bool isCommandLine(const QStringList &arguments);
// Runs the command named by arguments[1]; returns the exit code.
int run(const QStringList &arguments);

} // namespace tianbao::cli
