#pragma once

#include "form/Form.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <utility>

namespace tianbao::test {

// The notice's form as 材料科学与工程学院 fills it on 2023-12-26, with sentences from the
// seeds (not lorem ipsum).
Form filledForm();
// A form whose 附件1 has `count` rows of long text: enough for many pages.
Form longForm(int count);

// One part of a zip file read with libzip; empty when missing.
QByteArray zipEntry(const QString &zipPath, const QString &name);
QStringList zipEntryNames(const QString &zipPath);

// Runs a program; nullopt-like empty result with exitCode -1 when it is missing or hangs.
struct ProgramResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
bool hasProgram(const QString &name);
ProgramResult runProgram(const QString &program, const QStringList &arguments,
                         int timeoutMs = 120000);
// pdftotext's text of a PDF (UTF-8), in the order it was drawn.
QString pdfText(const QString &pdfPath);
// The same for page `page` (1 is the first) alone.
QString pdfPageText(const QString &pdfPath, int page);
int pdfPageCount(const QString &pdfPath);
// The words pdftotext finds on the last page, with their left edge, top and right edge in
// points.
struct PdfWord
{
    double x = 0;
    double y = 0;
    double right = 0;
    QString text;
};
QVector<PdfWord> pdfLastPageWords(const QString &pdfPath);
// The left edges (points) of the signature's unit name and of its date line (the first word
// below the name that starts with `dateStart`), or {-1, -1}.
std::pair<double, double> signatureStarts(const QString &pdfPath, const QString &unit,
                                          const QString &dateStart);
// Converts with LibreOffice headless into `outDir`; returns the produced file or empty.
QString convertWithLibreOffice(const QString &input, const QString &format, const QString &outDir);

// The tables of word/document.xml: table → row → cell → text (paragraphs joined by '\n').
using DocxTable = QVector<QVector<QString>>;
QVector<DocxTable> docxTables(const QByteArray &documentXml);
// Bookmark names that start in each row of each table (same shape as docxTables' rows).
QVector<QVector<QStringList>> docxRowBookmarks(const QByteArray &documentXml);

} // namespace tianbao::test
