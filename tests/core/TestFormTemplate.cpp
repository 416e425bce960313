#include "TestSupport.h"
#include "form/FormTemplate.h"
#include "form/UnitsCell.h"

#include <QFile>
#include <QRegularExpression>

using namespace tianbao;

namespace {

// Reads 附件1 of the notice seed independently of the template: each cell of the extracted
// Word table starts a line with a tab.
QVector<QStringList> noticeRows()
{
    QFile file(test::dataPath(QStringLiteral("notice-seed.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString table =
        text.section(QStringLiteral(" 附件1\n"), 1).section(QStringLiteral("附件2\n"), 0, 0);
    QStringList cells =
        (QStringLiteral("\n") + table).split(QRegularExpression(QStringLiteral("\n\t")));
    cells = cells.mid(7); // the title and the header row
    QVector<QStringList> rows;
    for (int i = 0; i + 6 <= cells.size() && rows.size() < 13; i += 6)
        rows.append(cells.mid(i, 6));
    return rows;
}

} // namespace

TEST_CASE("The built-in form equals 附件1 of the notice cell by cell")
{
    const Form form = FormTemplate::notice2023();
    const Attachment *existing = form.attachment(Attachment::ExistingKey);
    REQUIRE(existing);
    const QVector<QStringList> rows = noticeRows();
    REQUIRE(rows.size() == 13);
    REQUIRE(existing->rows.size() == 13);
    for (int i = 0; i < 13; ++i) {
        const QStringList &cells = rows.at(i);
        const Row &row = existing->rows.at(i);
        INFO("row " << i + 1);
        CHECK(cells.at(0) == QString::number(i + 1));
        CHECK(row.value(Field::Name) == QString(cells.at(1)).remove(QLatin1Char('\n')));
        CHECK(row.value(Field::Content) == cells.at(2));
        const auto parts = UnitsCell::split(cells.at(3));
        CHECK(row.value(Field::Units) == parts.units);
        CHECK(row.value(Field::Partners) == parts.partners);
        CHECK(row.value(Field::Progress).isEmpty());
        CHECK(row.value(Field::Plan).isEmpty());
    }
    CHECK(existing->rows.at(12).value(Field::Units) == QStringLiteral("继续教育学院（培训学院）"));
    CHECK(existing->title ==
          QStringLiteral(
              "成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表（已有项目）"));
    CHECK(existing->header(Field::Plan) == QStringLiteral("2024年计划要点"));

    const Attachment *added = form.attachment(Attachment::NewKey);
    REQUIRE(added);
    CHECK(added->rows.isEmpty());
    CHECK(added->label == QStringLiteral("附件2"));
    CHECK(form.properties.deadline == QDateTime(QDate(2023, 12, 27), QTime(17, 0)));
    CHECK(form.properties.replyEmail == QStringLiteral("345630954@qq.com"));
}

TEST_CASE("Every built-in form shares its origin and row uuids")
{
    const Form a = FormTemplate::notice2023();
    const Form b = FormTemplate::notice2023();
    CHECK(a.properties.originUuid == b.properties.originUuid);
    CHECK(a.attachments.at(0).rows.at(5).uuid == b.attachments.at(0).rows.at(5).uuid);
    CHECK(a.attachments.at(0).rows.at(5).uuid != a.attachments.at(0).rows.at(6).uuid);
}
