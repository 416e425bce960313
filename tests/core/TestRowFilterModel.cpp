#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QTemporaryDir>

using namespace tianbao;

TEST_CASE("The row filter shows a unit's rows and rows matching a search")
{
    QTemporaryDir dir;
    auto form =
        FormFile::create(dir.filePath(QStringLiteral("f.tianbao")), FormTemplate::notice2023());
    REQUIRE(form.ok());
    AttachmentModel model(form.value().get(), Attachment::ExistingKey);
    RowFilterModel filter;
    filter.setSourceModel(&model);
    CHECK(filter.rowCount() == 13);
    filter.setUnitFilter(QStringLiteral("材料科学与工程学院"));
    CHECK(filter.rowCount() == 2);
    filter.setUnitFilter(QStringLiteral("党委教师工作部"));
    CHECK(filter.rowCount() == 2); // rows 3 and 10
    filter.setUnitFilter(QString());
    filter.setSearchText(QStringLiteral("OLED"));
    CHECK(filter.rowCount() == 1);
    CHECK(filter.index(0, AttachmentModel::SeqColumn).data().toInt() == 4);
    filter.setSearchText(QStringLiteral("内江市"));
    CHECK(filter.rowCount() >= 4);
}
