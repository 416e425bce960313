#pragma once

#include "DocxBlocks.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tianbao {

// Reads the body of a .docx as a sequence of paragraphs and grid-aligned tables, as Word,
// WPS and LibreOffice write them: runs joined, tracked deletions, field codes and content
// control placeholders left out, one branch of each mc:AlternateContent, merged cells spread
// over the grid. Text boxes, drawings, headers, footers and notes are not read.
class DocxTableReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxTableReader)

public:
    static Result<DocxBlocks> readFile(const QString &path);
    static Result<DocxBlocks> read(const QByteArray &docxBytes);
    // The blocks of a word/document.xml.
    static Result<DocxBlocks> parseDocumentXml(const QByteArray &xml);
};

} // namespace tianbao
