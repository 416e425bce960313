#pragma once

#include "PdfFont.h"

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
    struct Use
    {
        PdfFont *font = nullptr;
        QByteArray resourceName; // "F1"
    };

    Use fontFor(const QRawFont &rawFont);

    // Writes every embedded font and puts the /Font resource dictionary's entries in
    // `entries`; false when the writer failed.
    bool write(PdfObjectWriter &pdf, QByteArray *entries) const;

private:
    struct Face
    {
        std::unique_ptr<PdfFont> font;
        QByteArray resourceName;
    };
    std::vector<Face> m_faces;
    QHash<QByteArray, int> m_faceByKey;
    std::vector<std::pair<QRawFont, int>> m_recent; // raw font (one size) → face
};

} // namespace tianbao
