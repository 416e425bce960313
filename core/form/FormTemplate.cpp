#include "FormTemplate.h"

#include "UnitsCell.h"

#include <QUuid>

namespace tianbao {

namespace {

// Name-based UUIDs: every `tianbao new` makes a copy of the same form, so files that units
// created on their own still merge row by row.
const QUuid TemplateNamespace = QUuid(QStringLiteral("{6f1c1f9e-3c1a-4d55-9a55-1a7b2e0c2023}"));

QString templateUuid(const QString &name)
{
    return QUuid::createUuidV5(TemplateNamespace, name).toString(QUuid::WithoutBraces);
}

struct ProjectText
{
    QString name;
    QString content;
    QString units;
    QString partners;
};

// 附件1 of the notice, cell by cell. Layout line breaks of 合作项目 and 校内单位 are removed;
// the list breaks of 项目内容 are kept.
QVector<ProjectText> existingProjects()
{
    return {
        {QStringLiteral("乡村振兴学院东兴分院项目"),
         QStringLiteral("1."
                        "开展天冬研究与推广应用。建立成熟、稳定的天冬增殖培养技术体系，增殖系数达3"
                        "以上，调节生根率达50%的生根培养基，为天润天冬企业节省成本30%。\n2."
                        "永福镇生姜的高产高质栽培技术集成与推广应用。推广应用100亩；培训生姜、黄精"
                        "栽培技术人员200人次。"),
         QStringLiteral("乡村振兴学院、园林与生命科学学院"), QStringLiteral("内江市东兴区")},
        {QStringLiteral("乡村振兴培训项目"),
         QStringLiteral("川渝合作开展乡村振兴干部培训不少于2次。"), QStringLiteral("乡村振兴学院"),
         QStringLiteral("四川省相关市县")},
        {QStringLiteral("国家级专家服务基地东兴工作站项目"),
         QStringLiteral("1.开展1-2次技术培训和指导。\n2.引进推广新技术1-2个。"),
         QStringLiteral("党委教师工作部"), QStringLiteral("内江市东兴区")},
        {QStringLiteral("与电子科技大学重点实验室合作项目"),
         QStringLiteral("1.开展OLED光提取技术研究，申请专利技术1项，实现在企业转化2-3项。\n2."
                        "开展柔性智能机器人研究，设计柔性软体机器人2款。\n3."
                        "开展光电传感器领域合作研究，合作申请国家重点项目1项。\n4."
                        "与显示科学与技术四川省重点实验室联合组建申报川渝共建重点实验室。"),
         QStringLiteral("材料科学与工程学院"),
         QStringLiteral("电子科技大学显示科学与技术四川省重点实验室")},
        {QStringLiteral("与四川大学高分子科学与工程学院合作项目"),
         QStringLiteral(
             "1.开展柔性高分子光学材料研究，亮度提升15%，1-2个产品进入京东方等龙头企业的采购。\n2."
             "开展柔性显示材料聚酰亚胺（PI）材料研究，1-2种材料进入中试阶段，并获得第三方验证。\n3."
             "推进涂铭旌创新实验班建设。\n4.开展优秀青年教师交流，扩大学科研究合作方向。"),
         QStringLiteral("材料科学与工程学院"), QStringLiteral("四川大学高分子科学与工程学院")},
        {QStringLiteral("与电子科技大学人类疾病基因研究四川省重点实验室合作项目"),
         QStringLiteral(
             "1."
             "开展人类重大疾病致病机制和靶标发现研究，揭示肿瘤耐药机制，为重大疾病治疗提供新线索和"
             "思路。\n2.与人类疾病基因研究四川省重点实验室联合组建申报川渝共建重点实验室。\n3."
             "共同培育科技成果1项。"),
         QStringLiteral("药学院"), QStringLiteral("电子科技大学附属四川省人民医院")},
        {QStringLiteral("创新创业联盟项目"),
         QStringLiteral("1.举办创新创业学院院长论坛、环大学创新生态圈论坛等。\n2."
                        "开展成渝地区双城经济圈创新创业骨干能力培训及交流考察活动2期。\n3."
                        "开展成渝地区双城经济圈民营企业融合发展培训班1期。\n4."
                        "促进高校到川渝建立创业孵化基地3个。"),
         QStringLiteral("创新创业学院"), QStringLiteral("川渝政校企")},
        {QStringLiteral("科技合作项目"),
         QStringLiteral("统筹推进平台共建、项目申报、联合开展科技成果转化推广应用。"),
         QStringLiteral("科研处"), QStringLiteral("四川省高校、企业")},
        {QStringLiteral("教学合作项目"),
         QStringLiteral(
             "1.与内江联合开展推普助力乡村振兴活动2-3次。\n2.开展大学生乡村振兴创意大赛。"),
         QStringLiteral("教务处"), QStringLiteral("内江市")},
        {QStringLiteral("干部教师交流项目"), QStringLiteral("1.互派学术院长2名。\n2.互派教师8名。"),
         QStringLiteral("党委组织部、党委教师工作部"), QStringLiteral("内江职业技术学院")},
        {QStringLiteral("智能农机推广项目"),
         QStringLiteral("1.在内江市1-2个区县开展山地农机推广应用。\n2.引进1-2个农机新产品。"),
         QStringLiteral("智能制造工程学院"), QStringLiteral("内江市")},
        {QStringLiteral("生态渔业产业化技术创新中心共建项目"),
         QStringLiteral(
             "1.建立交流互访机制，至少2次以上。\n2."
             "与中科院成都生物所开展池塘尾水治理技术攻关，申请专利1项。\n3.共同培育科技成果1项。"),
         QStringLiteral("园林与生命科学学院"), QStringLiteral("内江师范学院")},
        {QStringLiteral("联合培训项目"),
         QStringLiteral(
             "1.成渝优秀校园长跨区域联合培训项目1期。\n2.40届中小学校长班异地研修项目1期。\n3."
             "川渝协作鲁渝协作乡村振兴实用人才培训班项目1期。"),
         QStringLiteral("继续教育学院（培训学院）"), QStringLiteral("四川师范大学、成都师范学院")},
    };
}

std::array<QString, FieldCount> headersFor(int planYear)
{
    return {QStringLiteral("合作项目"),   QStringLiteral("项目内容"),
            QStringLiteral("校内单位"),   QStringLiteral("合作单位"),
            QStringLiteral("进展与成效"), QStringLiteral("%1年计划要点").arg(planYear)};
}

} // namespace

Form FormTemplate::notice2023()
{
    Form form;
    FormProperties &p = form.properties;
    p.progressYear = 2023;
    p.planYear = 2024;
    p.title = QStringLiteral("成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表");
    p.noticeTitle = QStringLiteral("关于报送成渝地区双城经济圈教育协同发展相关材料的通知");
    p.issuingOffice = QStringLiteral("发展规划处");
    p.noticeDate = QDate(2023, 12, 22);
    p.deadline = QDateTime(QDate(2023, 12, 27), QTime(17, 0));
    p.replyEmail = QStringLiteral("345630954@qq.com");
    p.contactName = QStringLiteral("闫雪莲");
    p.contactPhone = QStringLiteral("49891702");
    p.originUuid = templateUuid(QStringLiteral("notice-2023-12-22/origin"));

    Attachment existing;
    existing.key = Attachment::ExistingKey;
    existing.label = QStringLiteral("附件1");
    existing.title = p.title + QStringLiteral("（已有项目）");
    existing.seqHeader = QStringLiteral("序号");
    existing.headers = headersFor(p.planYear);
    int seq = 0;
    for (const ProjectText &project : existingProjects()) {
        ++seq;
        Row row;
        row.uuid = templateUuid(QStringLiteral("notice-2023-12-22/existing/%1").arg(seq));
        row.setValue(Field::Name, project.name);
        row.setValue(Field::Content, project.content);
        row.setValue(Field::Units, project.units);
        row.setValue(Field::Partners, project.partners);
        existing.rows.append(row);
    }

    Attachment added = existing;
    added.key = Attachment::NewKey;
    added.label = QStringLiteral("附件2");
    added.title = p.title + QStringLiteral("（新增项目）");
    added.rows.clear();

    form.attachments = {existing, added};
    return form;
}

} // namespace tianbao
