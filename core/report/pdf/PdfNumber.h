#pragma once

#include <QByteArray>
#include <charconv>
#include <cmath>

namespace tianbao {

// Numbers as a PDF content stream writes them: fixed point, no exponent, trailing zeros
// dropped. A 10,000-row report writes tens of millions of them, so this avoids the locale-
// and printf-based QByteArray::number(double).
struct PdfNumber
{
    // `value` rounded to `decimals` (0–5) places.
    static void append(QByteArray &out, double value, int decimals = 2)
    {
        static constexpr long long scales[] = {1, 10, 100, 1000, 10000, 100000};
        const long long scale = scales[decimals < 0 ? 0 : decimals > 5 ? 5 : decimals];
        long long scaled = std::llround(value * double(scale));
        char buffer[32];
        char *p = buffer;
        if (scaled < 0) {
            *p++ = '-';
            scaled = -scaled;
        }
        p = std::to_chars(p, buffer + sizeof buffer, scaled / scale).ptr;
        long long fraction = scaled % scale;
        if (fraction != 0) {
            *p++ = '.';
            for (long long digit = scale / 10; digit > 0 && fraction != 0; digit /= 10) {
                *p++ = char('0' + fraction / digit);
                fraction %= digit;
            }
        }
        out.append(buffer, int(p - buffer));
    }

    static QByteArray text(double value, int decimals = 2)
    {
        QByteArray out;
        append(out, value, decimals);
        return out;
    }
};

} // namespace tianbao
