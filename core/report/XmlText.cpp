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

// Whether the text is already what clean() (and, with `escaping`, escape()) would make of it:
// then the text is shared, not copied.
bool alreadyClean(const QString &text, bool escaping)
{
    const auto *c = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *end = c + text.size();
    for (; c != end; ++c) {
        const char16_t u = *c;
        if (u >= 0x20 && u < 0xD800) {
            if (escaping && (u == '&' || u == '<' || u == '>' || u == '"'))
                return false;
            continue;
        }
        if (u < 0x20 ? !(u == 0x9 || u == 0xA || u == 0xD) : !(u >= 0xE000 && u <= 0xFFFD))
            return false; // a control, a surrogate (paired or not: the slow path decides), FFFE/F
    }
    return true;
}

} // namespace

QString XmlText::clean(const QString &text)
{
    if (alreadyClean(text, false))
        return text;
    QString out;
    out.reserve(text.size());
    forEachAllowed(text, [&out](QChar c) { out.append(c); });
    return out;
}

QString XmlText::escape(const QString &text)
{
    if (alreadyClean(text, true))
        return text;
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
