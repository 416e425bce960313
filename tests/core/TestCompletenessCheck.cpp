#include "TestSupport.h"
#include "form/CompletenessCheck.h"
#include "form/FormTemplate.h"

using namespace tianbao;

TEST_CASE("The completeness check lists a unit's empty answers and an unanswered 附件2")
{
    Form form = FormTemplate::notice2023();
    const QString unit = QStringLiteral("材料科学与工程学院");
    auto summary = CompletenessCheck::run(form, unit);
    CHECK(summary.rows == 2);
    CHECK(summary.completeRows == 0);
    CHECK(summary.gaps.size() == 5); // 2 rows × 2 fields + 附件2

    Attachment *existing = form.attachment(Attachment::ExistingKey);
    existing->rows[3].setValue(Field::Progress, QStringLiteral("申请OLED光提取专利1项。"));
    existing->rows[3].setValue(Field::Plan, QStringLiteral("推进专利转化。"));
    existing->rows[4].setValue(Field::Progress, QStringLiteral("扩散增亮膜被京东方采用。"));
    summary = CompletenessCheck::run(form, unit);
    CHECK(summary.completeRows == 1);
    REQUIRE(summary.gaps.size() == 2);
    CHECK(summary.gaps.at(0).seq == 5);
    CHECK(summary.gaps.at(0).field == Field::Plan);

    form.properties.noNewProjects = true;
    existing->rows[4].setValue(Field::Plan, QStringLiteral("扩大合作。"));
    summary = CompletenessCheck::run(form, unit);
    CHECK(summary.complete());
    CHECK(CompletenessCheck::run(form).gaps.size() == 22); // the other 11 rows, 2 fields each
}
