#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

// Paints the report into a PDF page by page. QTextDocument cannot keep a row on one page nor
// print "— 1 —" at GB/T 9704's place, so the pages are laid out here: exact margins, the
// header row repeated, a row kept whole when it fits (a taller one flows over), each
// attachment on a new page. Fonts are embedded by QPdfWriter.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::PdfWriter)

public:
    explicit PdfWriter(const ReportLayout &layout) : m_layout(layout) {}
    Status write(QIODevice *device) const;

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
