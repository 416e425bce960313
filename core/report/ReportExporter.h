#pragma once

#include "ReportOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace tianbao {

struct Form;
class ReportLayout;
class ReportProgress;

enum class ReportFormat
{
    Docx,
    Pdf,
    Xlsx,
    Csv,
    Html
};

// The one entry point of the report for the command line and the window: lays the form out
// once and hands it to the writer of the format.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::ReportExporter)

public:
    // Writes `path` in the format its extension names. Goes through QSaveFile: on any failure
    // nothing is left half-written and an existing file at `path` is unchanged. `progress`
    // (optional) hears how far the writer got and may stop it: then nothing is written.
    // Safe on a worker thread: nothing here touches a widget.
    static Status exportForm(const Form &form, const QString &path, const ReportOptions &options,
                             ReportProgress *progress = nullptr);
    // Writes several files of one form (a .docx and a .pdf beside it) all or nothing as far as
    // a file system allows: every file is written to its QSaveFile first and committed only
    // when all were written, so a failure or a stop leaves none of them changed. `progress`
    // counts 1000 steps per file.
    static Status exportFiles(const Form &form, const QStringList &paths,
                              const ReportOptions &options, ReportProgress *progress = nullptr);
    // Writes to an open device (stdout, a buffer).
    static Status exportForm(const Form &form, QIODevice *device, ReportFormat format,
                             const ReportOptions &options, ReportProgress *progress = nullptr);
    static Status write(const ReportLayout &layout, QIODevice *device, ReportFormat format,
                        ReportProgress *progress = nullptr);

    // docx, pdf, xlsx, csv, html (or htm), whatever the case; nullopt for anything else.
    static std::optional<ReportFormat> formatForPath(const QString &path);
    static QString extension(ReportFormat format);
    // "docx", "pdf", "xlsx", "csv", "html": for file dialogs and --help.
    static QStringList supportedExtensions();
};

} // namespace tianbao
