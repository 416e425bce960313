#include "PdfFont.h"

#include "PdfGlyphCache.h"
#include "PdfNumber.h"
#include "PdfObjectWriter.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace tianbao {

namespace {

constexpr qreal UnitsPerEm = 1000; // PDF glyph space and the CFF program's FontMatrix

quint16 tableWord(const QByteArray &table, int offset)
{
    if (offset < 0 || offset + 2 > table.size())
        return 0;
    return qFromBigEndian<quint16>(table.constData() + offset);
}

// The face's PostScript name (name ID 6), else one made of its family and style.
QByteArray postScriptNameOf(const QRawFont &face)
{
    const QByteArray table = face.fontTable("name");
    const int count = tableWord(table, 2);
    const int strings = tableWord(table, 4);
    QByteArray name;
    for (int i = 0; i < count && name.isEmpty(); ++i) {
        const int record = 6 + 12 * i;
        const int platform = tableWord(table, record);
        const int nameId = tableWord(table, record + 6);
        const int length = tableWord(table, record + 8);
        const int offset = strings + tableWord(table, record + 10);
        if (nameId != 6 || offset + length > table.size())
            continue;
        if (platform == 1) {
            name = table.mid(offset, length);
        } else if (platform == 3 || platform == 0) {
            for (int j = 0; j + 1 < length; j += 2)
                name += char(tableWord(table, offset + j) & 0x7f);
        }
    }
    if (name.isEmpty())
        name = (face.familyName() + QLatin1Char('-') + face.styleName()).toLatin1();
    // PostScript names: printable ASCII without delimiters.
    QByteArray clean;
    for (const char c : qAsConst(name)) {
        if (c > 32 && c < 127 && !QByteArray("()<>[]{}/%#").contains(c))
            clean += c;
    }
    return clean.isEmpty() ? QByteArrayLiteral("Font") : clean.left(60);
}

} // namespace

PdfFont::PdfFont(const QRawFont &face) : m_face(face), m_postScriptName(postScriptNameOf(face))
{
    m_face.setPixelSize(UnitsPerEm);
    const QByteArray os2 = m_face.fontTable("OS/2");
    if (os2.size() >= 10) {
        const quint16 fsType = tableWord(os2, 8);
        // Restricted-licence embedding, or bitmaps only.
        m_embeddable = (fsType & 0x000f) != 0x0002 && !(fsType & 0x0200);
    }
    m_cidOfGlyph.assign(tableWord(m_face.fontTable("maxp"), 4), 0);
    m_characterOfGlyph.assign(m_cidOfGlyph.size(), 0);
    m_unitsPerEm = tableWord(m_face.fontTable("head"), 18);
    m_horizontalMetricCount = tableWord(m_face.fontTable("hhea"), 34);
    m_horizontalMetrics = m_face.fontTable("hmtx");
}

int PdfFont::designAdvance(quint32 glyphIndex) const
{
    // Reading the advance from the table spares loading the glyph a second time (loading a
    // CJK glyph is the costliest step of embedding it).
    if (m_unitsPerEm > 0 && m_horizontalMetricCount > 0 &&
        m_horizontalMetrics.size() >= 4 * m_horizontalMetricCount) {
        const int entry = int(qMin<quint32>(glyphIndex, quint32(m_horizontalMetricCount - 1)));
        return qRound(tableWord(m_horizontalMetrics, 4 * entry) * UnitsPerEm / m_unitsPerEm);
    }
    const QVector<QPointF> advances =
        m_face.advancesForGlyphIndexes(QVector<quint32>{glyphIndex}, QRawFont::UseDesignMetrics);
    return advances.isEmpty() ? 0 : qRound(advances.first().x());
}

QByteArray PdfFont::faceKey(const QRawFont &font)
{
    // The family and style name a face; the head table (dates, checksum) tells apart two
    // files that share them.
    return font.familyName().toUtf8() + '\n' + font.styleName().toUtf8() + '\n' +
           (font.weight() >= QFont::Bold ? "bold\n" : "\n") + font.fontTable("head");
}

