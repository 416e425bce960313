#include "DocxBlocks.h"

namespace tianbao {

QString DocxTable::text(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= columnCount)
        return {};
    for (int r = row; r >= 0; --r) {
        if (column >= rows.at(r).cells.size())
            return {};
        const DocxCell &cell = rows.at(r).cells.at(column);
        if (cell.kind != DocxCell::Kind::VerticalContinuation)
            return cell.kind == DocxCell::Kind::Text ? cell.text : QString();
    }
    return {};
}

} // namespace tianbao
