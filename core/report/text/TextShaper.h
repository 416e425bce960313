#pragma once

#include <QByteArray>
#include <QChar>
#include <QHash>
#include <QRawFont>
#include <QString>
#include <memory>
#include <vector>

class QFont;
class QPaintDevice;
struct hb_face_t;
struct hb_font_t;
struct hb_buffer_t;

namespace tianbao {

// One of the report's fonts at its size on the measuring device, as HarfBuzz shapes text in
// it: the font's one face for Chinese, Latin and common characters, its OpenType tables read
// through QRawFont (so any face Qt finds will do, a file here or a font of Windows) and its
// glyphs' advances taken from the hmtx table. Qt's own layout asks FreeType to load every
// distinct glyph for its advance, which was a fifth of a PDF export's time.
class ShapedFont
{
public:
    struct Glyph
    {
        quint32 index = 0;
        int cluster = 0;    // the index in the text of the first character it draws
        qint64 advance = 0; // in 1/64 device pixels, as Qt's QFixed, kerning included
        qint64 xOffset = 0; // 1/64 pixels
        qint64 yOffset = 0; // 1/64 pixels, up
    };

    ShapedFont(const QRawFont &face, std::shared_ptr<hb_face_t> hbFace);
    ~ShapedFont();
    ShapedFont(const ShapedFont &) = delete;
    ShapedFont &operator=(const ShapedFont &) = delete;

    const QRawFont &rawFont() const { return m_rawFont; }
    // In 1/64 pixels, as Qt's text layout has them.
    qint64 ascent() const { return m_ascent; }
    qint64 descent() const { return m_descent; }
    bool hasCharacter(char32_t character) const;
    // Shapes text[from, from + length) as one run of `script` (Han, Latin or common), left to
    // right, appending its glyphs (clusters are indexes into `text`). Const, though it reuses
    // one HarfBuzz buffer: a ShapedFont is used on one thread (TextShaper's).
    void shape(const QString &text, int from, int length, QChar::Script script,
               std::vector<Glyph> &glyphs) const;

private:
    QRawFont m_rawFont;
    std::shared_ptr<hb_face_t> m_hbFace; // shared by the sizes of one face
    hb_font_t *m_hbFont = nullptr;
    hb_buffer_t *m_buffer = nullptr; // reused
    qreal m_scale = 0;               // 1/64 pixels per font unit
    qint64 m_ascent = 0;
    qint64 m_descent = 0;
};

// The shaped fonts of one report layout, each made once. Not shared between threads: a
// layout is made and painted on one.
class TextShaper
{
public:
    explicit TextShaper(QPaintDevice *device) : m_device(device) {}
    ~TextShaper();
    TextShaper(const TextShaper &) = delete;
    TextShaper &operator=(const TextShaper &) = delete;

    // Text is measured on this device (its resolution sets the fonts' pixel sizes).
    QPaintDevice *device() const { return m_device; }
    // The font as HarfBuzz sets it; nullptr when the font needs what only Qt's layout gives:
    // a face for Chinese that is not the one for Latin, a bold or italic Qt makes up, letter
    // spacing.
    const ShapedFont *font(const QFont &font);

private:
    QPaintDevice *m_device;
    QHash<QString, std::shared_ptr<ShapedFont>> m_fonts;   // by QFont::key(), nullptr: Qt's
    QHash<QByteArray, std::shared_ptr<hb_face_t>> m_faces; // by PdfFont::faceKey
};

} // namespace tianbao
