#include "NoticeImporter.h"

#include "AttachmentTableReader.h"
#include "DocxTableReader.h"
#include "NoticeText.h"
#include "form/FormTemplate.h"

#include <QUuid>

namespace tianbao {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const FoundAttachment *firstWithKey(const QVector<FoundAttachment> &found, const QString &key)
{
    for (const FoundAttachment &f : found) {
        if (f.attachment.key == key)
            return &f;
    }
    return nullptr;
}

// The attachment a notice lacks: the other one's columns, no rows.
Attachment emptyLike(const Attachment &other, const QString &key, const QString &title)
{
    Attachment a = other;
    a.key = key;
    a.rows.clear();
    const bool existing = key == Attachment::ExistingKey;
    a.label = existing ? QStringLiteral("附件1") : QStringLiteral("附件2");
    a.title = title + (existing ? QStringLiteral("（已有项目）") : QStringLiteral("（新增项目）"));
    return a;
}

bool sameProjects(const QVector<Row> &a, const QVector<Row> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        for (Field f : {Field::Name, Field::Content, Field::Units, Field::Partners}) {
            if (a.at(i).value(f) != b.at(i).value(f))
                return false;
        }
    }
    return true;
}

// Keeps the built-in form's identities when the notice is that form.
void adoptTemplateIdentity(Form &form)
{
    const Form builtIn = FormTemplate::notice2023();
    const Attachment *existing = form.attachment(Attachment::ExistingKey);
    const Attachment *builtInExisting = builtIn.attachment(Attachment::ExistingKey);
    if (form.properties.title != builtIn.properties.title || !existing || !builtInExisting ||
        !sameProjects(existing->rows, builtInExisting->rows)) {
        return;
    }
    form.properties.originUuid = builtIn.properties.originUuid;
    Attachment *target = form.attachment(Attachment::ExistingKey);
    for (int i = 0; i < target->rows.size(); ++i)
        target->rows[i].uuid = builtInExisting->rows.at(i).uuid;
}

} // namespace

Result<Form> NoticeImporter::importFile(const QString &path)
{
    Result<DocxBlocks> blocks = DocxTableReader::readFile(path);
    if (!blocks)
        return Error{blocks.error()};
    return fromBlocks(*blocks);
}

Result<Form> NoticeImporter::importDocx(const QByteArray &docxBytes)
{
    Result<DocxBlocks> blocks = DocxTableReader::read(docxBytes);
    if (!blocks)
        return Error{blocks.error()};
    return fromBlocks(*blocks);
}

Result<Form> NoticeImporter::fromBlocks(const DocxBlocks &blocks)
{
    const QVector<FoundAttachment> found = AttachmentTableReader::find(blocks);
    if (found.isEmpty())
        return Error{AttachmentTableReader::notFoundMessage()};
    const FoundAttachment *existing = firstWithKey(found, Attachment::ExistingKey);
    const FoundAttachment *added = firstWithKey(found, Attachment::NewKey);

    Form form;
    FormProperties &p = form.properties;
    const Attachment &first = existing ? existing->attachment : added->attachment;
    p.title = NoticeText::commonTitle(first.title);
    if (p.title.isEmpty() && added)
        p.title = NoticeText::commonTitle(added->attachment.title);
    NoticeText::readYears(p.title, p);
    if (p.planYear == 0)
        NoticeText::readYears(first.header(Field::Plan), p);

    QStringList noticeParagraphs;
    for (int i = 0; i < found.constFirst().blockIndex; ++i) {
        if (blocks.at(i).kind == DocxBlock::Kind::Paragraph)
            noticeParagraphs << blocks.at(i).text;
    }
    NoticeText::readNoticeMetadata(noticeParagraphs, p);

    form.attachments = {existing ? existing->attachment
                                 : emptyLike(first, Attachment::ExistingKey, p.title),
                        added ? added->attachment : emptyLike(first, Attachment::NewKey, p.title)};
    for (Attachment &a : form.attachments) {
        if (a.label.isEmpty())
            a.label = a.key == Attachment::ExistingKey ? QStringLiteral("附件1")
                                                       : QStringLiteral("附件2");
        for (Row &row : a.rows)
            row.uuid = newUuid();
    }
    p.originUuid = newUuid();
    adoptTemplateIdentity(form);
    return form;
}

} // namespace tianbao
