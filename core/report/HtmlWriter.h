#pragma once

#include "ReportLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace tianbao {

// Writes the report as one print-friendly HTML page: A4 landscape @page margins, the header
// row repeated by the browser (thead), rows kept whole, each attachment on a new page. Every
// text is escaped; each data row carries its uuid in data-row-uuid.
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::HtmlWriter)

public:
    explicit HtmlWriter(const ReportLayout &layout) : m_layout(layout) {}
    Status write(QIODevice *device) const;

private:
    const ReportLayout &m_layout;
};

} // namespace tianbao
