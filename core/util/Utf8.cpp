#include "Utf8.h"

#include <QVarLengthArray>

namespace tianbao {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

QString Utf8::toString(QByteArrayView utf8)
{
    if (utf8.isNull())
        return QString();
    // QString::fromUtf8 drops a byte order mark at the start.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const auto *const end = p + utf8.size();
    // Decoded into a buffer of one unit a byte (on the stack for a cell of ordinary length),
    // then copied into a string of the exact size.
    QVarLengthArray<char16_t, 2048> units(utf8.size());
    char16_t *const first = units.data();
    char16_t *out = first;
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            *out++ = lead;
            ++p;
        } else if (lead >= 0xE0 && lead <= 0xEF && end - p >= 3 && isContinuation(p[1]) &&
                   isContinuation(p[2]) &&
                   // Overlong forms (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not
                   // characters.
                   !(lead == 0xE0 && p[1] < 0xA0) && !(lead == 0xED && p[1] > 0x9F)) {
            *out++ = char16_t(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else if (lead >= 0xC2 && lead <= 0xDF && end - p >= 2 && isContinuation(p[1])) {
            *out++ = char16_t(((lead & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else {
            return QString::fromUtf8(utf8);
        }
    }
    return QString(reinterpret_cast<const QChar *>(first), out - first);
}

} // namespace tianbao
