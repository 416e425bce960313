#include "Field.h"

namespace tianbao {

namespace {
const std::array<const char *, FieldCount> Keys = {"name",     "content",  "units",
                                                   "partners", "progress", "plan"};
}

QString fieldKey(Field field)
{
    return QString::fromLatin1(Keys[fieldIndex(field)]);
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (Field field : AllFields) {
        if (key == QLatin1String(Keys[fieldIndex(field)]))
            return field;
    }
    return std::nullopt;
}

QStringList fieldKeys()
{
    QStringList keys;
    for (Field field : AllFields)
        keys << fieldKey(field);
    return keys;
}

bool isAnswerField(Field field)
{
    return field == Field::Progress || field == Field::Plan;
}

} // namespace tianbao
