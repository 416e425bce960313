#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentTable.h"
#include "form/FormTemplate.h"
#include "models/AttachmentModel.h"
#include "store/FormFile.h"

#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>

using namespace tianbao;
using namespace tianbao::test;

namespace {

Form formWithRows(int count)
{
    Form form = FormTemplate::notice2023();
    Attachment &existing = *form.attachment(Attachment::ExistingKey);
    const QString long_ =
        QStringLiteral("与四川大学合作研发的笔记本电脑用扩散增亮膜获得技术考核认证，"
                       "被京东方等龙头企业引入生产线。\n研发国际一类新药。");
    existing.rows.clear();
    for (int i = 0; i < count; ++i) {
        Row row;
        row.setValue(Field::Name, QStringLiteral("项目%1").arg(i + 1));
        row.setValue(Field::Content, long_);
        row.setValue(Field::Units, QStringLiteral("材料科学与工程学院"));
        existing.rows.append(row);
    }
    return form;
}

} // namespace

TEST_CASE("A small table fits every row to its wrapped text")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.tianbao"));
    auto file = FormFile::create(path, formWithRows(40));
    REQUIRE(file.ok());
    AttachmentModel model(file.value().get(), Attachment::ExistingKey);
    AttachmentTable table;
    table.setModel(&model);
    table.applyDefaultColumnWidths();
    table.resize(900, 500);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    const int standard = table.verticalHeader()->defaultSectionSize();
    CHECK(waitFor([&] { return table.rowHeight(39) > standard; }));
    CHECK(table.rowHeight(0) > standard);
    CHECK(table.rowHeight(0) <= AttachmentTable::MaxRowHeight);
}

TEST_CASE("A large table measures only the rows in view, and more as it scrolls")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tianbao"));
    auto file = FormFile::create(path, formWithRows(3000));
    REQUIRE(file.ok());
    AttachmentModel model(file.value().get(), Attachment::ExistingKey);
    AttachmentTable table;
    table.setModel(&model);
    table.applyDefaultColumnWidths();
    table.resize(900, 500);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    const int standard = table.verticalHeader()->defaultSectionSize();
    CHECK(waitFor([&] { return table.rowHeight(0) > standard; }));
    CHECK(table.rowHeight(2500) == standard);
    table.scrollTo(model.index(2500, 0), QAbstractItemView::PositionAtTop);
    CHECK(waitFor([&] { return table.rowHeight(2500) > standard; }));
    CHECK(table.rowHeight(1500) == standard);
}
