#include "CsvWriter.h"

#include <QIODevice>

namespace tianbao {

namespace {

const QString Eol = QStringLiteral("\r\n");

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << CsvWriter::field(f);
    return out.join(QLatin1Char(',')) + Eol;
}

// A line with the text in one column and the others empty, so a spreadsheet keeps the shape.
QStringList padded(int column, const QString &text)
{
    QStringList fields(ReportLayout::ColumnCount, QString());
    fields[column] = text;
    return fields;
}

} // namespace

QString CsvWriter::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

Status CsvWriter::write(QIODevice *device) const
{
    QString text;
    const QVector<ReportBlock> &blocks = m_layout.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock &block = blocks.at(i);
        if (i > 0)
            text += Eol;
        text += line(padded(0, block.label));
        text += line(padded(0, block.title));
        text += line(block.headers);
        for (const ReportRow &row : block.rows)
            text += line(row.cells);
    }
    if (m_layout.hasSignature()) {
        const int last = ReportLayout::ColumnCount - 1;
        text += Eol;
        text += line(padded(last, m_layout.signature().unit));
        text += line(padded(last, m_layout.signature().date));
    }
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error{tr("Could not write the CSV text: %1.").arg(device->errorString())};
    return {};
}

} // namespace tianbao
