#include "TestSupport.h"
#include "report/pdf/CffFontProgram.h"

#include <QFont>
#include <QRawFont>
#include <cmath>

using namespace tianbao;

namespace {

// The outline's points, rounded to whole units, in drawing order.
QVector<QPoint> points(const QPainterPath &path)
{
    QVector<QPoint> list;
    for (int i = 0; i < path.elementCount(); ++i)
        list.append(QPointF(path.elementAt(i).x, path.elementAt(i).y).toPoint());
    return list;
}

} // namespace

TEST_CASE("A charstring encodes moves, lines and curves as deltas from whole units")
{
    QPainterPath square;
    square.moveTo(100, -200); // y down, as Qt gives outlines
    square.lineTo(400, -200);
    square.cubicTo(500, -200, 500, -500, 400, -500);
    square.lineTo(100, -500);
    const QByteArray bytes = CffFontProgram::charString(square);
    // 100 200 rmoveto | 300 0 rlineto | 100 0 0 300 -100 0 rrcurveto | -300 0 rlineto | endchar
    const QByteArray expected = QByteArray::fromHex("ef f7 5c 15" // 100 200 rmoveto
                                                    "f7 c0 8b 05" // 300 0 rlineto
                                                    "ef 8b 8b f7 c0 27 8b 08"
                                                    "fb c0 8b 05"
                                                    "0e");
    CHECK(bytes.toHex(' ') == expected.toHex(' '));
    CHECK(CffFontProgram::charString(QPainterPath()) == QByteArray(1, '\x0e'));
}

TEST_CASE("FreeType reads our CFF program back with every glyph's outline as drawn")
{
    // The independent reader: FreeType, through QRawFont, loading the bare CFF program.
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    QRawFont source = QRawFont::fromFont(font);
    if (!source.isValid() || !source.supportsCharacter(QChar(0x9879))) {
        WARN("Noto Serif CJK SC is not installed");
        return;
    }
    source.setPixelSize(1000);
    const QVector<quint32> glyphs = source.glyphIndexesForString(QStringLiteral("项目A。"));
    REQUIRE(glyphs.size() == 4);

    CffFontProgram program;
    for (const quint32 glyph : glyphs)
        program.addCharString(CffFontProgram::charString(source.pathForGlyph(glyph)));
    CHECK(program.glyphCount() == 5);
    const QByteArray bytes = program.toByteArray("TBAAAA+Test");
    CHECK(bytes.startsWith(QByteArray("\x01\x00\x04\x04", 4)));

    QRawFont readBack(bytes, 1000);
    REQUIRE(readBack.isValid());
    for (int i = 0; i < glyphs.size(); ++i) {
        INFO("glyph " << i);
        const QVector<QPoint> original = points(source.pathForGlyph(glyphs[i]));
        const QVector<QPoint> copy = points(readBack.pathForGlyph(quint32(i + 1)));
        REQUIRE(original.size() > 4);
        // FreeType closes each contour with a line back to its start where Qt may not: the
        // drawn points are compared, not the closing ones.
        int matched = 0;
        for (const QPoint &point : original)
            matched += copy.contains(point) ? 1 : 0;
        CHECK(matched >= original.size() * 95 / 100);
        // Whole units: a bound moves by at most the rounding.
        const QRectF a = readBack.pathForGlyph(quint32(i + 1)).boundingRect();
        const QRectF b = source.pathForGlyph(glyphs[i]).boundingRect();
        INFO(a.left() << ' ' << a.top() << ' ' << a.right() << ' ' << a.bottom() << " vs "
                      << b.left() << ' ' << b.top() << ' ' << b.right() << ' ' << b.bottom());
        CHECK(std::abs(a.left() - b.left()) <= 1);
        CHECK(std::abs(a.top() - b.top()) <= 1);
        CHECK(std::abs(a.right() - b.right()) <= 1);
        CHECK(std::abs(a.bottom() - b.bottom()) <= 1);
    }
}
