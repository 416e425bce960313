#include "PdfObjectWriter.h"

#include <QIODevice>
#include <QUuid>

namespace tianbao {

PdfObjectWriter::PdfObjectWriter(QIODevice *device) : m_device(device) {}

bool PdfObjectWriter::put(const QByteArray &bytes)
{
    if (m_failed)
        return false;
    if (m_device->write(bytes) != bytes.size()) {
        m_failed = true;
        return false;
    }
    m_written += bytes.size();
    return true;
}

bool PdfObjectWriter::begin()
{
    // The second line's high bytes tell transfer programs that the file is binary.
    return put(QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
}

int PdfObjectWriter::reserve()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

bool PdfObjectWriter::startObject(int id)
{
    if (id < 1 || id > m_offsets.size() || m_offsets[id - 1] >= 0) {
        m_failed = true; // a programming error: never write half a document
        return false;
    }
    m_offsets[id - 1] = m_written;
    return put(QByteArray::number(id) + " 0 obj\n");
}

bool PdfObjectWriter::writeObject(int id, const QByteArray &value)
{
    return startObject(id) && put(value) && put(QByteArrayLiteral("\nendobj\n"));
}

bool PdfObjectWriter::writeStream(int id, const QByteArray &dictionary, const QByteArray &data,
                                  bool compress)
{
    QByteArray compressed;
    QByteArray body = data;
    QByteArray filter;
    if (compress && !data.isEmpty()) { // an empty page stays an empty (valid) stream
        // qCompress puts the length in front of a zlib stream; FlateDecode wants the stream.
        // Level 3: most of level 9's size at a third of its time (see bench/history.md).
        compressed = qCompress(data, 3);
        if (compressed.size() <= 4) { // out of memory
            m_failed = true;
            return false;
        }
        body = QByteArray::fromRawData(compressed.constData() + 4, compressed.size() - 4);
        filter = QByteArrayLiteral(" /Filter /FlateDecode");
    }
    return startObject(id) &&
           put("<<" + dictionary + " /Length " + QByteArray::number(body.size()) + filter +
               " >>\nstream\n") &&
           put(body) && put(QByteArrayLiteral("\nendstream\nendobj\n"));
}

bool PdfObjectWriter::finish(int rootId, int infoId)
{
    for (qint64 offset : qAsConst(m_offsets)) {
        if (offset < 0) {
            m_failed = true;
            return false;
        }
    }
    const qint64 xref = m_written;
    QByteArray table =
        "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
    table.reserve(table.size() + 20 * m_offsets.size());
    for (qint64 offset : qAsConst(m_offsets))
        table += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    // A file identifier, which Acrobat expects (ISO 32000 14.4): random, made once.
    const QByteArray id = QUuid::createUuid().toRfc4122().toHex().toUpper();
    table += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " +
             reference(rootId) + " /Info " + reference(infoId) + " /ID [<" + id + "> <" + id +
             ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return put(table);
}

QString PdfObjectWriter::errorString() const
{
    return m_device->errorString();
}

QByteArray PdfObjectWriter::reference(int id)
{
    return QByteArray::number(id) + " 0 R";
}

QByteArray PdfObjectWriter::textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace tianbao
