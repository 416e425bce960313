#include "PdfFontSet.h"

#include "PdfObjectWriter.h"

namespace tianbao {

PdfFontSet::Use PdfFontSet::fontFor(const QRawFont &rawFont)
{
    int face = -1;
    for (const auto &[raw, index] : m_recent) {
        if (raw == rawFont) {
            face = index;
            break;
        }
    }
    if (face < 0) {
        const QByteArray key = PdfFont::faceKey(rawFont);
        face = m_faceByKey.value(key, -1);
        if (face < 0) {
            face = int(m_faces.size());
            auto font = std::make_unique<PdfFont>(rawFont);
            // A face drawn as outlines needs the outlines themselves, not charstrings.
            std::unique_ptr<PdfGlyphCache> cache;
            if (!m_glyphCacheFolder.isEmpty() && font->embeddable()) {
                cache = std::make_unique<PdfGlyphCache>(m_glyphCacheFolder, key);
                font->useGlyphCache(cache.get());
            }
            m_faces.push_back(
                {std::move(cache), std::move(font), "F" + QByteArray::number(face + 1)});
            m_faceByKey.insert(key, face);
        }
        m_recent.emplace_back(rawFont, face);
    }
    return {m_faces[size_t(face)].font.get(), m_faces[size_t(face)].resourceName};
}

bool PdfFontSet::write(PdfObjectWriter &pdf, QByteArray *entries) const
{
    for (size_t index = 0; index < m_faces.size(); ++index) {
        const Face &face = m_faces[index];
        if (!face.font->embeddable() || face.font->glyphCount() <= 1)
            continue; // drawn as outlines, or never drawn
        const int id = pdf.reserve();
        if (!face.font->write(pdf, id, int(index)))
            return false;
        *entries += " /" + face.resourceName + ' ' + PdfObjectWriter::reference(id);
    }
    return true;
}

void PdfFontSet::saveGlyphCaches() const
{
    for (const Face &face : m_faces) {
        if (face.glyphCache)
            face.glyphCache->save(); // a cache that cannot be written is only slower next time
    }
}

} // namespace tianbao
