#include "DocxTableReader.h"

#include "DocxPackage.h"
#include "XmlCursor.h"

#include <functional>

namespace tianbao {

namespace {

const QString WNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString WStrictNs = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString McNs = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

// Word allows 63 columns; the other limits keep a hostile file from exhausting memory.
constexpr int MaxColumns = 256;
constexpr int MaxSpan = 64;
constexpr qint64 MaxGridCells = 2000000;
constexpr qint64 MaxParagraphs = 1000000;
constexpr int MaxCellsInRow = 1000;

struct RawCell
{
    enum class VMerge
    {
        None,
        Restart,
        Continue
    };
    QString text;
    int span = 1;
    VMerge vMerge = VMerge::None;
    bool hMergeContinue = false;
    bool deleted = false;
};

struct RawRow
{
    int gridBefore = 0;
    int gridAfter = 0;
    QVector<RawCell> cells;
    QStringList bookmarks;
    bool deleted = false;
};

// Where block content goes: the body's blocks, or a cell's lines (its nested tables then go to
// `blocks`, after the table that holds them).
struct BlockTarget
{
    DocxBlocks *blocks = nullptr;
    QStringList *lines = nullptr;
    QStringList *bookmarks = nullptr;
    RawCell *cell = nullptr;
    int nesting = 0;
};

int boundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return min;
    return int(qBound(qlonglong(min), value, qlonglong(max)));
}

bool isOn(const QString &value)
{
    return value != QLatin1String("0") && value != QLatin1String("false") &&
           value != QLatin1String("off");
}

class BodyWalker
{
public:
    explicit BodyWalker(XmlCursor &xml) : m_xml(xml) {}

    void document(DocxBlocks &out)
    {
        if (!m_xml.nextChild())
            return;
        if (!isW(u"document")) {
            m_xml.fail(DocxTableReader::tr(
                "The file is not a Word document: its main part holds no w:document."));
            return;
        }
        while (m_xml.nextChild()) {
            if (isW(u"body")) {
                BlockTarget target;
                target.blocks = &out;
                blockContent(target);
            } else {
                m_xml.skip();
            }
        }
    }

private:
    bool isW(QStringView name) const
    {
        return m_xml.name() == name &&
               (m_xml.namespaceUri() == WNs || m_xml.namespaceUri() == WStrictNs);
    }
    bool isMc(QStringView name) const { return m_xml.is(McNs, name); }
    QString wAttribute(QStringView name) const
    {
        const QString value = m_xml.attribute(WNs, name);
        return value.isEmpty() ? m_xml.attribute(WStrictNs, name) : value;
    }
    bool visible() const { return m_suppressed == 0 && m_fieldCodes == 0; }
    void countParagraph()
    {
        if (++m_paragraphs > MaxParagraphs) {
            m_xml.fail(DocxTableReader::tr("The file is refused: it has more than %1 paragraphs.")
                           .arg(MaxParagraphs));
        }
    }
    void bookmark(QStringList *bookmarks)
    {
        if (bookmarks)
            bookmarks->append(wAttribute(u"name"));
        m_xml.skip();
    }

    // Children of the current element that are blocks: paragraphs, tables, and wrappers.
    void blockContent(const BlockTarget &target)
    {
        while (m_xml.nextChild()) {
            if (isW(u"p")) {
                countParagraph();
                QString text;
                inlineContent(text, target.bookmarks);
                if (target.lines) {
                    target.lines->append(text);
                } else {
                    DocxBlock block;
                    block.text = text;
                    target.blocks->append(block);
                }
            } else if (isW(u"tbl")) {
                table(target.nesting, *target.blocks);
            } else if (isW(u"tcPr") && target.cell) {
                cellProperties(*target.cell);
            } else if (isW(u"sdt")) {
                sdt([&] { blockContent(target); });
            } else if (isW(u"customXml")) {
                blockContent(target);
            } else if (isMc(u"AlternateContent")) {
                alternate([&] { blockContent(target); });
            } else if (isW(u"bookmarkStart")) {
                bookmark(target.bookmarks);
            } else {
                m_xml.skip();
            }
        }
    }

