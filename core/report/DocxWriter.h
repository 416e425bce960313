#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

class ReportProgress;

// Writes the report as a Word document (WordprocessingML) per report-layout.md. Each data row
// carries a bookmark tb_<uuid hex> so an importer finds the row again after the file was
// edited in Word or LibreOffice (RowBookmark, docs/docx-row-identity.md).
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::DocxWriter)

public:
    // `progress` gets one step per table row and may stop the writer.
    explicit DocxWriter(const ReportLayout &layout, ReportProgress *progress = nullptr)
        : m_layout(layout), m_progress(progress)
    {
    }
    Status write(QIODevice *device) const;

private:
    const ReportLayout &m_layout;
    ReportProgress *m_progress;
};

} // namespace tianbao
