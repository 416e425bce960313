#include "Command.h"
#include "Console.h"

namespace tianbao::cli {

Command propsCommand()
{
    struct Options
    {
        QCommandLineOption unit{QStringLiteral("unit"),
                                QCoreApplication::translate(
                                    "PropsCommand", "The unit that fills and signs (填报单位)."),
                                QStringLiteral("NAME")};
        QCommandLineOption date{QStringLiteral("date"),
                                QCoreApplication::translate("PropsCommand", "The signing date."),
                                QStringLiteral("YYYY-MM-DD")};
        QCommandLineOption none{
            QStringLiteral("no-new-projects"),
            QCoreApplication::translate("PropsCommand", "附件2 answered with 无."),
            QStringLiteral("true|false")};
    };
    auto o = std::make_shared<Options>();
    return {
        QStringLiteral("props"),
        QCoreApplication::translate(
            "PropsCommand", "Set the unit, the date and the 无 mark; prints them without options."),
        QStringLiteral("FILE"),
        [o](QCommandLineParser &parser) {
            parser.addOptions({o->unit, o->date, o->none});
        },
        [o](const QCommandLineParser &parser) {
            const auto path = CommandSupport::fileArgument(parser);
            if (!path)
                return int(BadInput);
            QDate date;
            if (parser.isSet(o->date)) {
                date = QDate::fromString(parser.value(o->date), Qt::ISODate);
                if (!date.isValid())
                    return CommandSupport::fail(QCoreApplication::translate(
                        "PropsCommand", "--date takes a date such as 2023-12-26."));
            }
            std::optional<bool> none;
            if (parser.isSet(o->none)) {
                const QString v = parser.value(o->none).toLower();
                if (v == QLatin1String("true") || v == QLatin1String("yes") ||
                    v == QLatin1String("1"))
                    none = true;
                else if (v == QLatin1String("false") || v == QLatin1String("no") ||
                         v == QLatin1String("0"))
                    none = false;
                else
                    return CommandSupport::fail(QCoreApplication::translate(
                        "PropsCommand", "--no-new-projects takes true or false."));
            }
            const bool changing = parser.isSet(o->unit) || date.isValid() || none.has_value();
            auto form = CommandSupport::openForm(*path, changing ? FormFile::Access::ReadWrite
                                                                 : FormFile::Access::ReadOnly);
            if (!form)
                return int(BadInput);
            Status status = form->transaction([&]() -> Status {
                if (!changing)
                    return {};
                if (parser.isSet(o->unit))
                    if (Status s = form->setProperty(Property::Unit, parser.value(o->unit)); !s)
                        return s;
                if (date.isValid())
                    if (Status s = form->setProperty(Property::SignDate, date); !s)
                        return s;
                if (none)
                    return form->setProperty(Property::NoNewProjects, *none);
                return {};
            });
            if (changing && !status)
                return CommandSupport::fail(status.error());
            const FormProperties p = form->properties();
            Console::out(
                QStringLiteral("unit: %1\ndate: %2\nnoNewProjects: %3\n")
                    .arg(p.unit, p.signDate.toString(Qt::ISODate),
                         p.noNewProjects ? QStringLiteral("true") : QStringLiteral("false")));
            return int(Success);
        }};
}

} // namespace tianbao::cli