    void inlineContent(QString &text, QStringList *bookmarks)
    {
        while (m_xml.nextChild()) {
            if (isW(u"r")) {
                run(text);
            } else if (isW(u"hyperlink") || isW(u"smartTag") || isW(u"customXml") ||
                       isW(u"fldSimple") || isW(u"ins") || isW(u"moveTo") || isW(u"dir") ||
                       isW(u"bdo")) {
                inlineContent(text, bookmarks);
            } else if (isW(u"sdt")) {
                sdt([&] { inlineContent(text, bookmarks); });
            } else if (isMc(u"AlternateContent")) {
                alternate([&] { inlineContent(text, bookmarks); });
            } else if (isW(u"bookmarkStart")) {
                bookmark(bookmarks);
            } else {
                m_xml.skip(); // w:del, w:moveFrom, properties, math, proofing marks
            }
        }
    }

    void run(QString &text)
    {
        while (m_xml.nextChild()) {
            if (isW(u"t")) {
                const QString t = m_xml.readText();
                if (visible())
                    text += t;
                continue;
            }
            if (isW(u"tab") || isW(u"ptab")) {
                if (visible())
                    text += QLatin1Char('\t');
            } else if (isW(u"br") || isW(u"cr")) {
                if (visible())
                    text += QLatin1Char('\n');
            } else if (isW(u"noBreakHyphen")) {
                if (visible())
                    text += QLatin1Char('-');
            } else if (isW(u"fldChar")) {
                fieldChar(wAttribute(u"fldCharType"));
            } else if (isMc(u"AlternateContent")) {
                alternate([&] { run(text); });
                continue;
            } else if (isW(u"ruby")) {
                ruby(text);
                continue;
            }
            m_xml.skip(); // w:instrText, w:delText, run properties, drawings
        }
    }

    // Complex fields: the code between "begin" and "separate" is hidden, the result shown.
    void fieldChar(const QString &type)
    {
        if (type == QLatin1String("begin")) {
            m_fields.push_back(true);
            ++m_fieldCodes;
        } else if (type == QLatin1String("separate")) {
            if (!m_fields.empty() && m_fields.back()) {
                m_fields.back() = false;
                --m_fieldCodes;
            }
        } else if (type == QLatin1String("end") && !m_fields.empty()) {
            if (m_fields.back())
                --m_fieldCodes;
            m_fields.pop_back();
        }
    }

    void ruby(QString &text)
    {
        while (m_xml.nextChild()) {
            if (isW(u"rubyBase"))
                inlineContent(text, nullptr);
            else
                m_xml.skip();
        }
    }

    // A content control; while it shows its placeholder ("click here to enter text") the
    // placeholder is not the user's text.
    void sdt(const std::function<void()> &content)
    {
        bool placeholder = false;
        while (m_xml.nextChild()) {
            if (isW(u"sdtPr")) {
                while (m_xml.nextChild()) {
                    if (isW(u"showingPlcHdr"))
                        placeholder = isOn(wAttribute(u"val"));
                    m_xml.skip();
                }
            } else if (isW(u"sdtContent")) {
                m_suppressed += placeholder ? 1 : 0;
                content();
                m_suppressed -= placeholder ? 1 : 0;
            } else {
                m_xml.skip();
            }
        }
    }

    // Markup Compatibility: the first mc:Choice whose required namespaces are all understood
    // (only WordprocessingML itself), else mc:Fallback. Never more than one branch.
    void alternate(const std::function<void()> &content)
    {
        bool taken = false;
        while (m_xml.nextChild()) {
            if (!taken && isMc(u"Choice") && understood(m_xml.attribute(McNs, u"Requires"))) {
                taken = true;
                content();
            } else if (!taken && isMc(u"Fallback")) {
                taken = true;
                content();
            } else {
                m_xml.skip();
            }
        }
    }

