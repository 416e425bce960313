#pragma once

#include <QString>

namespace tianbao {

// Text made safe for XML 1.0: the characters it forbids (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) are dropped, since no parser would load a part that contains them.
class XmlText
{
public:
    static QString clean(const QString &text);
    // clean(), then & < > " escaped: fits both element text and attribute values.
    static QString escape(const QString &text);
};

} // namespace tianbao
