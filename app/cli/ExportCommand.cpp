#include "Command.h"
#include "Console.h"
#include "report/ReportExporter.h"

namespace tianbao::cli {

Command exportCommand()
{
    struct Options
    {
        QCommandLineOption output{
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("ExportCommand",
                                        "The report to write: .docx, .pdf, .xlsx, .csv or .html."),
            QStringLiteral("OUT")};
        QCommandLineOption attachment{
            QStringLiteral("attachment"),
            QCoreApplication::translate("ExportCommand", "Only this attachment: existing or new."),
            QStringLiteral("KEY")};
        QCommandLineOption onlyUnit{
            QStringLiteral("only-unit"),
            QCoreApplication::translate("ExportCommand", "Only the rows of the form's unit.")};
    };
    auto o = std::make_shared<Options>();
    return {QStringLiteral("export"),
            QCoreApplication::translate("ExportCommand",
                                        "Write the filled table in the report layout."),
            QStringLiteral("FILE"),
            [o](QCommandLineParser &parser) {
                parser.addOptions({o->output, o->attachment, o->onlyUnit});
            },
            [o](const QCommandLineParser &parser) {
                const auto path = CommandSupport::fileArgument(parser);
                if (!path)
                    return int(BadInput);
                if (!parser.isSet(o->output))
                    return CommandSupport::fail(QCoreApplication::translate(
                        "ExportCommand", "Name the report to write with -o OUT.docx (or .pdf, "
                                         ".xlsx, .csv, .html)."));
                const QString out = parser.value(o->output);
                if (!ReportExporter::formatForPath(out))
                    return CommandSupport::fail(
                        QCoreApplication::translate("ExportCommand",
                                                    "Unknown report format “%1”: use one of %2.")
                            .arg(QFileInfo(out).suffix(),
                                 ReportExporter::supportedExtensions().join(QStringLiteral(", "))));
                ReportOptions options;
                if (parser.isSet(o->attachment)) {
                    const auto key = CommandSupport::attachmentKey(parser.value(o->attachment));
                    if (!key)
                        return int(BadInput);
                    options.attachmentKeys = {*key};
                }
                options.onlyUnitRows = parser.isSet(o->onlyUnit);
                auto form = CommandSupport::openForm(*path, FormFile::Access::ReadOnly);
                if (!form)
                    return int(BadInput);
                const Form loaded = form->load();
                // Without a unit every row would be written, which is not what was asked.
                if (options.onlyUnitRows && loaded.properties.unit.trimmed().isEmpty())
                    return CommandSupport::fail(QCoreApplication::translate(
                        "ExportCommand", "The form names no unit (填报单位), so --only-unit has "
                                         "no rows to choose: set one with tianbao props --unit."));
                if (Status status = ReportExporter::exportForm(loaded, out, options); !status)
                    return CommandSupport::fail(status.error());
                return int(Success);
            }};
}

} // namespace tianbao::cli