    bool understood(const QString &requirement) const
    {
        const QStringList prefixes = requirement.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (prefixes.isEmpty())
            return false;
        for (const QString &prefix : prefixes) {
            const QString uri = m_xml.namespaceForPrefix(prefix);
            if (uri != WNs && uri != WStrictNs)
                return false;
        }
        return true;
    }

    void table(int nesting, DocxBlocks &out)
    {
        QVector<RawRow> rows;
        int gridColumns = 0;
        DocxBlocks nested;
        tableContent(rows, gridColumns, nesting, nested);
        if (m_xml.failed())
            return;
        DocxBlock block;
        block.kind = DocxBlock::Kind::Table;
        block.table = grid(rows, gridColumns);
        block.table.nestingLevel = nesting;
        out.append(block);
        out += nested;
    }

    void tableContent(QVector<RawRow> &rows, int &gridColumns, int nesting, DocxBlocks &nested)
    {
        while (m_xml.nextChild()) {
            if (isW(u"tr")) {
                RawRow row;
                rowContent(row, nesting, nested);
                if (!row.deleted)
                    rows.append(row);
            } else if (isW(u"tblGrid")) {
                while (m_xml.nextChild()) {
                    if (isW(u"gridCol"))
                        gridColumns = qMin(gridColumns + 1, MaxColumns);
                    m_xml.skip();
                }
            } else if (isW(u"sdt")) {
                sdt([&] { tableContent(rows, gridColumns, nesting, nested); });
            } else if (isW(u"customXml")) {
                tableContent(rows, gridColumns, nesting, nested);
            } else if (isMc(u"AlternateContent")) {
                alternate([&] { tableContent(rows, gridColumns, nesting, nested); });
            } else {
                m_xml.skip();
            }
        }
    }

    void rowContent(RawRow &row, int nesting, DocxBlocks &nested)
    {
        while (m_xml.nextChild()) {
            if (isW(u"tc")) {
                cell(row, nesting, nested);
            } else if (isW(u"trPr")) {
                while (m_xml.nextChild()) {
                    if (isW(u"gridBefore"))
                        row.gridBefore = boundedInt(wAttribute(u"val"), 0, MaxColumns);
                    else if (isW(u"gridAfter"))
                        row.gridAfter = boundedInt(wAttribute(u"val"), 0, MaxColumns);
                    else if (isW(u"del"))
                        row.deleted = true;
                    m_xml.skip();
                }
            } else if (isW(u"sdt")) {
                sdt([&] { rowContent(row, nesting, nested); });
            } else if (isW(u"customXml")) {
                rowContent(row, nesting, nested);
            } else if (isMc(u"AlternateContent")) {
                alternate([&] { rowContent(row, nesting, nested); });
            } else if (isW(u"bookmarkStart")) {
                bookmark(&row.bookmarks);
            } else {
                m_xml.skip();
            }
        }
    }

    void cell(RawRow &row, int nesting, DocxBlocks &nested)
    {
        if (row.cells.size() >= MaxCellsInRow) {
            m_xml.fail(DocxTableReader::tr("The file is refused: a table row has more than %1 "
                                           "cells.")
                           .arg(MaxCellsInRow));
            return;
        }
        // A field cannot span cells: a broken one must not hide the rest of the table.
        std::vector<bool> fields;
        std::swap(fields, m_fields);
        const int fieldCodes = std::exchange(m_fieldCodes, 0);

        RawCell cell;
        QStringList lines;
        BlockTarget target;
        target.blocks = &nested;
        target.lines = &lines;
        target.bookmarks = &row.bookmarks;
        target.cell = &cell;
        target.nesting = nesting + 1;
        blockContent(target);
        cell.text = lines.join(QLatin1Char('\n'));
        if (!cell.deleted)
            row.cells.append(cell);

        std::swap(fields, m_fields);
        m_fieldCodes = fieldCodes;
    }

