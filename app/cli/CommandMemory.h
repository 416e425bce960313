#pragma once

namespace tianbao::cli {

// How a command's process takes its memory. A command lives a second or two and then exits:
// memory kept is cheaper than memory given back, and every page first touched is a page fault
// (about 12 µs each on the virtual machine this project is built and measured on). Only glibc
// on Linux is tuned; elsewhere this does nothing.
class CommandMemory
{
public:
    // Call first thing, before the command allocates.
    static void tune();
};

} // namespace tianbao::cli
