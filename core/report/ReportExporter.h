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
    // nothing is left half-written and an existing file at `path` is unchanged.
    static Status exportForm(const Form &form, const QString &path, const ReportOptions &options);
    // Writes to an open device (stdout, a buffer).
    static Status exportForm(const Form &form, QIODevice *device, ReportFormat format,
                             const ReportOptions &options);
    static Status write(const ReportLayout &layout, QIODevice *device, ReportFormat format);

    // docx, pdf, xlsx, csv, html (or htm), whatever the case; nullopt for anything else.
    static std::optional<ReportFormat> formatForPath(const QString &path);
    static QString extension(ReportFormat format);
    // "docx", "pdf", "xlsx", "csv", "html": for file dialogs and --help.
    static QStringList supportedExtensions();
};

} // namespace tianbao
