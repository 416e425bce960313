#include "TestSupport.h"
#include "docx/NoticeText.h"

using namespace tianbao;

TEST_CASE("NoticeText reads the common title and its years", "[docx]")
{
    const QString title =
        QStringLiteral("成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表");
    CHECK(NoticeText::commonTitle(title + QStringLiteral("（已有项目）")) == title);
    CHECK(NoticeText::commonTitle(title + QStringLiteral(" (新增项目)")) == title);
    FormProperties p;
    NoticeText::readYears(title, p);
    CHECK(p.progressYear == 2023);
    CHECK(p.planYear == 2024);
    FormProperties q;
    NoticeText::readYears(QStringLiteral("2025年计划要点"), q);
    CHECK(q.progressYear == 2024);
    CHECK(q.planYear == 2025);
}

TEST_CASE("NoticeText reads the notice's metadata", "[docx]")
{
    FormProperties p;
    NoticeText::readNoticeMetadata(
        {QStringLiteral("关于报送成渝地区双城经济圈教育协同发展相关材料的通知"),
         QStringLiteral(
             "三、…所有材料于12月27日下午5点前发送到邮箱345630954@qq.com，联系人：闫雪莲  "
             "联系方式：49891702。"),
         QStringLiteral("特此通知"), QString(), QStringLiteral("发展规划处"),
         QStringLiteral("2023年12月22日")},
        p);
    CHECK(p.noticeTitle == QStringLiteral("关于报送成渝地区双城经济圈教育协同发展相关材料的通知"));
    CHECK(p.issuingOffice == QStringLiteral("发展规划处"));
    CHECK(p.noticeDate == QDate(2023, 12, 22));
    CHECK(p.deadline == QDateTime(QDate(2023, 12, 27), QTime(17, 0)));
    CHECK(p.replyEmail == QStringLiteral("345630954@qq.com"));
    CHECK(p.contactName == QStringLiteral("闫雪莲"));
    CHECK(p.contactPhone == QStringLiteral("49891702"));
}

TEST_CASE("NoticeText reads deadlines written in other ways", "[docx]")
{
    auto deadline = [](const QString &line) {
        FormProperties p;
        NoticeText::readNoticeMetadata({line, QStringLiteral("2023年12月28日")}, p);
        return p.deadline;
    };
    CHECK(deadline(QStringLiteral("请于1月5日上午10:30前报送")) ==
          QDateTime(QDate(2024, 1, 5), QTime(10, 30)));
    CHECK(deadline(QStringLiteral("请于12月29日前报送")) ==
          QDateTime(QDate(2023, 12, 29), QTime(23, 59)));
    CHECK(deadline(QStringLiteral("截止时间：2024年1月3日下午3点半")) ==
          QDateTime(QDate(2024, 1, 3), QTime(15, 30)));
    CHECK_FALSE(deadline(QStringLiteral("会议于12月29日召开")).isValid());
}

TEST_CASE("NoticeText reads the signature under a reply", "[docx]")
{
    NoticeText::Signature s = NoticeText::readSignature(
        {QString(), QStringLiteral("  材料科学与工程学院"), QStringLiteral("2023年12月26日 ")});
    CHECK(s.unit == QStringLiteral("材料科学与工程学院"));
    CHECK(s.date == QDate(2023, 12, 26));

    s = NoticeText::readSignature({QStringLiteral("XX学院"), QStringLiteral("2023年12月X日")});
    CHECK(s.unit.isEmpty());
    CHECK_FALSE(s.date.isValid());

    s = NoticeText::readSignature({QStringLiteral("填报单位：药学院 2023年12月25日")});
    CHECK(s.unit == QStringLiteral("药学院"));
    CHECK(s.date == QDate(2023, 12, 25));

    s = NoticeText::readSignature({QStringLiteral("药学院")});
    CHECK(s.unit == QStringLiteral("药学院"));
    CHECK_FALSE(s.date.isValid());

    CHECK(NoticeText::readSignature({}).unit.isEmpty());
}
