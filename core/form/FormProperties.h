#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tianbao {

// What the notice says about the form, and what the submitting unit sets.
struct FormProperties
{
    // The common part of both attachments' titles, e.g.
    // 成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表
    QString title;
    int progressYear = 0; // 2023: the year whose results are reported
    int planYear = 0;     // 2024: the year being planned
    QString noticeTitle;
    QString issuingOffice; // 发展规划处
    QDate noticeDate;
    QDateTime deadline; // local time, 2023-12-27 17:00
    QString replyEmail;
    QString contactName;
    QString contactPhone;

    QString unit;               // 填报单位, the unit that fills and signs
    QDate signDate;             // the date under the signature
    bool noNewProjects = false; // 附件2 answered with 无

    // Every copy of one form shares this; a merge of files with different origins is refused.
    QString originUuid;
};

} // namespace tianbao
