#include "ReportExporter.h"

#include "CsvWriter.h"
#include "DocxWriter.h"
#include "HtmlWriter.h"
#include "PdfWriter.h"
#include "ReportLayout.h"
#include "XlsxWriter.h"
#include "form/Form.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tianbao {

namespace {

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status ReportExporter::exportForm(const Form &form, const QString &path,
                                  const ReportOptions &options)
{
    const std::optional<ReportFormat> format = formatForPath(path);
    if (!format) {
        return Error{tr("Cannot export to %1: the file name must end in %2.")
                         .arg(shownPath(path), QStringLiteral(".") + supportedExtensions().join(
                                                                         QStringLiteral(", .")))};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("Cannot write %1 (%2); any existing file was left unchanged.")
                         .arg(shownPath(path), file.errorString())};
    }
    const Status written = exportForm(form, &file, *format, options);
    if (!written) {
        file.cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(shownPath(path), written.error())};
    }
    // commit() is where a full disk or a locked target shows; the old file is then untouched.
    if (!file.commit()) {
        return Error{tr("Cannot write %1 (%2); any existing file was left unchanged.")
                         .arg(shownPath(path), file.errorString())};
    }
    return {};
}

Status ReportExporter::exportForm(const Form &form, QIODevice *device, ReportFormat format,
                                  const ReportOptions &options)
{
    const ReportLayout layout = ReportLayout::build(form, options);
    return write(layout, device, format);
}

Status ReportExporter::write(const ReportLayout &layout, QIODevice *device, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Docx:
        return DocxWriter(layout).write(device);
    case ReportFormat::Pdf:
        return PdfWriter(layout).write(device);
    case ReportFormat::Xlsx:
        return XlsxWriter(layout).write(device);
    case ReportFormat::Csv:
        return CsvWriter(layout).write(device);
    case ReportFormat::Html:
        return HtmlWriter(layout).write(device);
    }
    return Error{tr("Unknown report format.")};
}

std::optional<ReportFormat> ReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return ReportFormat::Docx;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString ReportExporter::extension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Docx:
        return QStringLiteral("docx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

QStringList ReportExporter::supportedExtensions()
{
    return {QStringLiteral("docx"), QStringLiteral("pdf"), QStringLiteral("xlsx"),
            QStringLiteral("csv"), QStringLiteral("html")};
}

} // namespace tianbao
