#pragma once

#include "ReportOptions.h"

#include <QFont>
#include <QStringList>

namespace tianbao {

// Maps the families offices name (仿宋, 黑体, 宋体, 方正小标宋简体) to what a machine has:
// the real font on Windows, Noto Serif/Sans CJK SC on Linux. For renderers that pick fonts
// themselves (PDF); Word files keep the names offices expect.
class ReportFontFamilies
{
public:
    // The family first, then its English name, then look-alikes that ship with Linux.
    static QStringList candidates(const QString &family);
    // A QFont asking for candidates(family) in order, at the role's size.
    static QFont font(const ReportFont &font);
    // The title font: its own family when installed, else the fallback family in bold.
    static QFont titleFont(const ReportOptions &options);
};

} // namespace tianbao
