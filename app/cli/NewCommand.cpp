#include "Command.h"
#include "Console.h"
#include "form/FormTemplate.h"

namespace tianbao::cli {

Command newCommand()
{
    auto unit = std::make_shared<QCommandLineOption>(
        QStringLiteral("unit"),
        QCoreApplication::translate("NewCommand", "The unit that fills the form."),
        QStringLiteral("NAME"));
    return {QStringLiteral("new"),
            QCoreApplication::translate("NewCommand",
                                        "Create the form of the notice (refuses to overwrite)."),
            QStringLiteral("FILE"), [unit](QCommandLineParser &parser) { parser.addOption(*unit); },
            [unit](const QCommandLineParser &parser) {
                const auto path = CommandSupport::fileArgument(parser);
                if (!path)
                    return int(BadInput);
                const Form form = FormTemplate::notice2023();
                auto created = FormFile::create(*path, form, parser.value(*unit));
                if (!created)
                    return CommandSupport::fail(created.error());
                Console::out(
                    QCoreApplication::translate("NewCommand", "Created %1 with %2 projects.\n")
                        .arg(*path)
                        .arg(form.attachments.first().rows.size()));
                return int(Success);
            }};
}

} // namespace tianbao::cli
