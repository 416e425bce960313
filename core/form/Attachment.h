#pragma once

#include "Field.h"
#include "Row.h"

#include <QString>
#include <QVector>
#include <array>

namespace tianbao {

// An attachment of the notice (附件1 已有项目, 附件2 新增项目). Its label, title and column
// headers are data from the file, so next year's notice needs no code change.
struct Attachment
{
    static inline const QString ExistingKey = QStringLiteral("existing");
    static inline const QString NewKey = QStringLiteral("new");

    QString key;   // "existing" or "new"
    QString label; // "附件1"
    QString title; // the full title line printed above the table
    QString seqHeader;
    std::array<QString, FieldCount> headers; // one per Field
    QVector<Row> rows;                       // live rows in position order

    const QString &header(Field field) const { return headers[fieldIndex(field)]; }
    // The report's combined column: 校内单位（合作单位）.
    QString unitsColumnHeader() const;
};

} // namespace tianbao
