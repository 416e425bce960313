#include "Command.h"
#include "Console.h"

namespace tianbao::cli {

Command setCommand()
{
    struct Options
    {
        QCommandLineOption attachment{QStringLiteral("attachment"),
                                      QCoreApplication::translate("SetCommand", "existing or new."),
                                      QStringLiteral("KEY")};
        QCommandLineOption seq{
            QStringLiteral("seq"),
            QCoreApplication::translate("SetCommand", "The row's 序号 (1, 2, …)."),
            QStringLiteral("N")};
        QCommandLineOption field{
            QStringLiteral("field"),
            QCoreApplication::translate("SetCommand",
                                        "name, content, units, partners, progress or plan."),
            QStringLiteral("KEY")};
        QCommandLineOption value{QStringLiteral("value"),
                                 QCoreApplication::translate(
                                     "SetCommand", "The new text; - reads it from standard input."),
                                 QStringLiteral("TEXT")};
        QCommandLineOption unit{
            QStringLiteral("unit"),
            QCoreApplication::translate("SetCommand", "Record the change as made by this unit."),
            QStringLiteral("NAME")};
    };
    auto o = std::make_shared<Options>();
    return {
        QStringLiteral("set"), QCoreApplication::translate("SetCommand", "Edit one cell."),
        QStringLiteral("FILE"),
        [o](QCommandLineParser &parser) {
            parser.addOptions({o->attachment, o->seq, o->field, o->value, o->unit});
        },
        [o](const QCommandLineParser &parser) {
            const auto path = CommandSupport::fileArgument(parser);
            if (!path)
                return int(BadInput);
            for (const QCommandLineOption *required :
                 {&o->attachment, &o->seq, &o->field, &o->value}) {
                if (!parser.isSet(*required))
                    return CommandSupport::fail(
                        QCoreApplication::translate("SetCommand", "The option --%1 is required.")
                            .arg(required->names().first()));
            }
            const auto key = CommandSupport::attachmentKey(parser.value(o->attachment));
            if (!key)
                return int(BadInput);
            const auto seq = CommandSupport::positiveNumber(parser.value(o->seq));
            if (!seq)
                return CommandSupport::fail(
                    QCoreApplication::translate("SetCommand", "--seq takes a row number from 1."));
            const auto field = fieldFromKey(parser.value(o->field));
            if (!field)
                return CommandSupport::fail(
                    QCoreApplication::translate("SetCommand", "Unknown field “%1”: use one of %2.")
                        .arg(parser.value(o->field), fieldKeys().join(QStringLiteral(", "))));
            auto form = CommandSupport::openForm(*path, FormFile::Access::ReadWrite);
            if (!form)
                return int(BadInput);
            const auto row = CommandSupport::rowAt(*form, *key, *seq);
            if (!row)
                return int(BadInput);
            const QString value = parser.value(o->value) == QLatin1String("-")
                                      ? Console::readAllInput()
                                      : parser.value(o->value);
            if (parser.isSet(o->unit))
                form->setActingUnit(parser.value(o->unit));
            if (Status status = form->setCell(row->uuid, *field, value); !status)
                return CommandSupport::fail(status.error());
            return int(Success);
        }};
}

} // namespace tianbao::cli
