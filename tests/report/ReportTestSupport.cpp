#include "ReportTestSupport.h"

#include "form/FormTemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>
#include <QXmlStreamReader>
#include <zip.h>

namespace tianbao::test {

Form filledForm()
{
    Form form = FormTemplate::notice2023();
    form.properties.unit = QStringLiteral("材料科学与工程学院");
    form.properties.signDate = QDate(2023, 12, 26);
    Attachment *existing = form.attachment(Attachment::ExistingKey);
    auto fill = [existing](int seq, const QString &progress, const QString &plan) {
        Row &row = existing->rows[seq - 1];
        row.setValue(Field::Progress, progress);
        row.setValue(Field::Plan, plan);
    };
    fill(1,
         QStringLiteral(
             "1.天冬组培快繁技术实现部分量产，与内江市东兴区合作建立示范基地，增殖系数达3.2。\n"
             "2.永福镇生姜高产高质栽培技术推广应用120亩，培训技术人员210人次。"),
         QStringLiteral(
             "1.扩大天冬组培苗生产规模，建成标准化育苗车间。\n2.继续推广生姜、黄精栽培技术。"));
    fill(3, QStringLiteral("获批国家级专家服务基地，开展技术培训和指导2次，引进推广新技术2个。"),
         QStringLiteral("围绕东兴区特色产业开展专家服务活动不少于2次。"));
    fill(4, QStringLiteral("1.OLED光提取技术研究申请发明专利1项。\n2.设计柔性软体机器人2款。"),
         QStringLiteral("联合申报川渝共建重点实验室。"));
    fill(5,
         QStringLiteral("1.与四川大学联合研发的扩散增亮膜已被京东方采用，亮度提升16%。\n"
                        "2.聚酰亚胺（PI）材料1种进入中试阶段，并获得第三方验证。\n"
                        "3.涂铭旌创新实验班招收学生32人。"),
         QStringLiteral("1.推进扩散增亮膜量产。\n2.开展优秀青年教师交流2人次。"));
    fill(6, QStringLiteral("PDE5抑制剂新药转让3000万元，PZ-1新药转让4800万元。"),
         QStringLiteral("共同培育科技成果1项。"));
    return form;
}

Form longForm(int count)
{
    Form form = filledForm();
    Attachment *existing = form.attachment(Attachment::ExistingKey);
    const QVector<Row> originals = existing->rows;
    existing->rows.clear();
    for (int i = 0; i < count; ++i) {
        Row row = originals.at(i % originals.size());
        row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.setValue(Field::Name, QStringLiteral("长项目%1号").arg(i + 1));
        row.setValue(Field::Progress,
                     QStringLiteral("与四川大学联合研发的扩散增亮膜已被京东方采用，亮度提升16%，"
                                    "相关成果在川渝两地推广应用。")
                         .repeated(3));
        existing->rows.append(row);
    }
    return form;
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t stat;
    const QByteArray entry = name.toUtf8();
    if (zip_stat(archive, entry.constData(), 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(archive, entry.constData(), 0)) {
            data.resize(qsizetype(stat.size));
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            if (read != zip_int64_t(stat.size))
                data.clear();
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return data;
}

QStringList zipEntryNames(const QString &zipPath)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        names << QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
    zip_close(archive);
    return names;
}

bool hasProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

ProgramResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ProgramResult result;
    if (!hasProgram(program))
        return result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString pdfText(const QString &pdfPath)
{
    return QString::fromUtf8(runProgram(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                         QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")})
                                 .out);
}

QString pdfPageText(const QString &pdfPath, int page)
{
    const QString number = QString::number(page);
    return QString::fromUtf8(runProgram(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                         QStringLiteral("-raw"), QStringLiteral("-enc"),
                                         QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")})
                                 .out);
}

int pdfPageCount(const QString &pdfPath)
{
    const QString info = QString::fromUtf8(runProgram(QStringLiteral("pdfinfo"), {pdfPath}).out);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QVector<PdfWord> pdfLastPageWords(const QString &pdfPath)
{
    const QString last = QString::number(pdfPageCount(pdfPath));
    const QString xml =
        QString::fromUtf8(runProgram(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-bbox"), QStringLiteral("-f"), last,
                                      QStringLiteral("-l"), last, pdfPath, QStringLiteral("-")})
                              .out);
    QVector<PdfWord> words;
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\"[^>]*>"
                       "([^<]*)</word>"));
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({match.captured(1).toDouble(), match.captured(2).toDouble(),
                      match.captured(3).toDouble(), match.captured(4)});
    }
    return words;
}

std::pair<double, double> signatureStarts(const QString &pdfPath, const QString &unit,
                                          const QString &dateStart)
{
    const QVector<PdfWord> words = pdfLastPageWords(pdfPath);
    for (const PdfWord &name : words) {
        if (name.text != unit)
            continue;
        for (const PdfWord &date : words) {
            if (date.y > name.y && date.text.startsWith(dateStart))
                return {name.x, date.x};
        }
    }
    return {-1, -1};
}

QString convertWithLibreOffice(const QString &input, const QString &format, const QString &outDir)
{
    // A profile of its own: a user's running LibreOffice or another test would block it.
    const QString profile = QDir(outDir).filePath(QStringLiteral("lo-profile"));
    const ProgramResult result = runProgram(
        QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
         QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir, input},
        180000);
    const QString produced =
        QDir(outDir).filePath(QFileInfo(input).completeBaseName() + QLatin1Char('.') +
                              format.section(QLatin1Char(':'), 0, 0));
    if (result.exitCode != 0 || !QFileInfo::exists(produced))
        return {};
    return produced;
}

