#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace tianbao {

// The six stored fields of a row, in report order. 序号 (seq) is not a field: it is derived
// from the row's position and never stored.
enum class Field
{
    Name,
    Content,
    Units,
    Partners,
    Progress,
    Plan
};

constexpr int FieldCount = 6;
constexpr std::array<Field, FieldCount> AllFields = {Field::Name,     Field::Content,  Field::Units,
                                                     Field::Partners, Field::Progress, Field::Plan};

// Stable keys used in the file, the command line and JSON: name, content, units, partners,
// progress, plan.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString &key);
QStringList fieldKeys();

// The fields a unit fills in (进展与成效, 计划要点); the others describe the project.
bool isAnswerField(Field field);

inline int fieldIndex(Field field)
{
    return static_cast<int>(field);
}

} // namespace tianbao