int PdfFont::addGlyph(quint32 glyphIndex)
{
    if (glyphIndex >= m_cidOfGlyph.size())
        m_cidOfGlyph.resize(glyphIndex + 1, 0);
    if (m_glyphOfCid.size() >= 0xffff)
        return 0; // a face has at most 65,535 glyphs: never reached
    const int cid = addOutline(glyphIndex);
    m_advances.append(designAdvance(glyphIndex));
    m_glyphOfCid.append(glyphIndex);
    m_cidOfGlyph[glyphIndex] = quint16(cid);
    return cid;
}

int PdfFont::addOutline(quint32 glyphIndex)
{
    QRectF box;
    int cid = 0;
    if (const PdfGlyphCache::Glyph *cached = m_cache ? m_cache->find(glyphIndex) : nullptr) {
        cid = m_program.addCharString(cached->charString);
        box = cached->bounds;
    } else {
        const QPainterPath outline = m_face.pathForGlyph(glyphIndex);
        const QByteArray charString = CffFontProgram::charString(outline);
        cid = m_program.addCharString(charString);
        box = outline.controlPointRect();
        if (m_cache)
            m_cache->add(glyphIndex, {charString, box});
        if (!m_embeddable)
            m_outlines.resize(cid + 1), m_outlines[cid] = outline;
    }
    if (!box.isEmpty())
        m_bounds = m_bounds.isNull() ? box : m_bounds.united(box);
    return cid;
}

void PdfFont::noteCharacters(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (c >= m_seen.size())
            m_seen.resize(c < 0x10000 ? 0x10000 : 0x110000, false);
        if (m_seen[c])
            continue;
        m_seen[c] = true;
        // The first character drawn that the face maps to a glyph is the glyph's text. Glyph
        // 0 is the face's "missing" box: never the text of anything.
        const QVector<quint32> glyphs = m_face.glyphIndexesForString(QString::fromUcs4(&c, 1));
        if (glyphs.size() != 1 || glyphs.first() == 0)
            continue;
        if (glyphs.first() >= m_characterOfGlyph.size())
            m_characterOfGlyph.resize(glyphs.first() + 1, 0);
        if (m_characterOfGlyph[glyphs.first()] == 0)
            m_characterOfGlyph[glyphs.first()] = c;
    }
}

QByteArray PdfFont::outlineOperators(int cid) const
{
    if (cid <= 0 || cid >= m_outlines.size())
        return {};
    const QPainterPath &outline = m_outlines.at(cid);
    QByteArray ops;
    for (int i = 0; i < outline.elementCount(); ++i) {
        const QPainterPath::Element &e = outline.elementAt(i);
        const auto point = [&](const QPainterPath::Element &p) {
            PdfNumber::append(ops, p.x);
            ops += ' ';
            PdfNumber::append(ops, -p.y);
            ops += ' ';
        };
        switch (e.type) {
        case QPainterPath::MoveToElement:
            point(e);
            ops += "m\n";
            break;
        case QPainterPath::LineToElement:
            point(e);
            ops += "l\n";
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 >= outline.elementCount())
                break;
            point(e);
            point(outline.elementAt(i + 1));
            point(outline.elementAt(i + 2));
            ops += "c\n";
            i += 2;
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return ops + "f\n";
}

QByteArray PdfFont::toUnicodeMap() const
{
    QByteArray map = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const auto hex4 = [](uint value) {
        return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
    };
    QByteArray block;
    int inBlock = 0;
    const auto flush = [&] {
        if (inBlock == 0)
            return;
        map += QByteArray::number(inBlock) + " beginbfchar\n" + block + "endbfchar\n";
        block.clear();
        inBlock = 0;
    };
    for (int cid = 1; cid < m_glyphOfCid.size(); ++cid) {
        const quint32 glyph = m_glyphOfCid.at(cid);
        const char32_t character =
            glyph < m_characterOfGlyph.size() ? m_characterOfGlyph[glyph] : char32_t(0);
        if (character == 0)
            continue; // drawn inside an ActualText span
        QByteArray destination;
        for (const QChar unit : QString::fromUcs4(&character, 1))
            destination += hex4(unit.unicode());
        block += '<' + hex4(uint(cid)) + "> <" + destination + ">\n";
        if (++inBlock == 100) // a CMap block holds at most 100 entries
            flush();
    }
    flush();
    return map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

QByteArray PdfFont::subsetTag(int index) const
{
    // Six capital letters (ISO 32000 9.6.4) from the face, its place and its glyphs: unique
    // in the document, and different in another document with other glyphs, so a program
    // that joins PDFs never takes two subsets for one font.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(m_postScriptName);
    hash.addData(QByteArray::number(index));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(m_glyphOfCid.constData()),
                                m_glyphOfCid.size() * qsizetype(sizeof(quint32))));
    const QByteArray digest = hash.result();
    QByteArray tag(6, 'A');
    for (int i = 0; i < 6; ++i)
        tag[i] = char('A' + quint8(digest.at(i)) % 26);
    return tag;
}

