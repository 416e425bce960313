#pragma once

#include "Field.h"

#include <QString>
#include <array>

namespace tianbao {

// One project line of an attachment, as a plain value. The uuid is shared by every copy of a
// form, so it is what a merge matches on.
struct Row
{
    QString uuid;
    std::array<QString, FieldCount> cells;

    const QString &value(Field field) const { return cells[fieldIndex(field)]; }
    void setValue(Field field, const QString &text) { cells[fieldIndex(field)] = text; }
    bool operator==(const Row &other) const { return uuid == other.uuid && cells == other.cells; }
};

} // namespace tianbao
