#pragma once

#include <QByteArrayView>
#include <QString>

namespace tianbao {

// UTF-8 to QString for the cells of a form, which are almost all Chinese. Opening a 10,000-row
// form decodes 22 MB of text: QString::fromUtf8 spent about 18 instructions a byte on it (a
// third of the start-up) and allocates one UTF-16 unit per byte, three times what a Chinese
// character needs, which the row then keeps.
class Utf8
{
public:
    // The same string QString::fromUtf8 gives, sized exactly. Valid one- to three-byte
    // sequences are decoded here; anything else (four-byte characters, malformed bytes, a
    // leading byte order mark) is left to QString::fromUtf8, so the replacement of bad bytes is
    // Qt's. A null view gives a null string.
    static QString toString(QByteArrayView utf8);
};

} // namespace tianbao
