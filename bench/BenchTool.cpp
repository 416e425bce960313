// The benchmark's helper: makes forms and measures what is measured in-process.
//   tianbao_bench generate FILE ROWS     a filled form of ROWS rows in 附件1
//   tianbao_bench edits FILE COUNT       COUNT cell edits committed; prints median and p99 in ms
#include "FormGenerator.h"
#include "store/FormFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

using namespace tianbao;

namespace {

int generate(const QString &path, int rows)
{
    bench::FormGenerator generator;
    QFile::remove(path);
    auto created = FormFile::create(path, generator.filledForm(rows));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 2;
    }
    return 0;
}

int edits(const QString &path, int count)
{
    auto opened = FormFile::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    FormFile &form = *opened.value();
    const QVector<Row> rows = form.rows(Attachment::ExistingKey);
    bench::FormGenerator generator(7);
    QVector<double> ms;
    ms.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString text = generator.longText();
        const Row &row = rows.at(i % rows.size());
        QElapsedTimer timer;
        timer.start();
        if (!form.setCell(row.uuid, i % 2 ? Field::Plan : Field::Progress, text)) {
            std::fprintf(stderr, "edit %d failed\n", i);
            return 1;
        }
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("median %.3f p99 %.3f max %.3f\n", ms.at(ms.size() / 2),
                ms.at(std::min(int(ms.size()) - 1, int(ms.size() * 0.99))), ms.last());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == QLatin1String("edits"))
        return edits(args.at(2), args.at(3).toInt());
    std::fprintf(stderr, "usage: tianbao_bench generate FILE ROWS | edits FILE COUNT\n");
    return 2;
}
