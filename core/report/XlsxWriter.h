#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

// Writes the report as an Excel workbook with libxlsxwriter: one sheet per attachment, the
// title above the table, the header row frozen and repeated on printed pages, A4 landscape
// fitted to the page width.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::XlsxWriter)

public:
    explicit XlsxWriter(const ReportLayout &layout) : m_layout(layout) {}
    // libxlsxwriter can only write to a file name: the workbook goes to a temporary file in
    // the system temp folder first and is then copied into `device`. That keeps every writer
    // behind the same QIODevice interface (and the target behind QSaveFile).
    Status write(QIODevice *device) const;

    // Rows above the table on each sheet: the label, the title and a gap.
    static constexpr int HeaderRow = 3;

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
