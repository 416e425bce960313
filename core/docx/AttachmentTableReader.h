#pragma once

#include "DocxBlocks.h"
#include "form/Attachment.h"

#include <QCoreApplication>
#include <QVector>

namespace tianbao {

// An attachment table found in a document, and where it is among the blocks.
struct FoundAttachment
{
    Attachment attachment;
    int blockIndex = -1;
};

// Finds the attachment tables of a document by their header row (序号, 合作项目, 项目内容,
// 校内单位（合作单位）, 进展与成效, …计划要点, in any order, after normalising spaces, line
// breaks and bracket width; 序号 may be missing), wherever that row is in the table. Each
// becomes an Attachment: key from the title suffix (已有项目/新增项目), else the label
// (附件1/附件2), else the order; label and title from the paragraphs (or merged title rows)
// above it; header texts; and the rows below the header that have any content, each row's
// uuid taken from its tb_ bookmark (empty when there is none).
class AttachmentTableReader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentTableReader)

public:
    static QVector<FoundAttachment> find(const DocxBlocks &blocks);
    // One sentence naming what was looked for, for "no table found".
    static QString notFoundMessage();
    // Text whose line breaks and spaces are only layout: they are dropped, except a space
    // between two Latin letters or digits.
    static QString compact(const QString &text);
    // Text whose line breaks matter: each line trimmed, empty lines at both ends dropped.
    static QString cleanLines(const QString &text);
};

} // namespace tianbao
