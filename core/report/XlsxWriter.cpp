#include "XlsxWriter.h"

#include "Libxlsxwriter.h"
#include "XmlText.h"
#include "zip/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QSet>
#include <QTemporaryFile>
#include <limits>

namespace tianbao {

namespace {

// Excel measures a column in widths of the digit 0 of Calibri 11 (7 px at 96 dpi, plus 5 px
// of padding); a twip is 1/15 px at 96 dpi.
double columnWidthFromTwips(int twips)
{
    return (twips / 15.0 - 5) / 7.0;
}

QByteArray utf8(const QString &text)
{
    return XmlText::clean(text).toUtf8();
}

// Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString &label, QSet<QString> &used)
{
    QString name = label;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.left(28).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int i = 2; used.contains(unique); ++i)
        unique = name + QString::number(i);
    used.insert(unique);
    return unique;
}

QByteArray fileNameBytes(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // libxlsxwriter opens UTF-8 names with _wfopen on Windows
#else
    return QFile::encodeName(path);
#endif
}

class WorkbookBuilder
{
public:
    WorkbookBuilder(const ReportLayout &layout, lxw_workbook *workbook)
        : m_layout(layout), m_workbook(workbook)
    {
        const ReportOptions &options = layout.options();
        m_label = font(options.labelFont);
        m_title = font(options.titleFont);
        libxlsxwriter::format_set_align(m_title, LXW_ALIGN_CENTER);
        libxlsxwriter::format_set_align(m_title, LXW_ALIGN_VERTICAL_CENTER);
        libxlsxwriter::format_set_text_wrap(m_title);
        m_header = cellFormat(options.headerFont, LXW_ALIGN_CENTER);
        m_centred = cellFormat(options.tableFont, LXW_ALIGN_CENTER);
        m_justified = cellFormat(options.tableFont, LXW_ALIGN_JUSTIFY);
        m_signature = font(options.signatureFont);
        libxlsxwriter::format_set_align(m_signature, LXW_ALIGN_RIGHT);
    }

    void build()
    {
        QSet<QString> used;
        for (const ReportBlock &block : m_layout.blocks())
            addSheet(block, sheetName(block.label, used), &block == &m_layout.blocks().last());
        lxw_doc_properties properties = {};
        const QByteArray title = utf8(m_layout.documentTitle());
        const QByteArray author = utf8(m_layout.author());
        properties.title = const_cast<char *>(title.constData());
        properties.author = const_cast<char *>(author.constData());
        libxlsxwriter::workbook_set_properties(m_workbook, &properties);
    }

private:
    lxw_format *font(const ReportFont &font)
    {
        lxw_format *format = libxlsxwriter::workbook_add_format(m_workbook);
        const QByteArray family = font.family.toUtf8();
        libxlsxwriter::format_set_font_name(format, family.constData());
        libxlsxwriter::format_set_font_size(format, font.pointSize);
        return format;
    }

    lxw_format *cellFormat(const ReportFont &reportFont, uint8_t align)
    {
        lxw_format *format = font(reportFont);
        libxlsxwriter::format_set_align(format, align);
        libxlsxwriter::format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        libxlsxwriter::format_set_text_wrap(format);
        libxlsxwriter::format_set_border(format, LXW_BORDER_THIN);
        return format;
    }

    void addSheet(const ReportBlock &block, const QString &name, bool last)
    {
        lxw_worksheet *sheet =
            libxlsxwriter::workbook_add_worksheet(m_workbook, utf8(name).constData());
        const auto &widths = ReportLayout::columnWidths();
        for (int column = 0; column < ReportLayout::ColumnCount; ++column)
            libxlsxwriter::worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                                                columnWidthFromTwips(widths[size_t(column)]),
                                                nullptr);
        const lxw_col_t lastColumn = ReportLayout::ColumnCount - 1;

        libxlsxwriter::worksheet_write_string(sheet, 0, 0, utf8(block.label).constData(), m_label);
        libxlsxwriter::worksheet_set_row(sheet, 1, m_layout.options().titleFont.pointSize * 2.6,
                                         nullptr);
        libxlsxwriter::worksheet_merge_range(sheet, 1, 0, 1, lastColumn,
                                             utf8(block.title).constData(), m_title);

        lxw_row_t row = XlsxWriter::HeaderRow;
        for (int column = 0; column < ReportLayout::ColumnCount; ++column)
            libxlsxwriter::worksheet_write_string(sheet, row, lxw_col_t(column),
                                                  utf8(block.headers.value(column)).constData(),
                                                  m_header);
        for (const ReportRow &reportRow : block.rows) {
            ++row;
            for (int column = 0; column < ReportLayout::ColumnCount; ++column) {
                lxw_format *format = ReportLayout::columnAlign(column) == CellAlign::Center
                                         ? m_centred
                                         : m_justified;
                // Every cell is text, 序号 included: the report is read, not computed on.
                libxlsxwriter::worksheet_write_string(
                    sheet, row, lxw_col_t(column), utf8(reportRow.cells.value(column)).constData(),
                    format);
            }
        }
        if (last && m_layout.hasSignature()) {
            const ReportSignature &signature = m_layout.signature();
            libxlsxwriter::worksheet_merge_range(sheet, row + 2, 0, row + 2, lastColumn,
                                                 utf8(signature.unit).constData(), m_signature);
            libxlsxwriter::worksheet_merge_range(sheet, row + 3, 0, row + 3, lastColumn,
                                                 utf8(signature.date).constData(), m_signature);
        }

