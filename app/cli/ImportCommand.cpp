#include "Command.h"
#include "Console.h"
#include "docx/NoticeImporter.h"

namespace tianbao::cli {

Command importCommand()
{
    struct Options
    {
        QCommandLineOption output{
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("ImportCommand", "The form file to create."),
            QStringLiteral("FILE")};
        QCommandLineOption unit{
            QStringLiteral("unit"),
            QCoreApplication::translate("ImportCommand", "The unit that fills the form."),
            QStringLiteral("NAME")};
    };
    auto o = std::make_shared<Options>();
    return {QStringLiteral("import"),
            QCoreApplication::translate("ImportCommand",
                                        "Create a form from a notice written in Word (.docx)."),
            QStringLiteral("NOTICE.docx"),
            [o](QCommandLineParser &parser) {
                parser.addOptions({o->output, o->unit});
            },
            [o](const QCommandLineParser &parser) {
                const auto notice = CommandSupport::fileArgument(parser);
                if (!notice)
                    return int(BadInput);
                if (!parser.isSet(o->output))
                    return CommandSupport::fail(QCoreApplication::translate(
                        "ImportCommand", "Name the form file to create with -o FILE.tianbao."));
                auto form = NoticeImporter::importFile(*notice);
                if (!form)
                    return CommandSupport::fail(form.error());
                auto created =
                    FormFile::create(parser.value(o->output), form.value(), parser.value(o->unit));
                if (!created)
                    return CommandSupport::fail(created.error());
                int rows = 0;
                for (const Attachment &attachment : form.value().attachments)
                    rows += attachment.rows.size();
                Console::out(QCoreApplication::translate(
                                 "ImportCommand", "Created %1 with %2 attachments and %3 rows.\n")
                                 .arg(parser.value(o->output))
                                 .arg(form.value().attachments.size())
                                 .arg(rows));
                return int(Success);
            }};
}

} // namespace tianbao::cli
