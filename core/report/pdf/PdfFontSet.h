#pragma once

#include "PdfFont.h"
#include "PdfGlyphCache.h"

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <memory>
#include <vector>

namespace tianbao {

class PdfObjectWriter;

// The faces a PDF uses, each once whatever the sizes it is drawn at, with their resource
// names (/F1, /F2, …). Glyph runs are matched to faces through a small cache, since finding
// a QRawFont's face reads its tables.
class PdfFontSet
{
public:
    // With a folder, the glyphs' outlines come from and go to a PdfGlyphCache per face there.
    explicit PdfFontSet(const QString &glyphCacheFolder = QString())
        : m_glyphCacheFolder(glyphCacheFolder)
    {
    }
    PdfFontSet(const PdfFontSet &) = delete;
    PdfFontSet &operator=(const PdfFontSet &) = delete;

    struct Use
    {
        PdfFont *font = nullptr;
        QByteArray resourceName; // "F1"
    };

    Use fontFor(const QRawFont &rawFont);

    // Writes every embedded font and puts the /Font resource dictionary's entries in
    // `entries`; false when the writer failed.
    bool write(PdfObjectWriter &pdf, QByteArray *entries) const;
    // Keeps the outlines loaded for this PDF in the glyph cache, for the next one.
    void saveGlyphCaches() const;

private:
    struct Face
    {
        std::unique_ptr<PdfGlyphCache> glyphCache; // first: the font points to it
        std::unique_ptr<PdfFont> font;
        QByteArray resourceName;
    };
    QString m_glyphCacheFolder;
    std::vector<Face> m_faces;
    QHash<QByteArray, int> m_faceByKey;
    std::vector<std::pair<QRawFont, int>> m_recent; // raw font (one size) → face
};

} // namespace tianbao
