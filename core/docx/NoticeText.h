#pragma once

#include "form/FormProperties.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tianbao {

// What the paragraphs of a notice or a reply say, read with patterns: titles and years, the
// notice's metadata, the signature under a reply.
class NoticeText
{
public:
    // The title without its （已有项目）/（新增项目） suffix.
    static QString commonTitle(const QString &attachmentTitle);
    // "…2023年项目成效与2024年计划要点表" → progressYear 2023, planYear 2024 (0 when absent).
    static void readYears(const QString &title, FormProperties &properties);
    // Notice title (关于…通知), issuing office and date (the lines "发展规划处" /
    // "2023年12月22日"), deadline (12月27日下午5点 → 2023-12-27 17:00; a day without a time is
    // taken as 23:59), reply email, contact name (联系人：) and phone (联系方式：, 联系电话：).
    // Only what is found is set.
    static void readNoticeMetadata(const QStringList &paragraphs, FormProperties &properties);

    struct Signature
    {
        QString unit;
        QDate date;
    };
    // The unit and date signed under a reply's last table ("XX学院" then "2023年12月26日").
    static Signature readSignature(const QStringList &paragraphsAfterTable);
    // "2023年12月22日" (spaces allowed) → a date, or an invalid date.
    static QDate parseDate(const QString &text);
};

} // namespace tianbao
