#include "CompletenessCheck.h"

#include "UnitsCell.h"

namespace tianbao {

CompletenessCheck::Summary CompletenessCheck::run(const Form &form, const QString &unit)
{
    Summary summary;
    for (const Attachment &attachment : form.attachments) {
        for (int i = 0; i < attachment.rows.size(); ++i) {
            const Row &row = attachment.rows.at(i);
            if (!unit.isEmpty() && attachment.key == Attachment::ExistingKey &&
                !UnitsCell::includesUnit(row.value(Field::Units), unit))
                continue;
            ++summary.rows;
            bool complete = true;
            for (Field field : {Field::Progress, Field::Plan}) {
                if (!row.value(field).trimmed().isEmpty())
                    continue;
                complete = false;
                summary.gaps.append({attachment.key, row.uuid, i + 1, field,
                                     tr("%1 row %2 (%3): “%4” is empty.")
                                         .arg(attachment.label)
                                         .arg(i + 1)
                                         .arg(row.value(Field::Name), attachment.header(field))});
            }
            if (complete)
                ++summary.completeRows;
        }
        if (attachment.key == Attachment::NewKey && attachment.rows.isEmpty() &&
            !form.properties.noNewProjects) {
            summary.gaps.append({attachment.key, QString(), 0, Field::Name,
                                 tr("%1 has no rows: add the new projects, or mark it “无” "
                                    "(no new projects).")
                                     .arg(attachment.label)});
        }
    }
    return summary;
}

} // namespace tianbao
