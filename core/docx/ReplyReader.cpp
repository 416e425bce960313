#include "ReplyReader.h"

#include "AttachmentTableReader.h"
#include "DocxTableReader.h"
#include "NoticeText.h"

#include <algorithm>

namespace tianbao {

namespace {

// A row that only says 无 ("none"): the unit has no new project.
bool saysNone(const Row &row)
{
    bool none = false;
    for (Field f : AllFields) {
        const QString text = AttachmentTableReader::compact(row.value(f));
        if (text.isEmpty())
            continue;
        if (text != QStringLiteral("无") && text != QStringLiteral("无。"))
            return false;
        none = true;
    }
    return none;
}

} // namespace

Result<Form> ReplyReader::readFile(const QString &path)
{
    Result<DocxBlocks> blocks = DocxTableReader::readFile(path);
    if (!blocks)
        return Error{blocks.error()};
    return fromBlocks(*blocks);
}

Result<Form> ReplyReader::read(const QByteArray &docxBytes)
{
    Result<DocxBlocks> blocks = DocxTableReader::read(docxBytes);
    if (!blocks)
        return Error{blocks.error()};
    return fromBlocks(*blocks);
}

Result<Form> ReplyReader::fromBlocks(const DocxBlocks &blocks)
{
    const QVector<FoundAttachment> found = AttachmentTableReader::find(blocks);
    if (found.isEmpty())
        return Error{AttachmentTableReader::notFoundMessage()};

    Form form;
    FormProperties &p = form.properties;
    for (const FoundAttachment &f : found) {
        if (form.attachment(f.attachment.key))
            continue;
        form.attachments.append(f.attachment);
        if (p.title.isEmpty())
            p.title = NoticeText::commonTitle(f.attachment.title);
    }
    NoticeText::readYears(p.title, p);
    if (p.planYear == 0)
        NoticeText::readYears(found.constFirst().attachment.header(Field::Plan), p);

    if (Attachment *added = form.attachment(Attachment::NewKey)) {
        if (!added->rows.isEmpty() &&
            std::all_of(added->rows.cbegin(), added->rows.cend(), saysNone)) {
            added->rows.clear();
            p.noNewProjects = true;
        }
    }

    QStringList after;
    for (int i = found.constLast().blockIndex + 1; i < blocks.size(); ++i) {
        if (blocks.at(i).kind == DocxBlock::Kind::Paragraph)
            after << blocks.at(i).text;
    }
    const NoticeText::Signature signature = NoticeText::readSignature(after);
    p.unit = signature.unit;
    p.signDate = signature.date;
    return form;
}

} // namespace tianbao
