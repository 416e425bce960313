#include "HtmlWriter.h"

#include "ReportFontFamilies.h"
#include "XmlText.h"

#include <QIODevice>

namespace tianbao {

namespace {

// A font family as a CSS string. Text inside <style> is not HTML: an entity there stays
// literally "&quot;", and browsers then drop the whole declaration. So the family is escaped
// for CSS instead, "<" too, so that no name can close the style element.
QString cssString(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('<') ||
            c == QLatin1Char('>') || c == QLatin1Char('&') || c.unicode() < 0x20)
            quoted += QStringLiteral("\\%1 ").arg(c.unicode(), 0, 16);
        else
            quoted += c;
    }
    return quoted + QLatin1Char('"');
}

QString cssFamilies(const ReportFont &font, const QString &generic)
{
    QStringList quoted;
    for (const QString &family : ReportFontFamilies::candidates(font.family))
        quoted << cssString(family);
    quoted << generic;
    return quoted.join(QStringLiteral(", "));
}

QString cellHtml(const QString &text)
{
    QStringList lines;
    for (const QString &line : ReportLayout::lines(text))
        lines << XmlText::escape(line);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

Status HtmlWriter::write(QIODevice *device) const
{
    const ReportOptions &options = m_layout.options();
    const ReportPage &page = ReportLayout::page();
    const auto mm = [](int twips) { return QString::number(twips * 25.4 / 1440, 'f', 1); };
    QString html;
    html.reserve(64 * 1024);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta "
                           "charset=\"utf-8\">\n<title>%1</title>\n")
                .arg(XmlText::escape(m_layout.documentTitle()));
    html += QStringLiteral("<style>\n@page { size: A4 landscape; margin: %1mm %2mm %3mm %4mm; }\n")
                .arg(mm(page.marginTop), mm(page.marginRight), mm(page.marginBottom),
                     mm(page.marginLeft));
    html += QStringLiteral("body { font-family: %1; font-size: %2pt; }\n")
                .arg(cssFamilies(options.tableFont, QStringLiteral("serif")),
                     QString::number(options.tableFont.pointSize));
    html += QStringLiteral(".label { font-family: %1; font-size: %2pt; margin: 0 0 1em 0; }\n")
                .arg(cssFamilies(options.labelFont, QStringLiteral("sans-serif")),
                     QString::number(options.labelFont.pointSize));
    html += QStringLiteral("h1 { font-family: %1; font-size: %2pt; font-weight: normal; "
                           "text-align: center; margin: 0 0 0.5em 0; }\n")
                .arg(cssFamilies({options.titleFont.family, 0}, QStringLiteral("serif")),
                     QString::number(options.titleFont.pointSize));
    html += QStringLiteral(
        "section + section { break-before: page; }\n"
        "table { border-collapse: collapse; table-layout: fixed; width: 100%; }\n"
        "th, td { border: 0.5pt solid #000; padding: 1pt 5pt; vertical-align: middle; }\n"
        "td { text-align: justify; } td.c { text-align: center; }\n"
        "thead { display: table-header-group; } tr { break-inside: avoid; }\n");
    html += QStringLiteral("th { font-family: %1; font-weight: normal; }\n")
                .arg(cssFamilies(options.headerFont, QStringLiteral("sans-serif")));
    html +=
        QStringLiteral(
            ".signature { font-family: %1; font-size: %2pt; text-align: right; margin-top: 1em; }\n"
            // The browser measures: a block as wide as the name or as the date and 2 characters,
            // whichever is wider, 2 characters from the right, the date 2 characters in. So the
            // name ends 2 characters from the right and the date starts 2 right of it, or, when
            // the date is the longer, the date ends there and the name starts 2 left of it.
            ".signature div { display: inline-block; text-align: left; margin-right: 2em; "
            "white-space: nowrap; }\n"
            ".signature p { margin: 0; } .signature p + p { margin-left: 2em; }\n"
            // Printed, the page's margins are the notice's: no browser margin inside them.
            "@media print { body { margin: 0; } }\n"
            "</style>\n</head>\n<body>\n")
            .arg(cssFamilies(options.signatureFont, QStringLiteral("serif")),
                 QString::number(options.signatureFont.pointSize));

    const auto &widths = ReportLayout::columnWidths();
    for (const ReportBlock &block : m_layout.blocks()) {
        html +=
            QStringLiteral("<section>\n<p class=\"label\">%1</p>\n<h1>%2</h1>\n<table>\n<colgroup>")
                .arg(XmlText::escape(block.label), XmlText::escape(block.title));
        for (int width : widths)
            html += QStringLiteral("<col style=\"width:%1%\">")
                        .arg(QString::number(100.0 * width / page.textWidth(), 'f', 2));
        html += QStringLiteral("</colgroup>\n<thead><tr>");
        for (const QString &header : block.headers)
            html += QStringLiteral("<th>%1</th>").arg(cellHtml(header));
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const ReportRow &row : block.rows) {
            html +=
                row.uuid.isEmpty()
                    ? QStringLiteral("<tr>")
                    : QStringLiteral("<tr data-row-uuid=\"%1\">").arg(XmlText::escape(row.uuid));
            for (int column = 0; column < ReportLayout::ColumnCount; ++column) {
                const bool centre = ReportLayout::columnAlign(column) == CellAlign::Center;
                html += (centre ? QStringLiteral("<td class=\"c\">") : QStringLiteral("<td>")) +
                        cellHtml(row.cells.value(column)) + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n</section>\n");
    }
    if (m_layout.hasSignature()) {
        const ReportSignature &signature = m_layout.signature();
        html += QStringLiteral("<div class=\"signature\"><div><p>%1</p><p>%2</p></div></div>\n")
                    .arg(XmlText::escape(signature.unit), XmlText::escape(signature.date));
    }
    html += QStringLiteral("</body>\n</html>\n");
    const QByteArray bytes = html.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the HTML page: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
