#include "TextShaper.h"

#include "report/pdf/PdfFont.h"

#include <QFont>
#include <QFontDatabase>
#include <QtEndian>
#include <hb.h>

namespace tianbao {

namespace {

// HarfBuzz asks for a face's tables one at a time, as it needs them; Qt hands each over as a
// copy, which the blob owns. Shaping reads cmap, GSUB, GPOS, GDEF, hmtx and a few small ones;
// never the outlines (Noto's CFF table is 23 MB, and a copy of it took 110 ms), nor tag 0, for
// which FreeType hands over the whole file. Those are refused, should HarfBuzz ever ask.
hb_blob_t *referenceTable(hb_face_t *, hb_tag_t tag, void *rawFont)
{
    switch (tag) {
    case 0:
    case HB_TAG('g', 'l', 'y', 'f'):
    case HB_TAG('C', 'F', 'F', ' '):
    case HB_TAG('C', 'F', 'F', '2'):
    case HB_TAG('g', 'v', 'a', 'r'):
    case HB_TAG('C', 'B', 'D', 'T'):
    case HB_TAG('E', 'B', 'D', 'T'):
    case HB_TAG('s', 'b', 'i', 'x'):
    case HB_TAG('S', 'V', 'G', ' '):
        return nullptr;
    default:
        break;
    }
    const char name[4] = {char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag)};
    auto *table = new QByteArray(static_cast<const QRawFont *>(rawFont)->fontTable(name));
    if (table->isEmpty()) {
        delete table;
        return nullptr;
    }
    return hb_blob_create(table->constData(), unsigned(table->size()), HB_MEMORY_MODE_READONLY,
                          table, [](void *data) { delete static_cast<QByteArray *>(data); });
}

hb_script_t scriptOf(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
        return HB_SCRIPT_HAN;
    case QChar::Script_Latin:
        return HB_SCRIPT_LATIN;
    default:
        return HB_SCRIPT_COMMON;
    }
}

quint16 weightClassOf(const QRawFont &face)
{
    const QByteArray os2 = face.fontTable("OS/2");
    return os2.size() >= 6 ? qFromBigEndian<quint16>(os2.constData() + 4) : 400;
}

} // namespace

ShapedFont::ShapedFont(const QRawFont &face, std::shared_ptr<hb_face_t> hbFace)
    : m_rawFont(face), m_hbFace(std::move(hbFace)), m_hbFont(hb_font_create(m_hbFace.get())),
      m_buffer(hb_buffer_create()), m_ascent(qRound64(face.ascent() * 64)),
      m_descent(qRound64(face.descent() * 64))
{
    // HarfBuzz's scale is the face's units per em (its default), so positions come in font
    // units and are scaled here once.
    const unsigned unitsPerEm = hb_face_get_upem(m_hbFace.get());
    m_scale = unitsPerEm ? face.pixelSize() * 64 / unitsPerEm : 0;
}

ShapedFont::~ShapedFont()
{
    hb_buffer_destroy(m_buffer);
    hb_font_destroy(m_hbFont);
}

bool ShapedFont::hasCharacter(char32_t character) const
{
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(m_hbFont, character, &glyph) && glyph != 0;
}

void ShapedFont::shape(const QString &text, int from, int length, QChar::Script script,
                       std::vector<Glyph> &glyphs) const
{
    hb_buffer_clear_contents(m_buffer);
    hb_buffer_add_utf16(m_buffer, reinterpret_cast<const uint16_t *>(text.utf16()),
                        int(text.size()), unsigned(from), length);
    // As Qt 6.4 shapes a run: left to right, its script, the language of the user's locale
    // (which picks a face's local forms), default features.
    hb_buffer_set_direction(m_buffer, HB_DIRECTION_LTR);
    hb_buffer_set_script(m_buffer, scriptOf(script));
    hb_buffer_set_language(m_buffer, hb_language_get_default());
    hb_shape(m_hbFont, m_buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(m_buffer, &count);
    const hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(m_buffer, nullptr);
    glyphs.reserve(glyphs.size() + count);
    for (unsigned i = 0; i < count; ++i) {
        Glyph glyph;
        glyph.index = infos[i].codepoint;
        glyph.cluster = int(infos[i].cluster);
        glyph.advance = qRound64(positions[i].x_advance * m_scale);
        glyph.xOffset = qRound64(positions[i].x_offset * m_scale);
        glyph.yOffset = qRound64(positions[i].y_offset * m_scale);
        glyphs.push_back(glyph);
    }
}

TextShaper::~TextShaper() = default;

const ShapedFont *TextShaper::font(const QFont &font)
{
    const QString key = font.key();
    const auto known = m_fonts.constFind(key);
    if (known != m_fonts.constEnd())
        return known->get();
    std::shared_ptr<ShapedFont> &shaped = m_fonts[key];

    // What HarfBuzz alone would not do as Qt does: no kerning, spacing, stretching, capitals
    // made up, an italic made up, Qt's own unshaped mapping.
    if (!font.kerning() || font.letterSpacing() != 0 || font.wordSpacing() != 0 ||
        (font.stretch() != QFont::AnyStretch && font.stretch() != QFont::Unstretched) ||
        font.capitalization() != QFont::MixedCase || font.italic() ||
        (font.styleStrategy() & QFont::PreferNoShaping))
        return nullptr;
    const QFont onDevice(font, m_device);
    // The faces Qt's layout takes for Chinese, for Latin and for text of neither (digits
    // alone): one face for all three, or Qt's layout sets the text.
    const QRawFont face = QRawFont::fromFont(onDevice, QFontDatabase::SimplifiedChinese);
    if (!face.isValid())
        return nullptr;
    const QByteArray faceKey = PdfFont::faceKey(face);
    if (PdfFont::faceKey(QRawFont::fromFont(onDevice, QFontDatabase::Latin)) != faceKey ||
        PdfFont::faceKey(QRawFont::fromFont(onDevice, QFontDatabase::Any)) != faceKey)
        return nullptr;
    // A bold Qt makes up from a regular face has wider advances than the face's own.
    if (font.weight() >= QFont::DemiBold && weightClassOf(face) < 600)
        return nullptr;

    std::shared_ptr<hb_face_t> &hbFace = m_faces[faceKey];
    if (!hbFace) {
        hbFace.reset(
            hb_face_create_for_tables(referenceTable, new QRawFont(face),
                                      [](void *raw) { delete static_cast<QRawFont *>(raw); }),
            hb_face_destroy);
    }
    shaped = std::make_shared<ShapedFont>(face, hbFace);
    return shaped.get();
}

} // namespace tianbao
