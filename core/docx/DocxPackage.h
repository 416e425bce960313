#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tianbao {

// The container of a .docx: finds and reads the main document part of an untrusted file,
// telling the user in one sentence why a file that is not a readable .docx was refused.
class DocxPackage
{
    Q_DECLARE_TR_FUNCTIONS(DocxPackage)

public:
    static constexpr qint64 MaxFileSize = 50LL * 1024 * 1024;

    // The file's bytes (read-only, at most MaxFileSize).
    static Result<QByteArray> readFile(const QString &path);
    // The XML of the main document part (word/document.xml, or where _rels/.rels points).
    static Result<QByteArray> mainDocumentXml(const QByteArray &fileBytes);
};

} // namespace tianbao
