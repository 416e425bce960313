#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

class QIODevice;

namespace tianbao {

// Writes the report as a Word document (WordprocessingML) per report-layout.md. Each data row
// carries a bookmark tb_<uuid hex> so an importer finds the row again after the file was
// edited in Word or LibreOffice (docs/docx-row-identity.md).
class DocxWriter
{
public:
    explicit DocxWriter(const ReportLayout &layout) : m_layout(layout) {}
    Status write(QIODevice *device) const;

    // The bookmark name of a row: "tb_" + 32 hex digits; empty for a row without a uuid.
    static QString rowBookmarkName(const QString &uuid);

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
