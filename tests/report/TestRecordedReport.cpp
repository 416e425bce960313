#include "ReportTestSupport.h"
#include "TestSupport.h"
#include "report/RecordedReport.h"
#include "report/ReportLayout.h"
#include "report/ReportPainter.h"
#include "report/ReportProgress.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QThread>
#include <atomic>

using namespace tianbao;

namespace {

QByteArray pictureData(const QPicture &picture)
{
    return QByteArray(picture.data(), qsizetype(picture.size()));
}

// Page `index` of `pages` recorded as the print preview recorded it before RecordedReport.
QPicture paintedPicture(const ReportPainter &pages, int index)
{
    QPicture picture;
    QPainter recorder(&picture);
    pages.paintPage(&recorder, index);
    recorder.end();
    return picture;
}

} // namespace

TEST_CASE("RecordedReport records ReportPainter's pages, each kept compressed")
{
    const ReportLayout layout = ReportLayout::build(test::longForm(40), ReportOptions());
    const ReportPainter painted(layout);
    REQUIRE(painted.pageCount() >= 3);

    RecordedReport recorded;
    QVector<int> counts;
    REQUIRE(recorded.record(layout, nullptr, [&counts](int count) { counts.append(count); }));
    CHECK(recorded.isComplete());
    REQUIRE(recorded.pageCount() == painted.pageCount());
    QVector<int> expected;
    for (int i = 1; i <= painted.pageCount(); ++i)
        expected.append(i);
    CHECK(counts == expected);

    qint64 rawBytes = 0;
    for (int i = 0; i < painted.pageCount(); ++i) {
        // The same drawing, command for command.
        const QByteArray data = pictureData(paintedPicture(painted, i));
        CHECK(pictureData(recorded.page(i)) == data);
        rawBytes += data.size();
    }
    // The pictures repeat their fonts in every text item: kept compressed they take a
    // fraction of that (the preview of 12,700 pages holds them all).
    CHECK(recorded.byteSize() > 0);
    CHECK(recorded.byteSize() * 4 < rawBytes);
    CHECK(recorded.page(-1).isNull());
    CHECK(recorded.page(recorded.pageCount()).isNull());
}

TEST_CASE("RecordedReport counts two steps per row, and a stop keeps the pages recorded so far")
{
    const ReportLayout layout = ReportLayout::build(test::longForm(40), ReportOptions());
    int rows = 0;
    for (const ReportBlock &block : layout.blocks())
        rows += int(block.rows.size());

    SECTION("let run")
    {
        int total = 0, last = 0;
        ReportProgress progress([&](int done, int all) {
            total = all;
            last = done;
            return true;
        });
        RecordedReport recorded;
        CHECK(recorded.record(layout, &progress));
        CHECK(total == 2 * rows);
        CHECK(last == total);
    }
    SECTION("stopped after the second page")
    {
        std::atomic_bool stop{false};
        ReportProgress progress([&stop](int, int) { return !stop.load(); });
        RecordedReport recorded;
        CHECK_FALSE(recorded.record(layout, &progress, [&stop](int count) { stop = count >= 2; }));
        CHECK_FALSE(recorded.isComplete());
        CHECK(recorded.pageCount() >= 2);
        CHECK(recorded.pageCount() < ReportPainter(layout).pageCount());
        CHECK_FALSE(recorded.page(1).isNull());
    }
}

TEST_CASE("RecordedReport's pages can be read and painted on another thread while it records")
{
    const ReportLayout layout = ReportLayout::build(test::longForm(80), ReportOptions());
    RecordedReport recorded;
    std::atomic_bool done{false};
    QThread *worker = QThread::create([&] {
        recorded.record(layout);
        done = true;
    });
    worker->start();
    // This thread reads (and paints) while the worker appends; the counts only grow.
    int seen = 0;
    int painted = 0;
    while (!done) {
        const int count = recorded.pageCount();
        CHECK(count >= seen);
        seen = count;
        if (count > 0) {
            QImage image(200, 140, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(0.01, 0.01);
            painter.drawPicture(0, 0, recorded.page(count - 1));
            ++painted;
        }
    }
    worker->wait();
    delete worker;
    CHECK(recorded.isComplete());
    CHECK(recorded.pageCount() == ReportPainter(layout).pageCount());
    CHECK(painted > 0);
}
