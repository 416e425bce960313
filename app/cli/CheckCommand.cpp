#include "Command.h"
#include "Console.h"
#include "form/CompletenessCheck.h"

namespace tianbao::cli {

Command checkCommand()
{
    auto unit = std::make_shared<QCommandLineOption>(
        QStringLiteral("unit"),
        QCoreApplication::translate("CheckCommand", "Check only this unit's rows of 附件1."),
        QStringLiteral("NAME"));
    return {
        QStringLiteral("check"),
        QCoreApplication::translate("CheckCommand",
                                    "List what is still empty; exit 0 when complete, 1 when not."),
        QStringLiteral("FILE"), [unit](QCommandLineParser &parser) { parser.addOption(*unit); },
        [unit](const QCommandLineParser &parser) {
            const auto path = CommandSupport::fileArgument(parser);
            if (!path)
                return int(BadInput);
            auto form = CommandSupport::openForm(*path, FormFile::Access::ReadOnly);
            if (!form)
                return int(BadInput);
            const auto summary = CompletenessCheck::run(form->load(), parser.value(*unit));
            for (const CompletenessCheck::Gap &gap : summary.gaps)
                Console::out(gap.description + QLatin1Char('\n'));
            Console::out(QCoreApplication::translate("CheckCommand", "%1 of %2 rows complete.\n")
                             .arg(summary.completeRows)
                             .arg(summary.rows));
            return int(summary.complete() ? Success : Incomplete);
        }};
}

} // namespace tianbao::cli
