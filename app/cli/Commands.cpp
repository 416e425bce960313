#include "Command.h"

namespace tianbao::cli {

Command newCommand();
Command showCommand();
Command setCommand();
Command addCommand();
Command removeCommand();
Command propsCommand();
Command checkCommand();
Command exportCommand();
Command importCommand();
Command mergeCommand();

QList<Command> allCommands()
{
    return {newCommand(),   showCommand(),  setCommand(),    addCommand(),    removeCommand(),
            propsCommand(), checkCommand(), exportCommand(), importCommand(), mergeCommand()};
}

} // namespace tianbao::cli
