#include "ReportExporter.h"

#include "CsvWriter.h"
#include "DocxWriter.h"
#include "HtmlWriter.h"
#include "PdfWriter.h"
#include "ReportLayout.h"
#include "ReportProgress.h"
#include "XlsxWriter.h"
#include "form/Form.h"
#include "pdf/PdfGlyphCache.h"
#include "util/SaveFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <vector>

namespace tianbao {

namespace {

constexpr int StepsPerFile = 1000;

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status ReportExporter::exportForm(const Form &form, const QString &path,
                                  const ReportOptions &options, ReportProgress *progress)
{
    return exportFiles(form, {path}, options, progress);
}

Status ReportExporter::exportFiles(const Form &form, const QStringList &paths,
                                   const ReportOptions &options, ReportProgress *progress)
{
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const QString &path : paths) {
        if (!formatForPath(path)) {
            return Error{
                tr("Cannot export to %1: the file name must end in %2.")
                    .arg(shownPath(path),
                         QStringLiteral(".") + supportedExtensions().join(QStringLiteral(", .")))};
        }
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            return Error{tr("Cannot write %1 (%2); any existing file was left unchanged.")
                             .arg(shownPath(path), file->errorString())};
        }
        files.push_back(std::move(file));
    }
    const auto cancelAll = [&files] {
        for (const auto &file : files)
            file->cancelWriting();
    };
    if (progress)
        progress->start(StepsPerFile * int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        ReportProgress fileProgress([progress, i](int done, int total) {
            const int share = total > 0 ? int(qint64(StepsPerFile) * done / total) : 0;
            return !progress || progress->moveTo(StepsPerFile * i + qMin(share, StepsPerFile));
        });
        const Status written =
            exportForm(form, files[size_t(i)].get(), *formatForPath(path), options, &fileProgress);
        if (!written || (progress && progress->stopped())) {
            // The file refused the bytes (a full disk): say so, not how the writer failed.
            const QFileDevice &file = *files[size_t(i)];
            const bool fileFailed = !written && file.error() != QFileDevice::NoError;
            const QString reason = fileFailed ? SaveFiles::failureReason(file, path) : QString();
            cancelAll();
            if (fileFailed)
                return Error{tr("Cannot write %1 (%2); any existing file was left unchanged.")
                                 .arg(shownPath(path), reason)};
            return Error{tr("Cannot write %1: %2")
                             .arg(shownPath(path),
                                  written ? tr("The export was cancelled.") : written.error())};
        }
    }
    // Committing is where a full disk or a locked target shows; the old file is then untouched.
    for (int i = 0; i < paths.size(); ++i) {
        QString error;
        if (!SaveFiles::commit(*files[size_t(i)], &error)) {
            for (size_t j = size_t(i) + 1; j < files.size(); ++j)
                files[j]->cancelWriting();
            return Error{tr("Cannot write %1 (%2); any existing file was left unchanged.")
                             .arg(shownPath(paths.at(i)), error)};
        }
    }
    return {};
}

Status ReportExporter::exportForm(const Form &form, QIODevice *device, ReportFormat format,
                                  const ReportOptions &options, ReportProgress *progress)
{
    const ReportLayout layout = ReportLayout::build(form, options);
    return write(layout, device, format, progress);
}

Status ReportExporter::write(const ReportLayout &layout, QIODevice *device, ReportFormat format,
                             ReportProgress *progress)
{
    int rows = 0;
    for (const ReportBlock &block : layout.blocks())
        rows += int(block.rows.size());
    // Steps are table rows; the PDF lays each row out, then paints it.
    if (progress)
        progress->start(format == ReportFormat::Pdf ? 2 * rows : rows);
    Status status;
    switch (format) {
    case ReportFormat::Docx:
        return DocxWriter(layout, progress).write(device);
    case ReportFormat::Pdf: {
        // Exports keep the outlines of the glyphs they embed for the next PDF: the window and
        // the command line share them.
        PdfWriter writer(layout, progress);
        writer.setGlyphCacheFolder(PdfGlyphCache::defaultFolder());
        return writer.write(device);
    }
    case ReportFormat::Xlsx:
        status = XlsxWriter(layout).write(device);
        break;
    case ReportFormat::Csv:
        status = CsvWriter(layout).write(device);
        break;
    case ReportFormat::Html:
        status = HtmlWriter(layout).write(device);
        break;
    default:
        return Error{tr("Unknown report format.")};
    }
    // These writers are quick even for long forms: their rows count as one step at the end.
    if (status && !stepProgress(progress, rows))
        return Error{tr("The export was cancelled.")};
    return status;
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
