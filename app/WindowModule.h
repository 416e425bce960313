#pragma once

#include <QtGlobal>

namespace tianbao {

// The window lives in a module of its own (tianbao_window, next to the executable) that the
// executable loads only to open the window: a command of the command line then starts without
// QtWidgets and QtPrintSupport, which cost about 5 ms of every command (a 13-row PDF export
// 117.6 -> 113.9 ms, DOCX 50.1 -> 45.1 ms, medians of 30).
class WindowModule
{
public:
    // Loads the module and runs the window; `startedNs` is when main() began (see
    // WindowEntry.h). When the module cannot be loaded, says so in one sentence and returns 2.
    static int run(int argc, char **argv, qint64 startedNs);
};

} // namespace tianbao
