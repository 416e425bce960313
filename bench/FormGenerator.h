#pragma once

#include "form/Form.h"

#include <QRandomGenerator>
#include <QStringList>

namespace tianbao::bench {

// Makes forms of any size with realistic text: sentences from the region's education news
// (bench/phrases.txt), 100–400 characters per long cell, as units really write them.
class FormGenerator
{
public:
    explicit FormGenerator(quint32 seed = 2023);

    // The notice's form with `rows` filled rows in 附件1 (the 13 projects, then more) and a few
    // in 附件2, all for `unit`.
    Form filledForm(int rows, const QString &unit = QStringLiteral("材料科学与工程学院"));
    QString longText(int minChars = 100, int maxChars = 400);
    QString shortText();

private:
    QStringList m_phrases;
    QRandomGenerator m_random;
};

} // namespace tianbao::bench
