#include "FormJson.h"

#include <QJsonArray>

namespace tianbao {

QJsonObject FormJson::toJson(const Form &form)
{
    QJsonArray attachments;
    for (const Attachment &attachment : form.attachments) {
        QJsonArray rows;
        int seq = 0;
        for (const Row &row : attachment.rows) {
            QJsonObject object;
            object.insert(QStringLiteral("uuid"), row.uuid);
            object.insert(QStringLiteral("seq"), ++seq);
            for (Field field : AllFields)
                object.insert(fieldKey(field), row.value(field));
            rows.append(object);
        }
        attachments.append(QJsonObject{{QStringLiteral("key"), attachment.key},
                                       {QStringLiteral("title"), attachment.title},
                                       {QStringLiteral("rows"), rows}});
    }
    const FormProperties &p = form.properties;
    return QJsonObject{
        {QStringLiteral("title"), p.title},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("date"),
         p.signDate.isValid() ? p.signDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("noNewProjects"), p.noNewProjects},
        {QStringLiteral("attachments"), attachments},
    };
}

} // namespace tianbao
