#pragma once

#include "DocxBlocks.h"
#include "form/Form.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace tianbao {

// Reads a unit's reply filled in Word (or exported by Tianbao and edited in Word) as a Form for
// the merge: the attachments found, with every row that has content (进展与成效 and 计划要点
// included) and its uuid from the row's tb_ bookmark (empty when the row has none, e.g. a row
// the unit added in Word); properties: title and years, the signing unit and date from the
// last lines under the last table, and noNewProjects when 附件2 only says 无.
// originUuid is left empty: a Word file does not carry it.
class ReplyReader
{
public:
    static Result<Form> readFile(const QString &path);
    static Result<Form> read(const QByteArray &docxBytes);
    static Result<Form> fromBlocks(const DocxBlocks &blocks);
};

} // namespace tianbao
