#include "Attachment.h"

namespace tianbao {

QString Attachment::unitsColumnHeader() const
{
    const QString partners = header(Field::Partners);
    if (partners.isEmpty())
        return header(Field::Units);
    return header(Field::Units) + QStringLiteral("（") + partners + QStringLiteral("）");
}

} // namespace tianbao
