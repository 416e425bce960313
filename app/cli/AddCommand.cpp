#include "Command.h"
#include "Console.h"

namespace tianbao::cli {

Command addCommand()
{
    struct Options
    {
        QCommandLineOption attachment{QStringLiteral("attachment"),
                                      QCoreApplication::translate("AddCommand", "existing or new."),
                                      QStringLiteral("KEY")};
        QCommandLineOption field{
            QStringLiteral("field"),
            QCoreApplication::translate("AddCommand",
                                        "A cell of the new row, as KEY=TEXT; repeatable."),
            QStringLiteral("KEY=TEXT")};
        QCommandLineOption unit{
            QStringLiteral("unit"),
            QCoreApplication::translate("AddCommand", "Record the row as added by this unit."),
            QStringLiteral("NAME")};
    };
    auto o = std::make_shared<Options>();
    return {QStringLiteral("add"),
            QCoreApplication::translate("AddCommand", "Append a row and print its 序号."),
            QStringLiteral("FILE"),
            [o](QCommandLineParser &parser) {
                parser.addOptions({o->attachment, o->field, o->unit});
            },
            [o](const QCommandLineParser &parser) {
                const auto path = CommandSupport::fileArgument(parser);
                if (!path)
                    return int(BadInput);
                if (!parser.isSet(o->attachment))
                    return CommandSupport::fail(QCoreApplication::translate(
                        "AddCommand", "The option --attachment is required."));
                const auto key = CommandSupport::attachmentKey(parser.value(o->attachment));
                if (!key)
                    return int(BadInput);
                Row row;
                for (const QString &assignment : parser.values(o->field)) {
                    const int equals = assignment.indexOf(QLatin1Char('='));
                    const auto field = fieldFromKey(assignment.left(equals));
                    if (equals < 0 || !field)
                        return CommandSupport::fail(
                            QCoreApplication::translate(
                                "AddCommand", "--field takes KEY=TEXT with KEY one of %1.")
                                .arg(fieldKeys().join(QStringLiteral(", "))));
                    row.setValue(*field, assignment.mid(equals + 1));
                }
                auto form = CommandSupport::openForm(*path, FormFile::Access::ReadWrite);
                if (!form)
                    return int(BadInput);
                if (parser.isSet(o->unit))
                    form->setActingUnit(parser.value(o->unit));
                auto added = form->insertRow(*key, -1, row);
                if (!added)
                    return CommandSupport::fail(added.error());
                Console::out(QStringLiteral("%1\n").arg(form->rows(*key).size()));
                return int(Success);
            }};
}

} // namespace tianbao::cli
