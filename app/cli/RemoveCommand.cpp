#include "Command.h"

namespace tianbao::cli {

Command removeCommand()
{
    struct Options
    {
        QCommandLineOption attachment{
            QStringLiteral("attachment"),
            QCoreApplication::translate("RemoveCommand", "existing or new."),
            QStringLiteral("KEY")};
        QCommandLineOption seq{QStringLiteral("seq"),
                               QCoreApplication::translate("RemoveCommand", "The row's 序号."),
                               QStringLiteral("N")};
    };
    auto o = std::make_shared<Options>();
    return {QStringLiteral("remove"),
            QCoreApplication::translate("RemoveCommand",
                                        "Delete a row (it is kept in the file as a tombstone)."),
            QStringLiteral("FILE"),
            [o](QCommandLineParser &parser) {
                parser.addOptions({o->attachment, o->seq});
            },
            [o](const QCommandLineParser &parser) {
                const auto path = CommandSupport::fileArgument(parser);
                if (!path)
                    return int(BadInput);
                if (!parser.isSet(o->attachment) || !parser.isSet(o->seq))
                    return CommandSupport::fail(QCoreApplication::translate(
                        "RemoveCommand", "The options --attachment and --seq are required."));
                const auto key = CommandSupport::attachmentKey(parser.value(o->attachment));
                if (!key)
                    return int(BadInput);
                const auto seq = CommandSupport::positiveNumber(parser.value(o->seq));
                if (!seq)
                    return CommandSupport::fail(QCoreApplication::translate(
                        "RemoveCommand", "--seq takes a row number from 1."));
                auto form = CommandSupport::openForm(*path, FormFile::Access::ReadWrite);
                if (!form)
                    return int(BadInput);
                const auto row = CommandSupport::rowAt(*form, *key, *seq);
                if (!row)
                    return int(BadInput);
                if (Status status = form->deleteRow(row->uuid); !status)
                    return CommandSupport::fail(status.error());
                return int(Success);
            }};
}

} // namespace tianbao::cli
