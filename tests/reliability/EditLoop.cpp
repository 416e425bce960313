// A process that edits a form as fast as it can and reports every edit after it is committed,
// for the kill test: "committed <n>" on stdout means edit n is in the file.
#include "store/FormFile.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace tianbao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: tianbao_editloop FILE COUNT [FIRST]\n");
        return 2;
    }
    auto opened = FormFile::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    FormFile &form = *opened.value();
    const int count = args.at(2).toInt();
    const int first = args.value(3, QStringLiteral("0")).toInt();
    QRandomGenerator random(quint32(first + 1));
    for (int n = first; n < first + count; ++n) {
        const QVector<Row> rows = form.rows(Attachment::ExistingKey);
        // Edits of three kinds: a cell, a new row in 附件2, a deleted 附件2 row.
        const int kind = n % 10;
        Status status;
        if (kind < 8) {
            const Row &row = rows.at(int(random.bounded(rows.size())));
            status =
                form.setCell(row.uuid, n % 2 ? Field::Plan : Field::Progress,
                             QStringLiteral("第%1次编辑：天冬组培快繁技术实现部分量产。").arg(n));
        } else if (kind == 8) {
            Row row;
            row.setValue(Field::Name, QStringLiteral("新增项目%1").arg(n));
            status = Status(form.insertRow(Attachment::NewKey, -1, row).ok()
                                ? Status()
                                : Status(Error{QStringLiteral("insert failed")}));
        } else {
            const QVector<Row> added = form.rows(Attachment::NewKey);
            if (!added.isEmpty())
                status = form.deleteRow(added.first().uuid);
        }
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            return 1;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
