#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/PainterCanvas.h"
#include "report/ReportFontFamilies.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "report/text/ReportText.h"
#include "report/text/TextShaper.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace tianbao;

namespace {

// The measuring device of ReportPainter: a 1440 dpi PDF writer, one pixel a twip.
struct Device
{
    Device()
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(ReportPainter::Resolution);
    }
    QBuffer buffer;
    QPdfWriter writer{&buffer};
};

// What ReportPainter did before ReportText: Qt's QTextLayout, line after line.
std::unique_ptr<QTextLayout> qtLines(const QString &text, const QFont &font, QPaintDevice *device,
                                     qreal width, Qt::Alignment align)
{
    auto layout = std::make_unique<QTextLayout>(text, font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

struct Placed
{
    quint32 glyph;
    QPointF at;
};

// A line's glyphs but its spaces (Qt gives a space glyph to a line separator, too).
std::vector<Placed> inkedGlyphs(const QList<QGlyphRun> &runs)
{
    std::vector<Placed> glyphs;
    for (const QGlyphRun &run : runs) {
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        const quint32 space = run.rawFont().glyphIndexesForString(QStringLiteral(" ")).value(0);
        for (int i = 0; i < indexes.size(); ++i) {
            if (indexes[i] != space)
                glyphs.push_back({indexes[i], positions[i]});
        }
    }
    return glyphs;
}

// Compares ReportText with QTextLayout for one text; returns a description of the first
// difference, or an empty string.
QString difference(const QString &text, const QFont &font, qreal width, Qt::Alignment align,
                   TextShaper &shaper, QPaintDevice *device, bool *setHere)
{
    const ReportText ours(text, font, width, align, shaper);
    const auto qt = qtLines(text, font, device, width, align);
    *setHere = !ours.setByQt();
    if (ours.lineCount() != qt->lineCount())
        return QStringLiteral("%1 lines, Qt %2").arg(ours.lineCount()).arg(qt->lineCount());
    for (int i = 0; i < ours.lineCount(); ++i) {
        const ReportText::Line &line = ours.line(i);
        const QTextLine qtLine = qt->lineAt(i);
        const QString where =
            QStringLiteral("line %1 (%2)")
                .arg(i)
                .arg(QStringView(text).mid(qtLine.textStart(), qtLine.textLength()).toString());
        if (line.start != qtLine.textStart() || line.length != qtLine.textLength())
            return where + QStringLiteral(": starts %1 length %2, Qt %3 %4")
                               .arg(line.start)
                               .arg(line.length)
                               .arg(qtLine.textStart())
                               .arg(qtLine.textLength());
        if (line.y != qtLine.y() || line.height != qtLine.height())
            return where + QStringLiteral(": y %1 height %2, Qt %3 %4")
                               .arg(line.y)
                               .arg(line.height)
                               .arg(qtLine.y())
                               .arg(qtLine.height());
        const auto glyphs = inkedGlyphs(ours.glyphRuns(i));
        const auto qtGlyphs = inkedGlyphs(qtLine.glyphRuns());
        if (glyphs.size() != qtGlyphs.size())
            return where +
                   QStringLiteral(": %1 glyphs, Qt %2").arg(glyphs.size()).arg(qtGlyphs.size());
        for (size_t g = 0; g < glyphs.size(); ++g) {
            if (glyphs[g].glyph != qtGlyphs[g].glyph ||
                std::abs(glyphs[g].at.y() - qtGlyphs[g].at.y()) > 0.01)
                return where + QStringLiteral(": glyph %1 is %2, Qt %3")
                                   .arg(g)
                                   .arg(glyphs[g].glyph)
                                   .arg(qtGlyphs[g].glyph);
            // Unjustified, the places are Qt's (advances rounded to 1/64 twip in both, not
            // alike; Qt centres and right-aligns by advances too).
            if (!line.justified && std::abs(glyphs[g].at.x() - qtGlyphs[g].at.x()) > 1)
                return where + QStringLiteral(": glyph %1 at %2, Qt at %3")
                                   .arg(g)
                                   .arg(glyphs[g].at.x())
                                   .arg(qtGlyphs[g].at.x());
        }
        if (!line.justified || glyphs.empty())
            continue;
        // Justified, the room is spread evenly, as a printer draws it with word or letter
        // spacing (PainterCanvas); Qt's own justification gives none after punctuation and
        // spreads the room left after the last glyph's ink. Between characters, each gap gets
        // the line's spacing (lines with Latin, kerned and spaced between words, are checked
        // by their end alone).
        const QRawFont face = ours.glyphRuns(i).first().rawFont();
        const auto advance = [&](quint32 glyph) {
            return face.advancesForGlyphIndexes({glyph}, QRawFont::UseDesignMetrics).value(0).x();
        };
        const QStringView lineText = QStringView(text).mid(line.start, line.length);
        const bool latin = std::any_of(lineText.begin(), lineText.end(),
                                       [](QChar c) { return c.script() == QChar::Script_Latin; });
        const QGlyphRun run = ours.glyphRuns(i).first(); // spaces too
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> places = run.positions();
        const int content = int(indexes.size()) - line.trailing; // the hung spaces have none
        for (int g = 0; g + 1 < content && !latin; ++g) {
            const qreal room = places[g + 1].x() - places[g].x() - advance(indexes[g]);
            if (std::abs(room - line.spacing) > 0.05)
                return where + QStringLiteral(": %1 after glyph %2, the line's spacing %3")
                                   .arg(room)
                                   .arg(g)
                                   .arg(line.spacing);
        }
        // (A Latin pair kerned across the line's end moves its last glyph's advance.)
        const int next = line.start + line.length;
        const QChar after = next < text.size() ? text.at(next) : QChar();
        const qreal right = glyphs.back().at.x() + advance(glyphs.back().glyph);
        if (after.script() != QChar::Script_Latin && std::abs(right - width) > 0.5)
            return where + QStringLiteral(": ends at %1 of %2").arg(right).arg(width);
    }
    return QString();
}

} // namespace

TEST_CASE("The report's text is set in the lines and places Qt's layout gives it")
{
    Device device;
    TextShaper shaper(&device.writer);
    const ReportOptions options;
    const QFont table = ReportFontFamilies::font(options.tableFont);
    const QFont header = ReportFontFamilies::font(options.headerFont);
    const auto &widths = ReportLayout::columnWidths();

    QStringList texts;
    for (const Form &form : {test::filledForm(), test::longForm(30)}) {
        const ReportLayout layout = ReportLayout::build(form, options);
        for (const ReportBlock &block : layout.blocks()) {
            for (const ReportRow &row : block.rows) {
                for (const QString &cell : row.cells)
                    texts += ReportLayout::lines(cell).join(QChar::LineSeparator);
            }
        }
    }
    // What the seeds do not have: spaces between Latin words, a word longer than the line,
    // spaces at a line's end, an empty line, a text ending in a line separator.
    texts += QStringLiteral("Tianbao fills the tables that Chinese offices send around, "
                            "every December under a deadline; 填报 2024 年计划要点 AI 课程。");
    texts += QStringLiteral("https://www.example.edu.cn/very/long/address/that/does/not/fit");
    texts += QStringLiteral("合作项目     ") + QChar(QChar::LineSeparator) +
             QChar(QChar::LineSeparator) + QStringLiteral("（二）进展") +
             QChar(QChar::LineSeparator);
    texts += QString();
    // No-break spaces keep their words together; a character beyond the BMP may end a line.
    texts += QStringLiteral("经费合计 100\u00a0000 元，其中 2024\u00a0年拨付 50\u00a0000 元，"
                            "余额结转下年度使用，专款专用。");
    texts += QStringLiteral("一二三四五六七八𠮷九十一二三四五六七𠮷八九十一二三四五六七八九𠮷");
    for (int n = 0; n < 12; ++n) // the line's end falls in "100 000" for some n and width
        texts += QString(n, QChar(0x7ecf)) + QStringLiteral("费 100\u00a0000\u00a0000 元");

    int setHere = 0, compared = 0;
    for (const QString &text : qAsConst(texts)) {
        for (const int column : {1, 2, 3, 4, 5}) {
            const qreal width = widths[size_t(column)] - 2 * ReportLayout::CellMarginH;
            for (const Qt::Alignment align :
                 {Qt::AlignJustify, Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignRight}) {
                for (const QFont &font : {table, header}) {
                    bool here = false;
                    const QString diff =
                        difference(text, font, width, align, shaper, &device.writer, &here);
                    INFO(text.toStdString() << " | width " << width << " align " << int(align));
                    CHECK(diff.toStdString() == "");
                    setHere += here;
                    ++compared;
                }
            }
        }
    }
    // The seeds' text is set here (not by Qt): else the export loses its speed unnoticed.
    CHECK(setHere == compared);
}

TEST_CASE("Text only Qt's layout can set goes to it, in the same kind of lines")
{
    Device device;
    TextShaper shaper(&device.writer);
    const QFont table = ReportFontFamilies::font(ReportOptions().tableFont);
    // A combining accent, an Arabic word, a tab: shaped and placed by Qt.
    const QString accented = QStringLiteral("Cafe") + QChar(0x0301) + QStringLiteral(" 咖啡馆");
    for (const QString &text :
         {accented, QStringLiteral("سلام 和平"), QStringLiteral("序号\t名称")}) {
        const ReportText set(text, table, 2000, Qt::AlignJustify, shaper);
        INFO(text.toStdString());
        CHECK(set.setByQt());
        REQUIRE(set.lineCount() == 1);
        CHECK(set.lineText(0) == text);
        CHECK(set.height() > 0);
    }
    const ReportText chinese(QStringLiteral("咖啡馆"), table, 2000, Qt::AlignJustify, shaper);
    CHECK_FALSE(chinese.setByQt());
}

TEST_CASE("A printer or the preview draws a line set here where the PDF has it")
{
    Device device;
    TextShaper shaper(&device.writer);
    const QFont table = ReportFontFamilies::font(ReportOptions().tableFont);

    // The ink's box and its dark pixels on an image at 4 twips a pixel.
    struct Ink
    {
        QRect box;
        int pixels = 0;
    };
    const auto ink = [](const std::function<void(QPainter &)> &paint) {
        QImage image(600, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(0.25, 0.25);
        painter.setPen(Qt::black);
        paint(painter);
        painter.end();
        Ink ink;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    ink.box |= QRect(x, y, 1, 1);
                    ++ink.pixels;
                }
            }
        }
        return ink;
    };
    struct Case
    {
        QString text;
        qreal width;
        Qt::Alignment align;
    };
    const Case cases[] = {
        // Nine characters of 210 twips in 2000: the first line has 110 twips to spread
        // (unjustified, its right edge would fall 27 pixels short).
        {QStringLiteral("一二三四五六七八九十一二三"), 2000, Qt::AlignJustify},
        // Nine in 1891: full but for a twip. Qt, counting the last glyph's ink past its
        // advance, would wrap the line's last character onto a second line.
        {QString(11, QChar(0x5174)), 1891, Qt::AlignJustify},
        // Latin words: the room goes between them (word spacing).
        {QStringLiteral("Tianbao fills the tables offices send"), 2000, Qt::AlignJustify},
        // Centred: the spaces hung at the line's end do not count.
        {QStringLiteral("合作项目     ") + QChar(QChar::LineSeparator) + QStringLiteral("下一行"),
         2000, Qt::AlignHCenter},
    };
    for (const Case &c : cases) {
        const ReportText text(c.text, table, c.width, c.align, shaper);
        INFO(c.text.toStdString());
        REQUIRE_FALSE(text.setByQt());
        REQUIRE(text.lineCount() == 2);
        CHECK(text.line(0).justified == (c.align == Qt::AlignJustify));
        const Ink drawnInk = ink([&](QPainter &painter) {
            PainterCanvas canvas(&painter);
            canvas.drawTextLine(text, 0, QPointF(100, 0));
        });
        const Ink placedInk = ink([&](QPainter &painter) {
            for (const QGlyphRun &run : text.glyphRuns(0))
                painter.drawGlyphRun(QPointF(100, 0), run);
        });
        // The preview records pages as pictures, which replay text items by laying them out
        // again: a justified line there must come back as it was drawn.
        const Ink replayedInk = ink([&](QPainter &painter) {
            QPicture picture;
            QPainter recorder(&picture);
            PainterCanvas canvas(&recorder);
            canvas.drawTextLine(text, 0, QPointF(100, 0));
            recorder.end();
            painter.drawPicture(0, 0, picture);
        });
        CHECK(replayedInk.box == drawnInk.box);
        CHECK(std::abs(replayedInk.pixels - drawnInk.pixels) < drawnInk.pixels / 100);
        const QRect drawn = drawnInk.box, placed = placedInk.box;
        INFO("drawn " << drawn.left() << "–" << drawn.right() << " × " << drawn.top() << "–"
                      << drawn.bottom() << ", placed " << placed.left() << "–" << placed.right()
                      << " × " << placed.top() << "–" << placed.bottom());
        REQUIRE_FALSE(placed.isEmpty());
        CHECK(std::abs(drawn.left() - placed.left()) <= 1);
        CHECK(std::abs(drawn.right() - placed.right()) <= 2);
        CHECK(std::abs(drawn.bottom() - placed.bottom()) <= 1);
        // Every character: one fewer spread over the same width has a ninth less ink.
        CHECK(std::abs(drawnInk.pixels - placedInk.pixels) < placedInk.pixels / 30);
    }
}
