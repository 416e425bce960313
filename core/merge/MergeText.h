#pragma once

#include <QSet>
#include <QString>
#include <QVector>

namespace tianbao {

struct CellChange;

// How a merge compares and joins cell texts.
namespace MergeText {

// The text as a merge compares it: CRLF and CR become LF, and white space (including the
// full-width space U+3000 and no-break spaces) is trimmed at both ends of every line and of the
// whole text. Two values with the same canonical text never conflict.
QString canonical(const QString &text);
bool equivalent(const QString &a, const QString &b);

// A conflict resolved by keeping both: my text, a line break, 【their label】 and their text,
// e.g. "mine\n【材料科学与工程学院】theirs". An empty side gives the other side unchanged.
QString keepBoth(const QString &mine, const QString &theirs, const QString &theirLabel);

// The canonical values a cell's side has seen: every value of its history, except values a merge
// brought in that were later undone (an undone merge must not count as "seen").
QSet<QString> seenValues(const QVector<CellChange> &history);

} // namespace MergeText
} // namespace tianbao
