#include "CffFontProgram.h"

#include <cmath>

namespace tianbao {

namespace {

// Standard strings end at SID 390; a font's own strings follow.
constexpr int FirstCustomSid = 391;

// Type 2 charstring operators (TN 5177).
constexpr char RLineTo = 5;
constexpr char RRCurveTo = 8;
constexpr char EndChar = 14;
constexpr char RMoveTo = 21;

void putCard16(QByteArray &out, int value)
{
    out += char((value >> 8) & 0xff);
    out += char(value & 0xff);
}

// The one- and two-byte integer forms that Type 2 charstrings and DICTs share (TN 5177
// Table 2, TN 5176 Table 3); false when `value` needs a longer form.
bool putShortInteger(QByteArray &out, int value)
{
    if (value >= -107 && value <= 107) {
        out += char(value + 139);
    } else if (value >= 108 && value <= 1131) {
        value -= 108;
        out += char((value >> 8) + 247);
        out += char(value & 0xff);
    } else if (value >= -1131 && value <= -108) {
        value = -value - 108;
        out += char((value >> 8) + 251);
        out += char(value & 0xff);
    } else {
        return false;
    }
    return true;
}

// A number in a Type 2 charstring; coordinates are whole units of 1/1000 em.
void putCharStringNumber(QByteArray &out, int value)
{
    if (putShortInteger(out, value))
        return;
    out += char(28); // a 16-bit integer
    putCard16(out, qBound(-32768, value, 32767));
}

// A DICT integer in its shortest form.
void putDictInteger(QByteArray &out, int value)
{
    if (putShortInteger(out, value))
        return;
    out += char(29); // a 32-bit integer
    putCard16(out, (value >> 16) & 0xffff);
    putCard16(out, value & 0xffff);
}

// A DICT offset always in five bytes, so the layout is known before the offsets are.
void putDictOffset(QByteArray &out, int value)
{
    out += char(29);
    putCard16(out, (value >> 16) & 0xffff);
    putCard16(out, value & 0xffff);
}

void putEscapedOperator(QByteArray &out, int op)
{
    out += char(12);
    out += char(op);
}

QByteArray index(const QVector<QByteArray> &items)
{
    QByteArray out;
    putCard16(out, int(items.size()));
    if (items.isEmpty())
        return out;
    qint64 total = 1;
    for (const QByteArray &item : items)
        total += item.size();
    const int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
    out += char(offSize);
    const auto putOffset = [&](qint64 offset) {
        for (int shift = (offSize - 1) * 8; shift >= 0; shift -= 8)
            out += char((offset >> shift) & 0xff);
    };
    qint64 offset = 1;
    putOffset(offset);
    for (const QByteArray &item : items) {
        offset += item.size();
        putOffset(offset);
    }
    out.reserve(out.size() + int(total));
    for (const QByteArray &item : items)
        out += item;
    return out;
}

} // namespace

CffFontProgram::CffFontProgram()
{
    m_charStrings.append(QByteArray(1, EndChar)); // .notdef: nothing to draw
}

int CffFontProgram::addCharString(const QByteArray &charString)
{
    m_charStrings.append(charString);
    return int(m_charStrings.size()) - 1;
}

QByteArray CffFontProgram::charString(const QPainterPath &outline)
{
    QByteArray out;
    out.reserve(outline.elementCount() * 5 + 1); // most points take two 2-byte numbers
    int x = 0, y = 0;
    // Absolute positions are rounded and the deltas taken between them, so rounding never
    // accumulates along a contour.
    const auto delta = [&](const QPainterPath::Element &element) {
        const int nx = int(std::lround(element.x));
        const int ny = int(std::lround(-element.y)); // CFF's y points up
        putCharStringNumber(out, nx - x);
        putCharStringNumber(out, ny - y);
        x = nx;
        y = ny;
    };
    const int count = outline.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element &element = outline.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            delta(element);
            out += RMoveTo;
            break;
        case QPainterPath::LineToElement:
            delta(element);
            out += RLineTo;
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 >= count)
                return out + EndChar; // a truncated curve: keep what is whole
            delta(element);
            delta(outline.elementAt(i + 1));
            delta(outline.elementAt(i + 2));
            out += RRCurveTo;
            i += 2;
            break;
        case QPainterPath::CurveToDataElement:
            break; // consumed with its CurveToElement
        }
    }
    out += EndChar;
    return out;
}

QByteArray CffFontProgram::toByteArray(const QByteArray &fontName) const
{
    const int glyphs = int(m_charStrings.size());

    const QByteArray header("\x01\x00\x04\x04", 4);
    const QByteArray names = index({fontName});
    const QByteArray strings =
        index({QByteArrayLiteral("Adobe"), QByteArrayLiteral("Identity"), fontName});
    const QByteArray globalSubrs = index({});

    // charset format 0: the CID of glyphs 1…n-1, which is the glyph's own number.
    QByteArray charset(1, '\0');
    for (int gid = 1; gid < glyphs; ++gid)
        putCard16(charset, gid);
    // FDSelect format 3: every glyph uses font DICT 0.
    QByteArray fdSelect(1, '\x03');
    putCard16(fdSelect, 1);
    putCard16(fdSelect, 0);
    fdSelect += '\0';
    putCard16(fdSelect, glyphs);
    const QByteArray charStrings = index(m_charStrings);
    QByteArray privateDict;
    putDictInteger(privateDict, 0);
    privateDict += char(20); // defaultWidthX: the PDF's /W gives the advances

    // The Top DICT's length does not depend on the offsets it holds (all five bytes).
    const auto topDict = [&](int charsetAt, int fdSelectAt, int charStringsAt, int fdArrayAt) {
        QByteArray dict;
        putDictInteger(dict, FirstCustomSid);     // Registry "Adobe"
        putDictInteger(dict, FirstCustomSid + 1); // Ordering "Identity"
        putDictInteger(dict, 0);                  // Supplement
        putEscapedOperator(dict, 30);             // ROS, first in a CID font
        putDictInteger(dict, glyphs);
        putEscapedOperator(dict, 34); // CIDCount
        putDictOffset(dict, charsetAt);
        dict += char(15); // charset
        putDictOffset(dict, fdSelectAt);
        putEscapedOperator(dict, 37); // FDSelect
        putDictOffset(dict, charStringsAt);
        dict += char(17); // CharStrings
        putDictOffset(dict, fdArrayAt);
        putEscapedOperator(dict, 36); // FDArray
        return index({dict});
    };
    const auto fontDict = [&](int privateAt) {
        QByteArray dict;
        putDictInteger(dict, FirstCustomSid + 2);
        putEscapedOperator(dict, 38); // FontName
        putDictOffset(dict, int(privateDict.size()));
        putDictOffset(dict, privateAt);
        dict += char(18); // Private: size, offset
        return index({dict});
    };

    const int topDictSize = int(topDict(0, 0, 0, 0).size());
    const int charsetAt =
        int(header.size() + names.size()) + topDictSize + int(strings.size() + globalSubrs.size());
    const int fdSelectAt = charsetAt + int(charset.size());
    const int charStringsAt = fdSelectAt + int(fdSelect.size());
    const int fdArrayAt = charStringsAt + int(charStrings.size());
    const int privateAt = fdArrayAt + int(fontDict(0).size());

    QByteArray out;
    out.reserve(privateAt + int(privateDict.size()));
    out += header;
    out += names;
    out += topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt);
    out += strings;
    out += globalSubrs;
    out += charset;
    out += fdSelect;
    out += charStrings;
    out += fontDict(privateAt);
    out += privateDict;
    return out;
}

} // namespace tianbao
