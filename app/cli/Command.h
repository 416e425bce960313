#pragma once

#include "store/FormFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tianbao::cli {

// Exit codes shared by every command.
enum ExitCode
{
    Success = 0,
    Incomplete = 1,
    BadInput = 2,
    Conflicts = 3
};

// One subcommand of `tianbao`: its name, a line of help, the positional arguments it takes,
// how it sets up its options, and what it does.
struct Command
{
    QString name;
    QString summary;
    QString positional; // e.g. "FILE"
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &)> run;
};

QList<Command> allCommands();

// Helpers the commands share.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)

public:
    // Prints one sentence on stderr and returns BadInput.
    static int fail(const QString &sentence);
    // The single positional FILE, or nullopt after printing the usage error.
    static std::optional<QString> fileArgument(const QCommandLineParser &parser);
    // "existing" or "new" (also 1/2 and 附件1/附件2 for convenience).
    static std::optional<QString> attachmentKey(const QString &text);
    static std::optional<int> positiveNumber(const QString &text);
    // Opens a form, or prints the core's sentence and returns nullptr.
    static std::unique_ptr<FormFile> openForm(const QString &path, FormFile::Access access);
    // The live row at 1-based `seq` of an attachment, or nullopt after printing why not.
    static std::optional<Row> rowAt(const FormFile &form, const QString &attachmentKey, int seq);
};

} // namespace tianbao::cli
