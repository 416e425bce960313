#pragma once

#include <QString>
#include <QStringList>

namespace tianbao {

// A font role of the report: a family as offices name it (仿宋, 黑体…) and a size in points.
struct ReportFont
{
    QString family;
    double pointSize = 10.5;
};

// What the user chooses about an export. Defaults follow docs report-layout.md (GB/T 9704
// conventions): 3号 黑体 label, 2号 小标宋 title, 5号 仿宋 table with a 黑体 header row.
struct ReportOptions
{
    QStringList attachmentKeys; // attachments to print, in form order; empty = all
    // Only rows whose 校内单位 include properties.unit (ignored while the unit is unset, so an
    // unsigned form never prints as empty tables).
    bool onlyUnitRows = false;

    ReportFont labelFont{QStringLiteral("黑体"), 16};
    ReportFont titleFont{QStringLiteral("方正小标宋简体"), 22};
    // Offices have 方正小标宋简体; elsewhere the title falls back to this family, bold.
    QString titleFallbackFamily = QStringLiteral("宋体");
    ReportFont headerFont{QStringLiteral("黑体"), 10.5};
    ReportFont tableFont{QStringLiteral("仿宋"), 10.5};
    ReportFont signatureFont{QStringLiteral("仿宋"), 16};
    ReportFont pageNumberFont{QStringLiteral("宋体"), 14};
    // Latin letters and digits in Word runs (w:ascii/w:hAnsi), as offices set them.
    QString latinFamily = QStringLiteral("Times New Roman");

    bool pageNumbers = true;
};

} // namespace tianbao
