#include "Form.h"

namespace tianbao {

const Attachment *Form::attachment(const QString &key) const
{
    for (const Attachment &a : attachments) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

Attachment *Form::attachment(const QString &key)
{
    for (Attachment &a : attachments) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

} // namespace tianbao
