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

QList<Command> allCommands()
{
    return {newCommand(),    showCommand(),  setCommand(),  addCommand(),
            removeCommand(), propsCommand(), checkCommand(), exportCommand()};
}

} // namespace tianbao::cli
