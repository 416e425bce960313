#pragma once

#include "ReportOptions.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

namespace tianbao {

struct Form;

// One table line of the report. `cells` holds the six printed columns (序号 … 计划要点).
struct ReportRow
{
    QString uuid;      // the form row's uuid; empty for the 无 row
    QStringList cells; // ReportLayout::ColumnCount texts; '\n' separates printed lines
};

// One attachment as printed: "附件1", its title, the header row and the rows.
struct ReportBlock
{
    QString key;
    QString label;
    QString title;
    QStringList headers; // ReportLayout::ColumnCount texts
    QVector<ReportRow> rows;
};

// The unit's name and the date under the last table, placed as report-layout.md says, in
// twips. The right indents are distances from the right edge of the text block, worked out
// from widths in characters (ReportLayout::emWidth). A writer that can anchor a line at its
// start places the date by the name instead (dateLeftIndent): the name is CJK, one character
// wide each, but digits differ from font to font, and LibreOffice spaces them from the
// characters; a date aligned right then drifted off the 2-character step.
struct ReportSignature
{
    QString unit;
    QString date; // 2023年12月26日; empty when the form has no valid sign date
    int unitRightIndent = 0;
    int dateRightIndent = 0;
    // The date is longer than the name: it ends 2 characters from the right edge and the name
    // starts 2 characters left of it. Otherwise the name ends 2 characters from the right edge
    // and the date starts 2 characters right of the name's start, dateLeftIndent from the
    // text block's left edge.
    bool dateLonger = false;
    int dateLeftIndent = 0;
};

// A4 landscape, in twips (1/1440 inch): GB/T 9704's text block turned on its side.
struct ReportPage
{
    int width = 16838;
    int height = 11906;
    int marginTop = 1587;    // 28 mm
    int marginBottom = 1474; // 26 mm
    int marginLeft = 1984;   // 35 mm
    int marginRight = 2098;  // 37 mm
    int footerGap = 397;     // 7 mm between the text block and the page number
    int textWidth() const { return width - marginLeft - marginRight; }
    int textHeight() const { return height - marginTop - marginBottom; }
};

enum class CellAlign
{
    Center,
    Justify
};

// What the report says, decided once from a Form and the options; every writer only renders
// it, so DOCX, PDF, XLSX, CSV and HTML can never disagree about rows, numbers or the date.
class ReportLayout
{
public:
    static constexpr int ColumnCount = 6;
    static constexpr int CellMarginH = 108; // twips, Word's default cell margin
    static constexpr int CellMarginV = 28;

    static ReportLayout build(const Form &form, const ReportOptions &options);

    const ReportOptions &options() const { return m_options; }
    const QVector<ReportBlock> &blocks() const { return m_blocks; }
    const ReportSignature &signature() const { return m_signature; }
    bool hasSignature() const { return !m_signature.unit.isEmpty() || !m_signature.date.isEmpty(); }
    // The document title (docProps, PDF info): the form's common title.
    const QString &documentTitle() const { return m_documentTitle; }
    const QString &author() const { return m_author; }

    static const ReportPage &page();
    // Column widths in twips; they sum to page().textWidth().
    static const std::array<int, ColumnCount> &columnWidths();
    static CellAlign columnAlign(int column);

    // 2023年12月26日: Arabic numerals, full year, no zero padding; empty for an invalid date.
    static QString formatDate(const QDate &date);
    // The printed lines of a cell, whatever line ending the text uses.
    static QStringList lines(const QString &text);
    // Estimated width in ems: CJK and full-width characters 1, others ½.
    static double emWidth(const QString &text);

private:
    ReportOptions m_options;
    QVector<ReportBlock> m_blocks;
    ReportSignature m_signature;
    QString m_documentTitle;
    QString m_author;
};

} // namespace tianbao
