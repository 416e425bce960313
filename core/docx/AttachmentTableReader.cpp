#include "AttachmentTableReader.h"

#include "RowBookmark.h"
#include "form/UnitsCell.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace tianbao {

namespace {

constexpr int HeaderSearchRows = 10;
constexpr int MaxTitleLength = 150;

struct Columns
{
    int seq = -1;
    std::array<int, FieldCount> field{-1, -1, -1, -1, -1, -1};
    bool unitsHoldPartners = false; // 校内单位（合作单位） in one column
    QString seqHeader;
    std::array<QString, FieldCount> headers;

    int &at(Field f) { return field[fieldIndex(f)]; }
    int at(Field f) const { return field[fieldIndex(f)]; }
};

bool isLatinWord(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

void assign(Columns &columns, Field field, int column, const QString &header)
{
    if (columns.at(field) >= 0)
        return;
    columns.at(field) = column;
    columns.headers[fieldIndex(field)] = header;
}

std::optional<Columns> recognizeHeader(const DocxTable &table, int row)
{
    Columns columns;
    for (int c = 0; c < table.columnCount; ++c) {
        if (table.rows.at(row).cells.at(c).kind == DocxCell::Kind::SpanContinuation)
            continue;
        const QString h = UnitsCell::normalized(table.text(row, c));
        if (h.isEmpty())
            continue;
        if (h == QStringLiteral("序号")) {
            if (columns.seq < 0) {
                columns.seq = c;
                columns.seqHeader = h;
            }
        } else if (h.contains(QStringLiteral("合作项目")) || h == QStringLiteral("项目名称")) {
            assign(columns, Field::Name, c, h);
        } else if (h.contains(QStringLiteral("项目内容"))) {
            assign(columns, Field::Content, c, h);
        } else if (h.contains(QStringLiteral("校内单位"))) {
            if (columns.at(Field::Units) >= 0)
                continue;
            if (h.contains(QStringLiteral("合作单位"))) {
                columns.unitsHoldPartners = true;
                const UnitsCell::Parts parts = UnitsCell::split(h);
                const bool split = !parts.partners.isEmpty();
                assign(columns, Field::Units, c, split ? parts.units : QStringLiteral("校内单位"));
                columns.headers[fieldIndex(Field::Partners)] =
                    split ? parts.partners : QStringLiteral("合作单位");
            } else {
                assign(columns, Field::Units, c, h);
            }
        } else if (h.contains(QStringLiteral("合作单位"))) {
            assign(columns, Field::Partners, c, h);
        } else if (h.contains(QStringLiteral("进展")) && h.contains(QStringLiteral("成效"))) {
            assign(columns, Field::Progress, c, h);
        } else if (h.endsWith(QStringLiteral("计划要点"))) {
            assign(columns, Field::Plan, c, h);
        }
    }
    for (Field f : {Field::Name, Field::Content, Field::Units, Field::Progress, Field::Plan}) {
        if (columns.at(f) < 0)
            return std::nullopt;
    }
    if (columns.at(Field::Partners) >= 0)
        columns.unitsHoldPartners = false;
    else if (columns.headers[fieldIndex(Field::Partners)].isEmpty())
        columns.headers[fieldIndex(Field::Partners)] = QStringLiteral("合作单位");
    if (columns.seqHeader.isEmpty())
        columns.seqHeader = QStringLiteral("序号");
    return columns;
}

// True when a row has text of its own outside the 序号 column.
bool hasContent(const DocxTable &table, int row, const Columns &columns)
{
    for (int c = 0; c < table.columnCount; ++c) {
        const DocxCell &cell = table.rows.at(row).cells.at(c);
        if (c != columns.seq && cell.kind == DocxCell::Kind::Text &&
            !cell.text.trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

Row readRow(const DocxTable &table, int r, const Columns &columns)
{
    auto text = [&](Field f) {
        return columns.at(f) >= 0 ? table.text(r, columns.at(f)) : QString();
    };
    Row row;
    row.setValue(Field::Name, AttachmentTableReader::compact(text(Field::Name)));
    row.setValue(Field::Content, AttachmentTableReader::cleanLines(text(Field::Content)));
    if (columns.unitsHoldPartners || columns.at(Field::Partners) < 0) {
        const UnitsCell::Parts parts = UnitsCell::split(text(Field::Units));
        row.setValue(Field::Units, AttachmentTableReader::compact(parts.units));
        row.setValue(Field::Partners, AttachmentTableReader::compact(parts.partners));
    } else {
        row.setValue(Field::Units, AttachmentTableReader::compact(text(Field::Units)));
        QString partners = AttachmentTableReader::compact(text(Field::Partners));
        if (partners.startsWith(QChar(0xFF08)) && partners.endsWith(QChar(0xFF09)))
            partners = partners.mid(1, partners.size() - 2);
        row.setValue(Field::Partners, partners);
    }
    row.setValue(Field::Progress, AttachmentTableReader::cleanLines(text(Field::Progress)));
    row.setValue(Field::Plan, AttachmentTableReader::cleanLines(text(Field::Plan)));
    row.uuid = RowBookmark::uuidFromAny(table.rows.at(r).bookmarks);
    return row;
}

const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^附件\\s*(\\d+)\\s*[：:]?\\s*"));
    return pattern;
}

bool isTitleLike(const QString &text)
{
    return !text.isEmpty() && text.size() <= MaxTitleLength && text.contains(QChar(0x8868)) &&
           !text.contains(QChar(0x300A)) && !text.endsWith(QChar(0x3002));
}

struct LabelAndTitle
{
    QString label;
    QString title;
};

LabelAndTitle labelAndTitle(const DocxBlocks &blocks, int index, const DocxTable &table,
                            int headerRow)
{
    LabelAndTitle found;
    // A title row merged above the header is nearer than any paragraph.
    for (int r = headerRow - 1; r >= 0 && found.title.isEmpty(); --r) {
        QString rowText;
        for (const DocxCell &cell : table.rows.at(r).cells) {
            if (cell.kind == DocxCell::Kind::Text)
                rowText += cell.text;
        }
        rowText = AttachmentTableReader::compact(rowText);
        const QRegularExpressionMatch label = labelPattern().match(rowText);
        if (label.hasMatch()) {
            found.label = QStringLiteral("附件") + label.captured(1);
            rowText = rowText.mid(label.capturedLength());
        }
        if (isTitleLike(rowText))
            found.title = rowText;
    }
    for (int i = index - 1; i >= 0; --i) {
        const DocxBlock &block = blocks.at(i);
        if (block.kind == DocxBlock::Kind::Table)
            break;
        QString text = AttachmentTableReader::compact(block.text);
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch label = labelPattern().match(text);
        if (label.hasMatch()) {
            if (found.label.isEmpty())
                found.label = QStringLiteral("附件") + label.captured(1);
            text = text.mid(label.capturedLength());
        }
        if (found.title.isEmpty() && isTitleLike(text))
            found.title = text;
        if (!found.label.isEmpty() && !found.title.isEmpty())
            break;
    }
    return found;
}

QString keyFor(const LabelAndTitle &found)
{
    if (found.title.contains(QStringLiteral("已有项目")))
        return Attachment::ExistingKey;
    if (found.title.contains(QStringLiteral("新增项目")))
        return Attachment::NewKey;
    if (found.label == QStringLiteral("附件1"))
        return Attachment::ExistingKey;
    if (found.label == QStringLiteral("附件2"))
        return Attachment::NewKey;
    return {};
}

} // namespace

QVector<FoundAttachment> AttachmentTableReader::find(const DocxBlocks &blocks)
{
    QVector<FoundAttachment> found;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).kind != DocxBlock::Kind::Table)
            continue;
        const DocxTable &table = blocks.at(i).table;
        std::optional<Columns> columns;
        int headerRow = 0;
        for (; headerRow < qMin(HeaderSearchRows, int(table.rows.size())); ++headerRow) {
            columns = recognizeHeader(table, headerRow);
            if (columns)
                break;
        }
        if (!columns)
            continue;

        const LabelAndTitle text = labelAndTitle(blocks, i, table, headerRow);
        FoundAttachment attachment;
        attachment.blockIndex = i;
        Attachment &a = attachment.attachment;
        a.key = keyFor(text);
        a.label = text.label;
        a.title = text.title;
        a.seqHeader = columns->seqHeader;
        a.headers = columns->headers;
        QSet<QString> uuids;
        for (int r = headerRow + 1; r < table.rows.size(); ++r) {
            if (!hasContent(table, r, *columns) || recognizeHeader(table, r))
                continue;
            Row row = readRow(table, r, *columns);
            if (!row.uuid.isEmpty() && uuids.contains(row.uuid))
                row.uuid.clear(); // a copied row keeps no identity of its own
            uuids.insert(row.uuid);
            a.rows.append(row);
        }
        found.append(attachment);
    }

    // Tables that neither title nor label names take the keys still free, in order.
    for (FoundAttachment &f : found) {
        if (!f.attachment.key.isEmpty())
            continue;
        const bool hasExisting = std::any_of(found.cbegin(), found.cend(), [](const auto &o) {
            return o.attachment.key == Attachment::ExistingKey;
        });
        f.attachment.key = hasExisting ? Attachment::NewKey : Attachment::ExistingKey;
    }
    return found;
}

QString AttachmentTableReader::notFoundMessage()
{
    return tr("No attachment table was found: Tianbao looks for a table whose header row has the "
              "columns 序号, 合作项目, 项目内容, 校内单位（合作单位）, 进展与成效 and "
              "…年计划要点.");
}

QString AttachmentTableReader::compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace()) {
            out.append(c);
            continue;
        }
        int end = i;
        while (end < text.size() && text.at(end).isSpace())
            ++end;
        if (!out.isEmpty() && end < text.size() && isLatinWord(out.back()) &&
            isLatinWord(text.at(end))) {
            out.append(QLatin1Char(' '));
        }
        i = end - 1;
    }
    return out;
}

QString AttachmentTableReader::cleanLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tianbao
