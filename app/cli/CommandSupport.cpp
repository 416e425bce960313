#include "Command.h"
#include "Console.h"

namespace tianbao::cli {

int CommandSupport::fail(const QString &sentence)
{
    Console::err(sentence + QLatin1Char('\n'));
    return BadInput;
}

std::optional<QString> CommandSupport::fileArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        fail(tr("Give exactly one form file (see --help)."));
        return std::nullopt;
    }
    return positional.first();
}

std::optional<QString> CommandSupport::attachmentKey(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("existing") || t == QLatin1String("1") || t == QStringLiteral("附件1"))
        return QStringLiteral("existing");
    if (t == QLatin1String("new") || t == QLatin1String("2") || t == QStringLiteral("附件2"))
        return QStringLiteral("new");
    fail(tr("Unknown attachment “%1”: use existing or new.").arg(text));
    return std::nullopt;
}

std::optional<int> CommandSupport::positiveNumber(const QString &text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        return std::nullopt;
    return number;
}

std::unique_ptr<FormFile> CommandSupport::openForm(const QString &path, FormFile::Access access)
{
    auto opened = FormFile::open(path, access);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened.value());
}

std::optional<Row> CommandSupport::rowAt(const FormFile &form, const QString &attachmentKey,
                                         int seq)
{
    const QVector<Row> rows = form.rows(attachmentKey);
    if (seq < 1 || seq > rows.size()) {
        fail(tr("The attachment “%1” has %2 rows; there is no row %3.")
                 .arg(attachmentKey)
                 .arg(rows.size())
                 .arg(seq));
        return std::nullopt;
    }
    return rows.at(seq - 1);
}

} // namespace tianbao::cli