namespace {

// Walks w:tbl > w:tr > w:tc of the body; calls back per cell text and per bookmark.
template <typename OnTable, typename OnRow, typename OnCell, typename OnBookmark>
void walkTables(const QByteArray &xml, OnTable onTable, OnRow onRow, OnCell onCell,
                OnBookmark onBookmark)
{
    QXmlStreamReader reader(xml);
    int depth = 0; // table nesting
    QStringList paragraphs;
    QString paragraph;
    bool inCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (reader.isStartElement()) {
            if (name == u"w:tbl") {
                if (++depth == 1)
                    onTable();
            } else if (depth == 1 && name == u"w:tr") {
                onRow();
            } else if (depth == 1 && name == u"w:tc") {
                inCell = true;
                paragraphs.clear();
            } else if (inCell && name == u"w:p") {
                paragraph.clear();
            } else if (inCell && name == u"w:t") {
                paragraph += reader.readElementText();
            } else if (inCell && name == u"w:tab") {
                paragraph += QLatin1Char('\t');
            } else if (depth == 1 && name == u"w:bookmarkStart") {
                onBookmark(reader.attributes().value(QStringLiteral("w:name")).toString());
            }
        } else if (reader.isEndElement()) {
            if (name == u"w:tbl") {
                --depth;
            } else if (depth == 1 && name == u"w:tc") {
                inCell = false;
                onCell(paragraphs.join(QLatin1Char('\n')));
            } else if (inCell && name == u"w:p") {
                paragraphs << paragraph;
            }
        }
    }
}

} // namespace

QVector<DocxTable> docxTables(const QByteArray &documentXml)
{
    QVector<DocxTable> tables;
    walkTables(
        documentXml, [&] { tables.emplaceBack(); }, [&] { tables.last().emplaceBack(); },
        [&](const QString &text) { tables.last().last().append(text); }, [](const QString &) {});
    return tables;
}

QVector<QVector<QStringList>> docxRowBookmarks(const QByteArray &documentXml)
{
    QVector<QVector<QStringList>> tables;
    walkTables(
        documentXml, [&] { tables.emplaceBack(); }, [&] { tables.last().emplaceBack(); },
        [](const QString &) {},
        [&](const QString &name) {
            if (!tables.isEmpty() && !tables.last().isEmpty())
                tables.last().last().append(name);
        });
    return tables;
}

} // namespace tianbao::test
