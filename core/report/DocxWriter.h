#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

class QIODevice;

namespace tianbao {

// Writes the report as a Word document (WordprocessingML) per report-layout.md. Each data row
// carries a bookmark tb_<uuid hex> so an importer finds the row again after the file was
// edited in Word or LibreOffice (RowBookmark, docs/docx-row-identity.md).
class DocxWriter
{
public:
    explicit DocxWriter(const ReportLayout &layout) : m_layout(layout) {}
    Status write(QIODevice *device) const;

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
