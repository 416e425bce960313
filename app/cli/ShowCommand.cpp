#include "Command.h"
#include "Console.h"
#include "form/FormJson.h"

#include <QJsonDocument>

namespace tianbao::cli {

namespace {

QString readable(const Form &form)
{
    const FormProperties &p = form.properties;
    QString text = p.title + QLatin1Char('\n');
    text +=
        QCoreApplication::translate("ShowCommand", "Unit: %1   Date: %2   No new projects: %3\n")
            .arg(p.unit.isEmpty() ? QStringLiteral("-") : p.unit,
                 p.signDate.isValid() ? p.signDate.toString(Qt::ISODate) : QStringLiteral("-"),
                 p.noNewProjects ? QStringLiteral("无") : QStringLiteral("-"));
    for (const Attachment &attachment : form.attachments) {
        text += QStringLiteral("\n%1 %2\n").arg(attachment.label, attachment.title);
        int seq = 0;
        for (const Row &row : attachment.rows) {
            text += QStringLiteral("\n%1. %2\n").arg(++seq).arg(row.value(Field::Name));
            for (Field field : AllFields) {
                if (field == Field::Name || row.value(field).isEmpty())
                    continue;
                QString value = row.value(field);
                value.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
                text += QStringLiteral("    %1: %2\n").arg(attachment.header(field), value);
            }
        }
    }
    return text;
}

} // namespace

Command showCommand()
{
    auto json = std::make_shared<QCommandLineOption>(
        QStringLiteral("json"),
        QCoreApplication::translate("ShowCommand", "Print one JSON object."));
    return {QStringLiteral("show"), QCoreApplication::translate("ShowCommand", "Print the form."),
            QStringLiteral("FILE"), [json](QCommandLineParser &parser) { parser.addOption(*json); },
            [json](const QCommandLineParser &parser) {
                const auto path = CommandSupport::fileArgument(parser);
                if (!path)
                    return int(BadInput);
                auto form = CommandSupport::openForm(*path, FormFile::Access::ReadOnly);
                if (!form)
                    return int(BadInput);
                const Form snapshot = form->load();
                if (parser.isSet(*json))
                    Console::out(QString::fromUtf8(
                        QJsonDocument(FormJson::toJson(snapshot)).toJson(QJsonDocument::Indented)));
                else
                    Console::out(readable(snapshot));
                return int(Success);
            }};
}

} // namespace tianbao::cli
