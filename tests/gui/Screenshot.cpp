// Renders the main window with a realistically filled form to a PNG, for the README.
// Usage: tianbao_screenshot OUTPUT.png   (under xvfb-run, or QT_QPA_PLATFORM=offscreen)
#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"
#include "store/FormFile.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace tianbao;

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TianbaoScreenshot"));
    QApplication::setApplicationName(QStringLiteral("Tianbao"));
    const QString output =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("main-window.png");
    LanguageManager::instance().setChoice(QStringLiteral("zh_CN"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("材料科学与工程学院-填报.tianbao"));
    {
        Form form = FormTemplate::notice2023();
        Attachment &existing = *form.attachment(Attachment::ExistingKey);
        auto fill = [&](int row, const QString &progress, const QString &plan) {
            existing.rows[row].setValue(Field::Progress, progress);
            existing.rows[row].setValue(Field::Plan, plan);
        };
        fill(0,
             QStringLiteral("与内江市农业科学院、东兴区联合开展天冬组培技术攻关并取得重大突破，"
                            "实现天冬组培快繁部分量产，助力东兴区打造“中国天冬之乡”。"),
             QStringLiteral("1.扩大天冬组培苗生产规模。\n2.继续推广生姜高产栽培技术。"));
        fill(2, QStringLiteral("获批人社部成渝地区双城经济圈乡村振兴国家级专家服务基地。"),
             QString());
        fill(3, QStringLiteral("开展OLED光提取技术研究，申请专利1项。"),
             QStringLiteral("1.推进专利转化。\n2.联合申报川渝共建重点实验室。"));
        fill(4,
             QStringLiteral("与四川大学合作研发的笔记本电脑用扩散增亮膜获得技术考核认证，被京东方等"
                            "龙头企业引入生产线。"),
             QStringLiteral("1.推进聚酰亚胺（PI）材料中试。\n2.推进涂铭旌创新实验班建设。"));
        fill(5,
             QStringLiteral("研发国际一类新药“PDE5抑制剂”、抗癌新药PZ-1相继以3000万元、4800万元"
                            "价格实现成果转化。"),
             QString());
        FormProperties &p = form.properties;
        p.signDate = QDate(2023, 12, 26);
        if (!FormFile::create(path, form, QStringLiteral("材料科学与工程学院")).ok())
            return 1;
    }

    MainWindow window;
    window.resize(1360, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (!window.openFile(path))
        return 1;
    window.onlyMyUnitAction()->setChecked(false);
    AttachmentPage *page = window.page(0);
    page->splitter()->setSizes({1000, 360});
    page->table()->setCurrentIndex(
        page->filter()->mapFromSource(page->model()->index(4, AttachmentModel::ProgressColumn)));
    QTest::qWait(300);
    if (!window.grab().save(output))
        return 1;
    return 0;
}
