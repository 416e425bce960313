#include "MergeText.h"

#include "store/FormFile.h"

#include <QStringList>

namespace tianbao::MergeText {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF);
}

QString trimmedBlank(const QString &text)
{
    int begin = 0;
    int end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString canonical(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = trimmedBlank(line);
    return trimmedBlank(lines.join(QLatin1Char('\n')));
}

bool equivalent(const QString &a, const QString &b)
{
    return a == b || canonical(a) == canonical(b);
}

QString keepBoth(const QString &mine, const QString &theirs, const QString &theirLabel)
{
    if (canonical(theirs).isEmpty())
        return mine;
    if (canonical(mine).isEmpty())
        return theirs;
    return mine + QLatin1Char('\n') + QChar(0x3010) + theirLabel + QChar(0x3011) + theirs;
}

QSet<QString> seenValues(const QVector<CellChange> &history)
{
    static const QString merge = changeSourceKey(ChangeSource::Merge);
    static const QString undo = changeSourceKey(ChangeSource::Undo);
    QSet<QString> seen;
    bool undoneLater = false;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->source == undo)
            undoneLater = true;
        else if (it->source == merge && undoneLater)
            continue;
        seen.insert(canonical(it->value));
    }
    return seen;
}

} // namespace tianbao::MergeText
