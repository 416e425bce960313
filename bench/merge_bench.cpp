// Times the office's merge: N colleague files of 20 filled rows each (10 answered rows of 附件1,
// 10 new projects in 附件2) merged into one master form with BatchMerge.
// Usage: merge_bench [FOLDER]   (scratch files go to FOLDER, default a temporary folder)

#include "form/FormTemplate.h"
#include "merge/BatchMerge.h"
#include "store/FormFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace tianbao;

namespace {

constexpr int Units = 100;
constexpr int RowsPerUnit = 10;

const QStringList UnitNames = {
    QStringLiteral("材料科学与工程学院"), QStringLiteral("药学院"),
    QStringLiteral("乡村振兴学院"),       QStringLiteral("园林与生命科学学院"),
    QStringLiteral("创新创业学院"),       QStringLiteral("继续教育学院（培训学院）"),
    QStringLiteral("电子信息工程学院"),   QStringLiteral("智能制造工程学院"),
    QStringLiteral("土木工程学院"),       QStringLiteral("化学与环境工程学院"),
    QStringLiteral("经济管理学院"),       QStringLiteral("文化与旅游学院"),
    QStringLiteral("教师教育学院"),       QStringLiteral("数学与大数据学院"),
    QStringLiteral("外国语学院"),         QStringLiteral("体育学院"),
    QStringLiteral("音乐学院"),           QStringLiteral("美术学院"),
    QStringLiteral("马克思主义学院"),     QStringLiteral("党委教师工作部"),
};

const QStringList Partners = {
    QStringLiteral("内江市东兴区"), QStringLiteral("四川大学高分子科学与工程学院"),
    QStringLiteral("电子科技大学"), QStringLiteral("成都师范学院"),
    QStringLiteral("四川师范大学"), QStringLiteral("川渝政校企"),
};

const QStringList Results = {
    QStringLiteral("天冬组培快繁技术实现部分量产，增殖系数达3.2，为合作企业节省成本30%。"),
    QStringLiteral("与四川大学联合研发的扩散增亮膜被京东方采用，亮度提升16%，年供货50万片。"),
    QStringLiteral("PDE5抑制剂完成技术转让，合同金额3000万元；PZ-1转让4800万元。"),
    QStringLiteral("国家级专家服务基地东兴工作站开展技术培训3次，培训技术人员210人次。"),
    QStringLiteral("联合组建申报川渝共建重点实验室1个，合作申请国家重点研发项目1项。"),
};

const QStringList Plans = {
    QStringLiteral("1.推进聚酰亚胺（PI）材料中试，完成第三方验证。\n2.开展青年教师交流2人次。"),
    QStringLiteral("1.扩大生姜、黄精高产栽培技术推广至150亩。\n2.培训技术人员200人次。"),
    QStringLiteral("1.完成新药临床前研究1项。\n2.共同培育科技成果1项。"),
    QStringLiteral("1.举办创新创业论坛1次。\n2.建立创业孵化基地3个。"),
};

QString unitName(int unit)
{
    const QString name = UnitNames.at(unit % UnitNames.size());
    return unit < UnitNames.size() ? name
                                   : name + QStringLiteral("%1分院").arg(unit / UnitNames.size());
}

Form bigForm()
{
    Form form = FormTemplate::notice2023();
    Attachment &existing = form.attachments[0];
    existing.rows.clear();
    for (int unit = 0; unit < Units; ++unit) {
        for (int i = 0; i < RowsPerUnit; ++i) {
            Row row;
            row.setValue(Field::Name, QStringLiteral("%1与%2合作项目%3")
                                          .arg(unitName(unit), Partners.at(i % Partners.size()))
                                          .arg(i + 1));
            row.setValue(Field::Content,
                         QStringLiteral("1.开展联合技术研究，申请专利1项。\n2.共建实践基地1个。"));
            row.setValue(Field::Units, unitName(unit));
            row.setValue(Field::Partners, Partners.at(i % Partners.size()));
            existing.rows.append(row);
        }
    }
    return form;
}

bool makeColleague(const FormFile &base, const QString &path, int unit)
{
    if (!base.saveCopyAs(path).ok())
        return false;
    auto opened = FormFile::open(path);
    if (!opened)
        return false;
    FormFile &file = *opened.value();
    const QString name = unitName(unit);
    const QVector<Row> rows = file.rows(Attachment::ExistingKey);
    const Status status = file.transaction([&]() -> Status {
        if (Status s = file.setProperty(Property::Unit, name); !s)
            return s;
        for (int i = 0; i < RowsPerUnit; ++i) {
            const QString uuid = rows.at(unit * RowsPerUnit + i).uuid;
            if (Status s =
                    file.setCell(uuid, Field::Progress, Results.at((unit + i) % Results.size()));
                !s)
                return s;
            if (Status s = file.setCell(uuid, Field::Plan, Plans.at((unit + i) % Plans.size())); !s)
                return s;
        }
        for (int i = 0; i < RowsPerUnit; ++i) {
            Row row;
            row.setValue(Field::Name,
                         QStringLiteral("%1新增项目%2：川渝协同育人").arg(name).arg(i + 1));
            row.setValue(Field::Content, QStringLiteral("1.联合培养研究生5名。\n2.共建课程2门。"));
            row.setValue(Field::Units, name);
            row.setValue(Field::Partners, Partners.at((unit + i) % Partners.size()));
            row.setValue(Field::Progress, Results.at(i % Results.size()));
            row.setValue(Field::Plan, Plans.at(i % Plans.size()));
            auto inserted = file.insertRow(Attachment::NewKey, -1, row, ChangeSource::Edit, name);
            if (!inserted)
                return Error{inserted.error()};
        }
        return {};
    });
    return status.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir scratch;
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path());
    QDir().mkpath(dir.path());

    auto base = FormFile::create(dir.filePath(QStringLiteral("base.tianbao")), bigForm(),
                                 QStringLiteral("发展规划处"));
    if (!base) {
        out << base.error() << Qt::endl;
        return 1;
    }
    QStringList paths;
    for (int unit = 0; unit < Units; ++unit) {
        const QString path =
            dir.filePath(QStringLiteral("unit-%1.tianbao").arg(unit, 3, 10, QLatin1Char('0')));
        if (!makeColleague(*base.value(), path, unit)) {
            out << "could not write " << path << Qt::endl;
            return 1;
        }
        paths << path;
    }
    out << "Generated " << Units << " colleague files of " << 2 * RowsPerUnit
        << " filled rows (form of " << Units * RowsPerUnit << " rows)." << Qt::endl;

    for (int count : {25, 50, 100}) {
        const QString masterPath = dir.filePath(QStringLiteral("master-%1.tianbao").arg(count));
        QFile::remove(masterPath);
        if (!base.value()->saveCopyAs(masterPath).ok())
            return 1;
        auto master = FormFile::open(masterPath);
        if (!master)
            return 1;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const BatchResult result = BatchMerge::run(*master.value(), paths.mid(0, count));
        const qint64 ms = timer.elapsed();
        // The machine may be shared: CPU time shows the work itself.
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!result.ok()) {
            out << result.error << Qt::endl;
            return 1;
        }
        out << "merged " << count << " files: " << ms << " ms (CPU " << cpuMs << " ms; "
            << result.total.rowsAdded << " rows added, " << result.total.cellsFilled
            << " cells filled, " << result.total.conflicts << " conflicts)" << Qt::endl;
    }
    return 0;
}