bool PdfFont::write(PdfObjectWriter &pdf, int fontId, int index) const
{
    const int cidFontId = pdf.reserve();
    const int descriptorId = pdf.reserve();
    const int programId = pdf.reserve();
    const int toUnicodeId = pdf.reserve();
    const QByteArray fontName = subsetTag(index) + '+' + m_postScriptName;
    const QByteArray baseFont = '/' + fontName;

    QByteArray widths = "[1 [";
    for (int cid = 1; cid < m_advances.size(); ++cid) {
        widths += QByteArray::number(m_advances.at(cid));
        widths += cid % 16 == 0 ? '\n' : ' ';
    }
    widths += "]]";

    const auto number = [](qreal value) { return QByteArray::number(qRound(value)); };
    // The bounds are in Qt's y-down outline coordinates.
    const QByteArray bbox = '[' + number(m_bounds.left()) + ' ' + number(-m_bounds.bottom()) + ' ' +
                            number(m_bounds.right()) + ' ' + number(-m_bounds.top()) + ']';

    // The Type 0 font's name is its CIDFont's and its CMap's (ISO 32000 Table 121).
    return pdf.writeObject(fontId, "<< /Type /Font /Subtype /Type0 /BaseFont " + baseFont +
                                       "-Identity-H" + " /Encoding /Identity-H /DescendantFonts [" +
                                       PdfObjectWriter::reference(cidFontId) + "] /ToUnicode " +
                                       PdfObjectWriter::reference(toUnicodeId) + " >>") &&
           pdf.writeObject(cidFontId,
                           "<< /Type /Font /Subtype /CIDFontType0 /BaseFont " + baseFont +
                               " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                               "/Supplement 0 >> /FontDescriptor " +
                               PdfObjectWriter::reference(descriptorId) + " /DW 1000 /W " + widths +
                               " >>") &&
           pdf.writeObject(
               descriptorId,
               "<< /Type /FontDescriptor /FontName " + baseFont + " /Flags 4 /FontBBox " + bbox +
                   " /ItalicAngle 0 /Ascent " + number(m_face.ascent()) + " /Descent " +
                   number(-m_face.descent()) + " /CapHeight " + number(m_face.capHeight()) +
                   " /StemV 80 /FontFile3 " + PdfObjectWriter::reference(programId) + " >>") &&
           // Stored, not deflated: deflate took a quarter off the program (CFF is compact
           // already) and 8 ms of a 13-row export's 95; the pages' streams, which it takes to
           // a third, stay compressed.
           pdf.writeStream(programId, " /Subtype /CIDFontType0C", m_program.toByteArray(fontName),
                           false) &&
           pdf.writeStream(toUnicodeId, {}, toUnicodeMap());
}

} // namespace tianbao
