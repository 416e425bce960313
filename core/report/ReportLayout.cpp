#include "ReportLayout.h"

#include "form/Form.h"
#include "form/UnitsCell.h"

#include <QRegularExpression>
#include <cmath>

namespace tianbao {

namespace {

QStringList headerCells(const Attachment &attachment)
{
    // The combined header breaks before its bracket, as the notice prints it: a 1913-twip
    // column would otherwise wrap inside the word 合作单位.
    QString units = attachment.unitsColumnHeader();
    const int bracket = units.lastIndexOf(QStringLiteral("（"));
    if (bracket > 0)
        units.insert(bracket, QLatin1Char('\n'));
    return {attachment.seqHeader,
            attachment.header(Field::Name),
            attachment.header(Field::Content),
            units,
            attachment.header(Field::Progress),
            attachment.header(Field::Plan)};
}

ReportRow reportRow(const Row &row, int seq)
{
    ReportRow out;
    out.uuid = row.uuid;
    out.cells = {QString::number(seq),
                 row.value(Field::Name),
                 row.value(Field::Content),
                 UnitsCell::join(row.value(Field::Units), row.value(Field::Partners)),
                 row.value(Field::Progress),
                 row.value(Field::Plan)};
    return out;
}

// An empty 附件2 answered with 无: one row with 无 in the 合作项目 column and no 序号, the way a
// unit writes it by hand. A row (not a merged cell) keeps CSV and XLSX as simple as DOCX.
ReportRow noneRow()
{
    ReportRow out;
    out.cells = QStringList(ReportLayout::ColumnCount, QString());
    out.cells[1] = QStringLiteral("无");
    return out;
}

ReportSignature signatureFor(const QString &unit, const QString &date, double pointSize)
{
    // report-layout.md: the name ends 2 characters from the right; the date starts 2 characters
    // right of the name's start, unless it is longer than the name: then it ends 2 characters
    // from the right and the name moves left to keep the 2-character step.
    const int em = qRound(pointSize * 20);
    const int nameWidth = qRound(ReportLayout::emWidth(unit) * em);
    const int dateWidth = qRound(ReportLayout::emWidth(date) * em);
    ReportSignature signature;
    signature.unit = unit;
    signature.date = date;
    signature.dateLonger = dateWidth > nameWidth;
    if (!signature.dateLonger) {
        signature.unitRightIndent = 2 * em;
        signature.dateRightIndent = nameWidth - dateWidth;
        signature.dateLeftIndent =
            qMax(0, ReportLayout::page().textWidth() - 2 * em - nameWidth + 2 * em);
    } else {
        signature.dateRightIndent = 2 * em;
        signature.unitRightIndent = 4 * em + dateWidth - nameWidth;
    }
    return signature;
}

} // namespace

ReportLayout ReportLayout::build(const Form &form, const ReportOptions &options)
{
    ReportLayout layout;
    layout.m_options = options;
    const FormProperties &properties = form.properties;
    const bool filterByUnit = options.onlyUnitRows && !properties.unit.trimmed().isEmpty();

    for (const Attachment &attachment : form.attachments) {
        if (!options.attachmentKeys.isEmpty() && !options.attachmentKeys.contains(attachment.key))
            continue;
        ReportBlock block;
        block.key = attachment.key;
        block.label = attachment.label;
        block.title = attachment.title;
        block.headers = headerCells(attachment);
        int position = 0;
        for (const Row &row : attachment.rows) {
            // 序号 is the row's position in the attachment even when filtering, so a unit's
            // reply still says "5" for the office's project 5.
            ++position;
            if (filterByUnit && !UnitsCell::includesUnit(row.value(Field::Units), properties.unit))
                continue;
            block.rows.append(reportRow(row, position));
        }
        if (attachment.key == Attachment::NewKey && attachment.rows.isEmpty() &&
            properties.noNewProjects)
            block.rows.append(noneRow());
        layout.m_blocks.append(block);
    }

    layout.m_signature = signatureFor(properties.unit.trimmed(), formatDate(properties.signDate),
                                      options.signatureFont.pointSize);
    layout.m_documentTitle = properties.title;
    if (layout.m_documentTitle.isEmpty() && !layout.m_blocks.isEmpty())
        layout.m_documentTitle = layout.m_blocks.first().title;
    layout.m_author = properties.unit.trimmed();
    return layout;
}

const ReportPage &ReportLayout::page()
{
    static const ReportPage a4Landscape;
    return a4Landscape;
}

const std::array<int, ReportLayout::ColumnCount> &ReportLayout::columnWidths()
{
    static const std::array<int, ColumnCount> widths = {765, 1913, 2806, 1913, 3062, 2297};
    return widths;
}

CellAlign ReportLayout::columnAlign(int column)
{
    // Short cells (序号, names, units) centre; the long texts read best justified.
    return column == 2 || column == 4 || column == 5 ? CellAlign::Justify : CellAlign::Center;
}

QString ReportLayout::formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QStringList ReportLayout::lines(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    return text.split(lineBreak);
}

double ReportLayout::emWidth(const QString &text)
{
    double width = 0;
    for (QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        // Below the Hangul Jamo block everything is Latin, Greek, Cyrillic…: half width.
        const bool wide =
            c.unicode() >= 0x1100 && !(c.unicode() >= 0xFF61 && c.unicode() <= 0xFFDC);
        width += wide ? 1.0 : 0.5;
    }
    return width;
}

} // namespace tianbao
