#include "UnitsCell.h"

namespace tianbao {

UnitsCell::Parts UnitsCell::split(const QString &cellText)
{
    QString text = cellText;
    text.remove(QLatin1Char('\r'));
    text.remove(QLatin1Char('\n'));
    text = text.trimmed();
    text.replace(QLatin1Char('('), QChar(0xFF08));
    text.replace(QLatin1Char(')'), QChar(0xFF09));

    Parts parts;
    if (!text.endsWith(QChar(0xFF09))) {
        parts.units = text;
        return parts;
    }
    // Walk back to the bracket that opens the last group, counting nesting.
    int depth = 0;
    for (int i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == QChar(0xFF09)) {
            ++depth;
        } else if (text.at(i) == QChar(0xFF08) && --depth == 0) {
            parts.units = text.left(i).trimmed();
            parts.partners = text.mid(i + 1, text.size() - i - 2).trimmed();
            // A cell that is only a bracket group names no unit of ours: keep it as units.
            if (parts.units.isEmpty()) {
                parts.units = text;
                parts.partners.clear();
            }
            return parts;
        }
    }
    parts.units = text;
    return parts;
}

QString UnitsCell::join(const QString &units, const QString &partners)
{
    if (partners.isEmpty())
        return units;
    if (units.isEmpty())
        return QStringLiteral("（") + partners + QStringLiteral("）");
    return units + QLatin1Char('\n') + QStringLiteral("（") + partners + QStringLiteral("）");
}

QStringList UnitsCell::unitList(const QString &units)
{
    QStringList list;
    QString normalizedUnits = units;
    normalizedUnits.replace(QLatin1Char(','), QChar(0x3001));
    normalizedUnits.replace(QChar(0xFF0C), QChar(0x3001));
    normalizedUnits.replace(QLatin1Char('\n'), QChar(0x3001));
    for (const QString &part : normalizedUnits.split(QChar(0x3001), Qt::SkipEmptyParts)) {
        const QString unit = part.trimmed();
        if (!unit.isEmpty())
            list << unit;
    }
    return list;
}

bool UnitsCell::includesUnit(const QString &units, const QString &unit)
{
    const QString wanted = normalized(unit);
    if (wanted.isEmpty())
        return false;
    for (const QString &candidate : unitList(units)) {
        if (normalized(candidate) == wanted)
            return true;
    }
    return false;
}

QString UnitsCell::normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('('))
            c = QChar(0xFF08);
        else if (c == QLatin1Char(')'))
            c = QChar(0xFF09);
        out.append(c);
    }
    return out;
}

} // namespace tianbao
