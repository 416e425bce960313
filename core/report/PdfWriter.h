#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

class ReportProgress;

// Writes the report's pages (ReportPainter) into a PDF. Fonts are embedded by QPdfWriter;
// the ToUnicode maps are repaired afterwards so the text copies and searches as written.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::PdfWriter)

public:
    explicit PdfWriter(const ReportLayout &layout, ReportProgress *progress = nullptr)
        : m_layout(layout), m_progress(progress)
    {
    }
    Status write(QIODevice *device) const;

private:
    const ReportLayout &m_layout;
    ReportProgress *m_progress;
};

} // namespace tianbao
