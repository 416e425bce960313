// libFuzzer entry point for the .docx reader. An input starting with "PK" is a whole .docx;
// any other input is taken as word/document.xml, so mutations reach the XML walk without
// first having to survive deflate and CRC checks.
#include "docx/DocxTableReader.h"
#include "docx/NoticeImporter.h"
#include "docx/ReplyReader.h"

#include <cstddef>
#include <cstdint>

using namespace tianbao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DocxBlocks> blocks = bytes.startsWith("PK")
                                          ? DocxTableReader::read(bytes)
                                          : DocxTableReader::parseDocumentXml(bytes);
    if (!blocks.ok())
        return 0;
    NoticeImporter::fromBlocks(blocks.value());
    ReplyReader::fromBlocks(blocks.value());
    return 0;
}