    void cellProperties(RawCell &cell)
    {
        while (m_xml.nextChild()) {
            if (isW(u"gridSpan")) {
                cell.span = boundedInt(wAttribute(u"val"), 1, MaxSpan);
            } else if (isW(u"vMerge")) {
                cell.vMerge = wAttribute(u"val") == QLatin1String("restart")
                                  ? RawCell::VMerge::Restart
                                  : RawCell::VMerge::Continue;
            } else if (isW(u"hMerge")) {
                cell.hMergeContinue = wAttribute(u"val") != QLatin1String("restart");
            } else if (isW(u"cellDel")) {
                cell.deleted = true;
            }
            m_xml.skip();
        }
    }

    DocxTable grid(const QVector<RawRow> &rows, int gridColumns)
    {
        DocxTable table;
        int columns = gridColumns;
        for (const RawRow &row : rows) {
            int width = row.gridBefore + row.gridAfter;
            for (const RawCell &cell : row.cells)
                width += cell.span;
            columns = qMax(columns, width);
        }
        table.columnCount = qMin(columns, MaxColumns);
        m_gridCells += qint64(rows.size()) * table.columnCount;
        if (m_gridCells > MaxGridCells) {
            m_xml.fail(DocxTableReader::tr("The file is refused: its tables have more than %1 "
                                           "cells.")
                           .arg(MaxGridCells));
            return table;
        }
        for (const RawRow &raw : rows) {
            DocxRow row;
            row.bookmarks = raw.bookmarks;
            row.cells.resize(table.columnCount);
            int column = raw.gridBefore;
            for (const RawCell &rawCell : raw.cells) {
                if (column >= table.columnCount)
                    break;
                DocxCell &cell = row.cells[column];
                if (rawCell.vMerge == RawCell::VMerge::Continue) {
                    cell.kind = DocxCell::Kind::VerticalContinuation;
                } else if (rawCell.hMergeContinue) {
                    cell.kind = DocxCell::Kind::SpanContinuation;
                } else {
                    cell.kind = DocxCell::Kind::Text;
                    cell.text = rawCell.text;
                }
                for (int k = 1; k < rawCell.span && column + k < table.columnCount; ++k)
                    row.cells[column + k].kind = DocxCell::Kind::SpanContinuation;
                column += rawCell.span;
            }
            table.rows.append(row);
        }
        return table;
    }

    XmlCursor &m_xml;
    std::vector<bool> m_fields; // open complex fields: true while in the field code
    int m_fieldCodes = 0;       // how many of them are in their code
    int m_suppressed = 0;       // inside placeholder content
    qint64 m_paragraphs = 0;
    qint64 m_gridCells = 0;
};

} // namespace

Result<DocxBlocks> DocxTableReader::readFile(const QString &path)
{
    Result<QByteArray> bytes = DocxPackage::readFile(path);
    if (!bytes)
        return Error{bytes.error()};
    return read(*bytes);
}

Result<DocxBlocks> DocxTableReader::read(const QByteArray &docxBytes)
{
    Result<QByteArray> xml = DocxPackage::mainDocumentXml(docxBytes);
    if (!xml)
        return Error{xml.error()};
    return parseDocumentXml(*xml);
}

Result<DocxBlocks> DocxTableReader::parseDocumentXml(const QByteArray &xml)
{
    XmlCursor cursor(xml, QStringLiteral("word/document.xml"));
    DocxBlocks blocks;
    BodyWalker(cursor).document(blocks);
    if (cursor.failed())
        return Error{cursor.error()};
    if (blocks.isEmpty() && xml.trimmed().isEmpty())
        return Error{tr("The file is damaged: its document part is empty.")};
    return blocks;
}

} // namespace tianbao
