#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tianbao {

// One grid position of a table row. Merged cells are spread over the grid so that every row
// has the same number of positions: the cell that starts a merge holds the text, the positions
// it covers are flagged and empty.
struct DocxCell
{
    enum class Kind
    {
        Text,                 // a cell of its own (or the first position of a merged one)
        SpanContinuation,     // covered by a cell to its left (w:gridSpan, legacy w:hMerge)
        VerticalContinuation, // covered by the cell above (w:vMerge without "restart")
        Padding,              // no cell here (w:gridBefore, w:gridAfter, a short row)
    };
    Kind kind = Kind::Padding;
    QString text; // paragraphs joined by \n; w:tab → \t; w:br, w:cr → \n
};

struct DocxRow
{
    QVector<DocxCell> cells;
    // w:bookmarkStart names found in the row's cells, in order (our exports mark each data row
    // with tb_<uuid>, see RowBookmark).
    QStringList bookmarks;
};

struct DocxTable
{
    QVector<DocxRow> rows;
    int columnCount = 0;
    // 0 for a table in the body; 1 and more for a table nested in a cell. A nested table is
    // not part of its parent's cells: it is reported as a block of its own after its parent.
    int nestingLevel = 0;

    // The cell's text; a vertical continuation gives the text of the cell that starts the merge.
    QString text(int row, int column) const;
};

// A block of the document body, in document order: a paragraph or a table.
struct DocxBlock
{
    enum class Kind
    {
        Paragraph,
        Table
    };
    Kind kind = Kind::Paragraph;
    QString text; // a paragraph's text
    DocxTable table;
};

using DocxBlocks = QVector<DocxBlock>;

} // namespace tianbao
