#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

class ReportProgress;

// Writes the report's pages (ReportPainter) as a PDF of our own making (pdf/): the pages of
// the printer and the preview, with the drawn glyphs of each face embedded as a CFF font and
// a ToUnicode map made from the text, so it copies and searches as written.
//
// Not QPdfWriter: Qt 6.4's PDF engine searches its glyph list linearly for every glyph drawn
// and maps all 65,536 code points back per face. That made the 13-row report take 110 ms and
// the 10,000-row one 12 s, most of it in font work (bench/history.md).
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::PdfWriter)

public:
    explicit PdfWriter(const ReportLayout &layout, ReportProgress *progress = nullptr)
        : m_layout(layout), m_progress(progress)
    {
    }
    Status write(QIODevice *device) const;

    // Where glyph outlines are cached between PDFs (pdf/PdfGlyphCache); none by default. The
    // file is the same with or without.
    void setGlyphCacheFolder(const QString &folder) { m_glyphCacheFolder = folder; }

private:
    const ReportLayout &m_layout;
    ReportProgress *m_progress;
    QString m_glyphCacheFolder;
};

} // namespace tianbao
