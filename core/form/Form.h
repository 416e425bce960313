#pragma once

#include "Attachment.h"
#include "FormProperties.h"

#include <QVector>

namespace tianbao {

// A whole form as a value: what readers produce and writers consume. The live, editable form
// is a FormFile; Form is its snapshot.
struct Form
{
    FormProperties properties;
    QVector<Attachment> attachments;

    const Attachment *attachment(const QString &key) const;
    Attachment *attachment(const QString &key);
};

} // namespace tianbao
