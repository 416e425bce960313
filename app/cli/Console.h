#pragma once

#include <QString>

namespace tianbao::cli {

// Standard output and error as UTF-8 on every platform (the Windows console is switched to
// UTF-8 in main).
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    // Reads all of standard input as UTF-8.
    static QString readAllInput();
};

} // namespace tianbao::cli
