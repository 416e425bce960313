#include "Console.h"

#include <QFile>
#include <cstdio>

namespace tianbao::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    fflush(stream);
}
} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}
void Console::err(const QString &text)
{
    write(stderr, text);
}

QString Console::readAllInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.readAll());
}

} // namespace tianbao::cli
