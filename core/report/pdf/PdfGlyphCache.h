#pragma once

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QString>

namespace tianbao {

// The CFF charstrings of the glyphs of one face that a PDF embedded before, kept in a file of
// the user's cache folder, so that the next PDF takes them instead of loading each outline
// again.
//
// Why: loading a CJK glyph's outline through Qt and FreeType (QRawFont::pathForGlyph, hinted
// at the face's full size) and encoding it was about 11 ms of the 13-row report's 110, and a
// secretary exports the same characters again and again. The layout on the calling thread
// needs the face either way; only the outline is spared.
//
// The file belongs to one face, one Qt and one charstring encoding: its identity is the face's
// key (PdfFont::faceKey: names, weight, the `head` table with the file's checksum and date),
// the Qt version and the encoding of a sample outline. The file is named by a hash of it and
// holds it after a magic number and the format's version, then the glyphs, then a SHA-1 of
// all that. A file that is missing, damaged, implausible, foreign or from another version is
// an empty cache, and the PDF comes out
// the same byte for byte either way. A save writes the file whole beside the old one and puts
// it in its place: two programs saving at once lose only the glyphs of one of them, which are
// added again next time.
class PdfGlyphCache
{
public:
    struct Glyph
    {
        QByteArray charString; // CffFontProgram::charString of the outline
        QRectF bounds;         // the outline's control points, Qt's y-down 1/1000 em
    };

    // Reads the cache of the face `faceKey` in `folder`.
    PdfGlyphCache(const QString &folder, const QByteArray &faceKey);

    const Glyph *find(quint32 glyphIndex) const;
    void add(quint32 glyphIndex, const Glyph &glyph);

    // Writes the file again if glyphs were added; false when it could not be written (a PDF
    // never depends on it).
    bool save() const;

    QString filePath() const { return m_path; }
    int size() const { return int(m_glyphs.size()); }

    // <the system's cache folder>/tianbao/pdf-glyphs: one folder for the window and the
    // command line, whose application names differ.
    static QString defaultFolder();

private:
    void read();

    QString m_path;
    QByteArray m_identity;
    QHash<quint32, Glyph> m_glyphs;
    bool m_added = false;
};

} // namespace tianbao