        libxlsxwriter::worksheet_freeze_panes(sheet, XlsxWriter::HeaderRow + 1, 0);
        libxlsxwriter::worksheet_repeat_rows(sheet, XlsxWriter::HeaderRow, XlsxWriter::HeaderRow);
        libxlsxwriter::worksheet_set_landscape(sheet);
        libxlsxwriter::worksheet_set_paper(sheet, 9); // A4
        const ReportPage &page = ReportLayout::page();
        const auto inches = [](int twips) { return twips / 1440.0; };
        libxlsxwriter::worksheet_set_margins(sheet, inches(page.marginLeft),
                                             inches(page.marginRight), inches(page.marginTop),
                                             inches(page.marginBottom));
        libxlsxwriter::worksheet_fit_to_pages(sheet, 1, 0);
        if (m_layout.options().pageNumbers)
            libxlsxwriter::worksheet_set_footer(sheet, "&C— &P —");
    }

    const ReportLayout &m_layout;
    lxw_workbook *m_workbook;
    lxw_format *m_label = nullptr, *m_title = nullptr, *m_header = nullptr, *m_centred = nullptr,
               *m_justified = nullptr, *m_signature = nullptr;
};

// True when `xml` ends with its root element's end tag (or is one empty root element), past
// any comment or processing instruction.
bool endsWithItsRoot(const QByteArray &xml)
{
    // The root's start: past the declaration, comments and processing instructions.
    qsizetype start = 0;
    for (;;) {
        start = xml.indexOf('<', start);
        if (start < 0 || start + 1 >= xml.size())
            return false;
        if (xml.mid(start, 4) == "<!--")
            start = xml.indexOf("-->", start);
        else if (xml.at(start + 1) == '?' || xml.at(start + 1) == '!')
            start = xml.indexOf('>', start);
        else
            break;
        if (start < 0)
            return false;
    }
    qsizetype nameEnd = start + 1;
    while (nameEnd < xml.size() && !QByteArrayView(" \t\r\n/>").contains(xml.at(nameEnd)))
        ++nameEnd;
    const QByteArray root = xml.mid(start + 1, nameEnd - start - 1);
    // Its end: before trailing white space, comments and processing instructions.
    qsizetype end = xml.size();
    for (;;) {
        while (end > 0 && QByteArrayView(" \t\r\n").contains(xml.at(end - 1)))
            --end;
        const QByteArrayView text(xml.constData(), end);
        if (text.endsWith("-->") && xml.lastIndexOf("<!--", end) > start)
            end = xml.lastIndexOf("<!--", end);
        else if (text.endsWith("?>") && xml.lastIndexOf("<?", end) > start)
            end = xml.lastIndexOf("<?", end);
        else
            break;
    }
    const QByteArrayView text(xml.constData(), end);
    const qsizetype next = xml.indexOf('<', nameEnd); // none inside an empty root
    return !root.isEmpty() && (text.endsWith(QByteArray("</" + root + '>')) ||
                               (text.endsWith("/>") && (next < 0 || next >= end)));
}

// libxlsxwriter writes each part of the workbook to a temporary file first, and does not
// notice when that fails (a full system disk): the part is then cut short inside a sound zip,
// and Excel refuses the file. A part that does not end with its root element was cut short.
bool partsComplete(const QByteArray &workbook)
{
    ZipLimits limits; // our own file: only the sizes need room
    limits.maxArchiveSize = limits.maxEntrySize = limits.maxTotalSize =
        std::numeric_limits<qint64>::max() / 4;
    limits.maxRatio = limits.maxEntries = std::numeric_limits<qint64>::max() / 4;
    Result<ZipReader> zip = ZipReader::open(workbook, limits);
    if (!zip)
        return false;
    for (const QString &name : zip->entryNames()) {
        if (!name.endsWith(QLatin1String(".xml")) && !name.endsWith(QLatin1String(".rels")))
            continue;
        const Result<QByteArray> part = zip->read(name);
        if (!part || !endsWithItsRoot(part.value()))
            return false;
    }
    return true;
}

} // namespace

Status XlsxWriter::write(QIODevice *device) const
{
    if (const QString problem = libxlsxwriter::loadProblem(); !problem.isEmpty())
        return Error{problem};
    // tempPath() is empty when TMPDIR names no folder: never fall back to the current one.
    const QString tempFolder = QDir::tempPath();
    if (tempFolder.isEmpty())
        return Error{
            tr("Could not create a temporary file for the workbook: no temporary folder.")};
    QTemporaryFile file(QDir(tempFolder).filePath(QStringLiteral("tianbao-XXXXXX.xlsx")));
    if (!file.open())
        return Error{
            tr("Could not create a temporary file for the workbook: %1.").arg(file.errorString())};
    // Closed but kept: libxlsxwriter opens the name itself (Windows refuses a second writer).
    file.close();
    const QByteArray name = fileNameBytes(file.fileName());
    lxw_workbook *workbook = libxlsxwriter::workbook_new(name.constData());
    if (!workbook)
        return Error{tr("Could not start the workbook.")};
    WorkbookBuilder(m_layout, workbook).build();
    const lxw_error error = libxlsxwriter::workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QString reason = QString::fromUtf8(libxlsxwriter::lxw_strerror(error)).trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return Error{tr("Could not write the workbook in the temporary folder %1: %2.")
                         .arg(QDir::toNativeSeparators(tempFolder), reason)};
    }

    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return Error{
            tr("Could not read the temporary workbook back: %1.").arg(written.errorString())};
    const QByteArray bytes = written.readAll();
    if (!partsComplete(bytes))
        return Error{tr("Could not write the workbook: the temporary folder %1 is full or "
                        "refused the file.")
                         .arg(QDir::toNativeSeparators(tempFolder))};
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the workbook: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
