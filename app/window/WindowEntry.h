#pragma once

#include <QtGlobal>

// The one function the window module (tianbao_window) exports and the executable looks up by
// name: the window's main(). `startedNs` is when the executable's main() began, on the
// monotonic clock of QDeadlineTimer, so that --startup-time counts the loading of the module.
// The name carries the entry's version: a module left from another build whose entry differs
// is then not found (one sentence), rather than called wrongly.
namespace tianbao {
using WindowMain = int (*)(int argc, char **argv, qint64 startedNs);
constexpr const char *WindowMainName = "tianbaoWindowMain1";
} // namespace tianbao
