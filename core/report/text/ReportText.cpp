#include "ReportText.h"

#include <QPaintDevice>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>

namespace tianbao {

namespace {

char32_t characterAt(const QString &text, int position)
{
    const QChar c = text.at(position);
    if (c.isHighSurrogate() && position + 1 < text.size() && text.at(position + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(position + 1));
    return c.unicode();
}

// Each character's script in text[from, to) as Qt itemizes it: common characters (digits,
// punctuation, spaces) join the run before them, or the first run when they lead.
std::vector<QChar::Script> runScripts(const QString &text, int from, int to)
{
    std::vector<QChar::Script> scripts(size_t(to - from), QChar::Script_Common);
    QChar::Script run = QChar::Script_Common;
    bool leading = true; // no run has started yet
    for (int i = from; i < to; ++i) {
        const QChar::Script script = QChar::script(characterAt(text, i));
        if (script > QChar::Script_Common) {
            run = script;
            if (leading)
                std::fill(scripts.begin(), scripts.begin() + (i - from), run);
            leading = false;
        }
        scripts[size_t(i - from)] = run;
    }
    return scripts;
}

// Whether every character of `text` is one the face draws by itself, left to right, in a
// script set here; anything else goes to Qt's layout.
bool fontCovers(const ShapedFont &font, const QString &text)
{
    for (int i = 0; i < text.size();) {
        const char32_t c = characterAt(text, i);
        i += QChar::requiresSurrogates(c) ? 2 : 1;
        if (c == QChar::LineSeparator)
            continue;
        if (QChar::isSurrogate(c))
            return false; // unpaired
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control: // tabs among them
        case QChar::Other_Format:  // soft hyphens, joiners, direction marks
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
        // Han, Latin and common characters: TextShaper checked that one face serves all three.
        const QChar::Script script = QChar::script(c);
        if (script != QChar::Script_Common && script != QChar::Script_Latin &&
            script != QChar::Script_Han)
            return false;
        switch (QChar::direction(c)) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
            return false;
        default:
            break;
        }
        if (!font.hasCharacter(c))
            return false;
    }
    return true;
}

} // namespace

struct ReportText::Piece
{
    int length = 0;   // characters
    qint64 width = 0; // 1/64 pixels
};

struct ReportText::SetLine
{
    int from = 0;
    int length = 0;   // without the trailing spaces
    int trailing = 0; // spaces hung past the line's end
    qint64 width = 0; // of `length`, 1/64 pixels
};

ReportText::ReportText(const QString &text, const QFont &font, qreal width, Qt::Alignment align,
                       TextShaper &shaper)
    : m_text(text), m_font(font, shaper.device()), m_painterFont(font),
      m_width(qRound64(width * 64)), m_align(align)
{
    // A pixel size survives QPainter::setFont on any device; the painter's scale does the rest.
    if (font.pixelSize() <= 0)
        m_painterFont.setPixelSize(qRound(font.pointSizeF() * shaper.device()->logicalDpiY() / 72));
    const ShapedFont *shaped = shaper.font(font);
    if (shaped && fontCovers(*shaped, m_text))
        setWithHarfBuzz(*shaped);
    else
        setWithQt();
}

ReportText::~ReportText() = default;

qreal ReportText::height() const
{
    return m_lines.empty() ? 0 : m_lines.back().y + m_lines.back().height;
}

QStringView ReportText::lineText(int index) const
{
    const Line &l = line(index);
    QStringView text = QStringView(m_text).mid(l.start, l.length);
    while (!text.isEmpty() && (text.back() == QChar::LineSeparator || text.back() == u'\n'))
        text.chop(1);
    return text;
}

QList<QGlyphRun> ReportText::glyphRuns(int index) const
{
    if (setByQt())
        return m_qtLayout->lineAt(index).glyphRuns();
    const auto [first, end] = m_lineGlyphs[size_t(index)];
    if (first == end)
        return {};
    QList<quint32> glyphs;
    glyphs.reserve(end - first);
    for (int i = first; i < end; ++i)
        glyphs.append(m_glyphs[size_t(i)].index);
    QGlyphRun run;
    run.setRawFont(m_face);
    run.setGlyphIndexes(glyphs);
    run.setPositions(QList<QPointF>(m_positions.begin() + first, m_positions.begin() + end));
    return {run};
}

void ReportText::setWithQt()
{
    m_qtLayout = std::make_unique<QTextLayout>(m_text, m_font);
    QTextOption option(m_align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_qtLayout->setTextOption(option);
    m_qtLayout->setCacheEnabled(true);
    const qreal width = m_width / 64.0;
    qreal y = 0;
    m_qtLayout->beginLayout();
    for (QTextLine line = m_qtLayout->createLine(); line.isValid();
         line = m_qtLayout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        m_lines.push_back({y, line.height(), line.textStart(), line.textLength(), 0, false});
        y += line.height();
    }
    m_qtLayout->endLayout();
}

void ReportText::setWithHarfBuzz(const ShapedFont &font)
{
    m_face = font.rawFont();
    shapeRuns(font);

    const int size = int(m_text.size());
    m_breakBefore.assign(size_t(size) + 1, false);
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, m_text);
    for (qsizetype at = breaks.toNextBoundary(); at >= 0 && at <= size;
         at = breaks.toNextBoundary())
        m_breakBefore[size_t(at)] = true;

    // Qt's line height: ascent and descent, rounded up to a whole pixel.
    const qint64 height = (font.ascent() + font.descent() + 63) / 64 * 64;
    qint64 top = 0;
    int from = 0;
    do {
        const SetLine set = fillLine(from, false);
        m_lines.push_back(
            {top / 64.0, height / 64.0, from, set.length + set.trailing, set.trailing, false});
        placeGlyphs(set, top, font.ascent());
        top += height;
        from += set.length + set.trailing;
        // As QTextLayout: a text ending in a line separator has an empty last line.
    } while (from < size || (m_lines.back().length > 0 && m_text.endsWith(QChar::LineSeparator)));
}

void ReportText::shapeRuns(const ShapedFont &font)
{
    const int size = int(m_text.size());
    const std::vector<QChar::Script> scripts = runScripts(m_text, 0, size);

    // Shaped a run at a time; a line separator is no glyph.
    for (int start = 0; start < size;) {
        int end = start + 1;
        if (m_text.at(start) != QChar::LineSeparator) {
            while (end < size && scripts[size_t(end)] == scripts[size_t(start)] &&
                   m_text.at(end) != QChar::LineSeparator)
                ++end;
            font.shape(m_text, start, end - start, scripts[size_t(start)], m_glyphs);
        }
        start = end;
    }

    m_firstGlyph.assign(size_t(size) + 1, -1);
    m_clusterAdvance.assign(size_t(size) + 1, 0);
    for (size_t g = 0; g < m_glyphs.size(); ++g) {
        const size_t cluster = size_t(m_glyphs[g].cluster);
        if (m_firstGlyph[cluster] < 0)
            m_firstGlyph[cluster] = int(g);
        m_clusterAdvance[cluster] += m_glyphs[g].advance;
    }
}

int ReportText::nextCluster(int position) const
{
    // A cluster starts at a character with glyphs of its own, or at a line separator.
    const int size = int(m_text.size());
    do
        ++position;
    while (position < size && m_firstGlyph[size_t(position)] < 0 &&
           m_text.at(position) != QChar::LineSeparator);
    return position;
}

bool ReportText::isSpace(int position) const
{
    // Qt's whiteSpace attribute: a no-break space (U+00A0, U+202F …) belongs to its word.
    const char32_t c = characterAt(m_text, position);
    return QChar::isSpace(c) && QChar::decompositionTag(c) != QChar::NoBreak;
}

// Qt's QTextLine::layout_helper for a line of one font without tabs: words (up to the next
// break opportunity) are added while they fit, the spaces after a word hang at the line's end,
// and a line separator ends the line.
ReportText::SetLine ReportText::fillLine(int from, bool breakAnywhere) const
{
    const int size = int(m_text.size());
    Piece line, word, spaces;
    // Qt's checkFullOtherwiseExtend: true when the word does not fit behind the line's text.
    const auto full = [&] {
        if (line.length > 0 && line.width + word.width + spaces.width > m_width)
            return true;
        line.length += word.length + spaces.length;
        line.width += word.width + spaces.width;
        word = spaces = Piece();
        return false;
    };
    const auto add = [this](Piece &piece, int &position) {
        const int next = nextCluster(position);
        piece.length += next - position;
        piece.width += m_clusterAdvance[size_t(position)];
        position = next;
    };

    int position = from;
    bool found = false;
    while (position < size && !found) {
        if (m_text.at(position) == QChar::LineSeparator) {
            line.length += word.length + 1;
            line.width += word.width;
            word = Piece();
            found = true;
        } else if (isSpace(position)) {
            while (position < size && isSpace(position) &&
                   m_text.at(position) != QChar::LineSeparator)
                add(spaces, position);
            if (spaces.width > m_width) {
                spaces.width = m_width; // spaces that fall out of the line are ignored
                found = true;
            }
        } else {
            bool atBreak = false;
            do {
                add(word, position);
                atBreak = position >= size || isSpace(position) || m_breakBefore[size_t(position)];
            } while (!atBreak && !breakAnywhere);
            found = full();
        }
    }
    if (!found)
        full();
    if (line.length == 0) {
        // A word longer than the line: it is the line.
        line.length = word.length;
        line.width = word.width;
    }
    const SetLine set{from, line.length, spaces.length, line.width};
    // WrapAtWordBoundaryOrAnywhere: a line still too wide is broken anywhere instead.
    if (!breakAnywhere && set.width > m_width)
        return fillLine(from, true);
    return set;
}

void ReportText::placeGlyphs(const SetLine &set, qint64 top, qint64 ascent)
{
    const int end = set.from + set.length + set.trailing;
    const int first = m_lineGlyphs.empty() ? 0 : m_lineGlyphs.back().second;
    int last = first;
    while (last < int(m_glyphs.size()) && m_glyphs[size_t(last)].cluster < end)
        ++last;
    m_lineGlyphs.emplace_back(first, last);

    // A justified line (not the paragraph's last, nor one a line separator ends) spreads the
    // room it has left as a printer will draw it (PainterCanvas): between words when it has
    // spaces outside Chinese text (Qt's word spacing, after the last of adjacent spaces), else
    // after each of its characters but the last (Qt's letter spacing). Not Qt's own
    // justification: that counts the ink of the line's last glyph, and a page recorded as a
    // QPicture (the print preview's) replays a justified line by laying it out again in its
    // width, where a line full by advances but not by ink wraps. Spacing replays as drawn.
    std::vector<qint64> extra(size_t(last - first), 0);
    bool justified = false;
    qint64 spacing = 0;
    bool betweenWords = false;
    if ((m_align & Qt::AlignHorizontal_Mask) == Qt::AlignJustify && end < int(m_text.size()) &&
        m_text.at(end - 1) != QChar::LineSeparator) {
        int length = set.length;
        while (length > 0 && isSpace(set.from + length - 1))
            --length;
        const int stop = set.from + length;
        // Which spaces are between words: those the line's own runs put outside Chinese (the
        // printer lays the line out alone: its leading digits and spaces join its first run).
        std::vector<int> wordGaps, letterGaps; // glyphs (from `first`) the room follows
        const std::vector<QChar::Script> scripts = runScripts(m_text, set.from, stop);
        for (int g = first; g < last && m_glyphs[size_t(g)].cluster < stop; ++g) {
            const int cluster = m_glyphs[size_t(g)].cluster;
            const char32_t c = characterAt(m_text, cluster);
            const QChar::Script run = scripts[size_t(cluster - set.from)];
            const bool clusterEnd = g + 1 == last || m_glyphs[size_t(g) + 1].cluster != cluster;
            if (!clusterEnd)
                continue;
            const bool lastCluster = g + 1 == last || m_glyphs[size_t(g) + 1].cluster >= stop;
            if (!lastCluster)
                letterGaps.push_back(g - first);
            const bool nextIsSpace =
                !lastCluster &&
                QChar::isSpace(characterAt(m_text, m_glyphs[size_t(g) + 1].cluster));
            if (QChar::isSpace(c) && run != QChar::Script_Han && !nextIsSpace)
                wordGaps.push_back(g - first);
        }
        betweenWords = !wordGaps.empty();
        const std::vector<int> &gaps = betweenWords ? wordGaps : letterGaps;
        const qint64 need = m_width - set.width;
        if (need > 0 && !gaps.empty()) {
            justified = true;
            spacing = qRound64(double(need) / double(gaps.size())); // as QFont keeps it
            for (const int glyph : gaps)
                extra[size_t(glyph)] = spacing;
        }
    }
    m_lines.back().justified = justified;
    m_lines.back().spacing = spacing / 64.0;
    m_lines.back().betweenWords = betweenWords;
    qint64 x = 0;
    if (!justified) {
        if (m_align & Qt::AlignRight)
            x = m_width - set.width;
        else if (m_align & Qt::AlignHCenter)
            x = (m_width - set.width) / 2;
    }
    const qint64 baseline = top + ascent;
    m_positions.resize(m_glyphs.size());
    for (int g = first; g < last; ++g) {
        const ShapedFont::Glyph &glyph = m_glyphs[size_t(g)];
        m_positions[size_t(g)] =
            QPointF((x + glyph.xOffset) / 64.0, (baseline - glyph.yOffset) / 64.0);
        x += glyph.advance + extra[size_t(g - first)];
    }
}

} // namespace tianbao
