#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

// Writes the report as CSV the way the paper reads: per attachment a label line, a title line,
// the header and the rows, then the unit and date. UTF-8 with a BOM so Excel on a Chinese
// Windows does not read it as GBK; fields quoted per RFC 4180; a cell that a spreadsheet would
// run as a formula (= + - @, tab, CR first) gets a leading apostrophe.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::CsvWriter)

public:
    explicit CsvWriter(const ReportLayout &layout) : m_layout(layout) {}
    Status write(QIODevice *device) const;

    // One field, neutralised and quoted when needed.
    static QString field(const QString &text);

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
