#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

class QIODevice;

namespace tianbao {

// The bottom layer of our PDF: numbered objects written one after the other to a device, then
// the cross-reference table and the trailer. It knows nothing of pages or fonts. Objects may
// be reserved before they are written (a page names its parent before the parent exists), so
// a long document streams out page by page.
class PdfObjectWriter
{
public:
    explicit PdfObjectWriter(QIODevice *device);

    // The header; false when the device refuses bytes (as every other call).
    bool begin();
    // A new object number, to be written later.
    int reserve();
    // `id 0 obj <value> endobj`.
    bool writeObject(int id, const QByteArray &value);
    // A stream object; `dictionary` holds the entries besides /Length and /Filter.
    // Compressed with zlib (FlateDecode) when `compress` is true.
    bool writeStream(int id, const QByteArray &dictionary, const QByteArray &data,
                     bool compress = true);
    // The cross-reference table and the trailer. Every reserved object must be written.
    bool finish(int rootId, int infoId);

    bool failed() const { return m_failed; }
    QString errorString() const;

    // PDF syntax helpers.
    static QByteArray reference(int id); // "12 0 R"
    // A text string (UTF-16BE with its byte-order mark, in hex), for /Title and the like.
    static QByteArray textString(const QString &text);

private:
    bool put(const QByteArray &bytes);
    bool startObject(int id);

    QIODevice *m_device;
    qint64 m_written = 0;
    QVector<qint64> m_offsets; // by object number - 1; -1 while reserved
    bool m_failed = false;
};

} // namespace tianbao
