#include "TestSupport.h"
#include "form/UnitsCell.h"

using tianbao::UnitsCell;

TEST_CASE("UnitsCell splits the last bracket group off as partners")
{
    auto parts =
        UnitsCell::split(QStringLiteral("乡村振兴学院、园林与生命科学学院\n（内江市东兴区）"));
    CHECK(parts.units == QStringLiteral("乡村振兴学院、园林与生命科学学院"));
    CHECK(parts.partners == QStringLiteral("内江市东兴区"));

    parts = UnitsCell::split(
        QStringLiteral("继续教育学院（培训学院）\n（四川师范大学、\n成都师范学院）"));
    CHECK(parts.units == QStringLiteral("继续教育学院（培训学院）"));
    CHECK(parts.partners == QStringLiteral("四川师范大学、成都师范学院"));

    parts = UnitsCell::split(QStringLiteral("科研处 (四川省高校、企业)"));
    CHECK(parts.units == QStringLiteral("科研处"));
    CHECK(parts.partners == QStringLiteral("四川省高校、企业"));

    parts = UnitsCell::split(QStringLiteral("教务处"));
    CHECK(parts.units == QStringLiteral("教务处"));
    CHECK(parts.partners.isEmpty());
}

TEST_CASE("UnitsCell joins units and partners as the report prints them")
{
    CHECK(UnitsCell::join(QStringLiteral("药学院"),
                          QStringLiteral("电子科技大学附属四川省人民医院")) ==
          QStringLiteral("药学院\n（电子科技大学附属四川省人民医院）"));
    CHECK(UnitsCell::join(QStringLiteral("药学院"), QString()) == QStringLiteral("药学院"));
}

TEST_CASE("UnitsCell finds a unit among several, not as a substring")
{
    const QString units = QStringLiteral("党委组织部、党委教师工作部");
    CHECK(UnitsCell::includesUnit(units, QStringLiteral("党委教师工作部")));
    CHECK(UnitsCell::includesUnit(units, QStringLiteral(" 党委组织部 ")));
    CHECK_FALSE(UnitsCell::includesUnit(units, QStringLiteral("教师工作部")));
    CHECK_FALSE(UnitsCell::includesUnit(units, QString()));
}
