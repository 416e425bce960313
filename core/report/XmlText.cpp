#include "XmlText.h"

namespace tianbao {

namespace {

bool allowedBmp(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD);
}

template <typename Append> void forEachAllowed(const QString &text, Append append)
{
    const int size = text.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            append(c);
            append(text.at(++i));
        } else if (!c.isSurrogate() && allowedBmp(c.unicode())) {
            append(c);
        }
    }
}

} // namespace

QString XmlText::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    forEachAllowed(text, [&out](QChar c) { out.append(c); });
    return out;
}

QString XmlText::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    forEachAllowed(text, [&out](QChar c) {
        switch (c.unicode()) {
        case '&':
            out.append(QLatin1String("&amp;"));
            break;
        case '<':
            out.append(QLatin1String("&lt;"));
            break;
        case '>':
            out.append(QLatin1String("&gt;"));
            break;
        case '"':
            out.append(QLatin1String("&quot;"));
            break;
        default:
            out.append(c);
        }
    });
    return out;
}

} // namespace tianbao
