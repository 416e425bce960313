#pragma once

#include <QString>
#include <QStringList>

namespace tianbao {

// The 校内单位（合作单位） cell: the university's units, then the partners in the last
// full-width bracket group. A unit's own name may contain brackets (继续教育学院（培训学院）).
class UnitsCell
{
public:
    struct Parts
    {
        QString units;
        QString partners;
    };

    // Splits a cell as printed in the notice. Line breaks are Word's wrapping and are dropped.
    static Parts split(const QString &cellText);
    // The cell as printed in the report: units, a line break, （partners）.
    static QString join(const QString &units, const QString &partners);
    // The units of a units field ("A、B" → {A, B}).
    static QStringList unitList(const QString &units);
    // True when `unit` is one of the units (exact after normalising spaces and brackets).
    static bool includesUnit(const QString &units, const QString &unit);
    // Spaces, line breaks and bracket width removed: for matching names typed differently.
    static QString normalized(const QString &text);
};

} // namespace tianbao
