#pragma once

#include "DocxBlocks.h"
#include "form/Form.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace tianbao {

// Makes a Form from the office's notice as a .docx: the attachment tables (附件1 已有项目 →
// "existing", 附件2 新增项目 → "new", blank rows left out), the common title and its years,
// and what the notice's paragraphs say (title, office, date, deadline, email, contact).
//
// Rows get fresh uuids and the form a fresh originUuid, except when the title and the 附件1
// projects are exactly those of FormTemplate::notice2023(): then the template's uuids are
// kept, so a form imported from the notice merges with one made by `tianbao new`.
class NoticeImporter
{
    Q_DECLARE_TR_FUNCTIONS(NoticeImporter)

public:
    static Result<Form> importFile(const QString &path);
    static Result<Form> importDocx(const QByteArray &docxBytes);
    static Result<Form> fromBlocks(const DocxBlocks &blocks);
};

} // namespace tianbao
