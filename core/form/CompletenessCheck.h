#pragma once

#include "Form.h"

#include <QCoreApplication>

namespace tianbao {

// What a unit still has to fill before it submits: empty 进展与成效 / 计划要点 of its rows, and a
// 附件2 that has neither rows nor the 无 mark.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(CompletenessCheck)

public:
    struct Gap
    {
        QString attachmentKey;
        QString rowUuid; // empty for the unanswered 附件2
        int seq = 0;
        Field field = Field::Progress;
        QString description; // one sentence for a list
    };
    struct Summary
    {
        int rows = 0;         // rows of the unit (all rows when no unit is given)
        int completeRows = 0; // of them, rows with both answer fields filled
        QVector<Gap> gaps;
        bool complete() const { return gaps.isEmpty(); }
    };

    // `unit` empty checks every row.
    static Summary run(const Form &form, const QString &unit = QString());
};

} // namespace tianbao
