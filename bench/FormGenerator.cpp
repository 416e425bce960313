#include "FormGenerator.h"

#include "form/FormTemplate.h"

#include <QFile>
#include <QUuid>

namespace tianbao::bench {

FormGenerator::FormGenerator(quint32 seed) : m_random(seed)
{
    QFile file(QStringLiteral(TIANBAO_BENCH_PHRASES));
    if (file.open(QIODevice::ReadOnly))
        m_phrases = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_phrases.isEmpty())
        m_phrases << QStringLiteral("天冬组培快繁技术实现部分量产，为天润天冬企业节省成本30%。");
}

QString FormGenerator::longText(int minChars, int maxChars)
{
    const int target = int(m_random.bounded(minChars, maxChars + 1));
    QString text;
    int item = 1;
    while (text.size() < target) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += QStringLiteral("%1.").arg(item++) +
                m_phrases.at(int(m_random.bounded(m_phrases.size())));
    }
    return text.left(target);
}

QString FormGenerator::shortText()
{
    const QString phrase = m_phrases.at(int(m_random.bounded(m_phrases.size())));
    return phrase.left(int(m_random.bounded(8, 20))) + QStringLiteral("项目");
}

Form FormGenerator::filledForm(int rows, const QString &unit)
{
    Form form = FormTemplate::notice2023();
    form.properties.unit = unit;
    form.properties.signDate = QDate(2023, 12, 26);
    Attachment *existing = form.attachment(Attachment::ExistingKey);
    while (existing->rows.size() < rows) {
        Row row;
        row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.setValue(Field::Name, shortText());
        row.setValue(Field::Content, longText());
        row.setValue(Field::Units, unit);
        row.setValue(Field::Partners, QStringLiteral("四川大学高分子科学与工程学院"));
        existing->rows.append(row);
    }
    existing->rows.resize(rows);
    for (Row &row : existing->rows) {
        row.setValue(Field::Progress, longText());
        row.setValue(Field::Plan, longText());
    }
    Attachment *added = form.attachment(Attachment::NewKey);
    for (int i = 0; i < 2; ++i) {
        Row row;
        row.setValue(Field::Name, shortText());
        row.setValue(Field::Content, longText());
        row.setValue(Field::Units, unit);
        row.setValue(Field::Partners, QStringLiteral("京东方科技集团"));
        row.setValue(Field::Progress, longText());
        row.setValue(Field::Plan, longText());
        added->rows.append(row);
    }
    return form;
}

} // namespace tianbao::bench
