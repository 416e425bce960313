#include "RecordedReport.h"

#include "PainterCanvas.h"
#include "ReportLayout.h"
#include "ReportPainter.h"
#include "ReportProgress.h"

#include <QMutexLocker>
#include <QPainter>

namespace tianbao {

namespace {

// Records each page ReportPainter lays out into a picture and hands its data on.
class PictureTarget : public ReportPainter::PageTarget
{
public:
    explicit PictureTarget(std::function<void(QByteArray)> recorded)
        : m_recorded(std::move(recorded))
    {
    }

    ReportCanvas *beginPage(int) override
    {
        m_picture = QPicture();
        if (!m_painter.begin(&m_picture))
            return nullptr;
        // As ReportPainter::paintPage paints, so a page recorded here is the same picture.
        m_painter.save();
        m_painter.setPen(Qt::black);
        return &m_canvas;
    }

    bool endPage() override
    {
        m_painter.restore();
        if (!m_painter.end())
            return false;
        // Level 1: a page's picture shrinks about eightfold, and the worker stays quick.
        QByteArray compressed = qCompress(reinterpret_cast<const uchar *>(m_picture.data()),
                                          qsizetype(m_picture.size()), 1);
        // qCompress keeps room for the uncompressed size: eight times what is kept.
        compressed.squeeze();
        m_recorded(std::move(compressed));
        return true;
    }

private:
    std::function<void(QByteArray)> m_recorded;
    QPicture m_picture;
    QPainter m_painter;
    PainterCanvas m_canvas{&m_painter};
};

} // namespace

bool RecordedReport::record(const ReportLayout &layout, ReportProgress *progress,
                            const PageRecorded &pageRecorded)
{
    if (progress) {
        int rows = 0;
        for (const ReportBlock &block : layout.blocks())
            rows += int(block.rows.size());
        progress->start(2 * rows);
    }
    PictureTarget target([this, &pageRecorded](QByteArray page) {
        append(std::move(page));
        if (pageRecorded)
            pageRecorded(pageCount());
    });
    const ReportPainter::Streamed result = ReportPainter::layOutAndPaint(layout, target, progress);
    if (!result.painted)
        return false;
    const QMutexLocker lock(&m_mutex);
    m_complete = true;
    return true;
}

void RecordedReport::append(QByteArray page)
{
    const QMutexLocker lock(&m_mutex);
    m_bytes += page.size();
    m_pages.push_back(std::move(page));
}

int RecordedReport::pageCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_pages.size());
}

bool RecordedReport::isComplete() const
{
    const QMutexLocker lock(&m_mutex);
    return m_complete;
}

QPicture RecordedReport::page(int index) const
{
    QByteArray data;
    {
        const QMutexLocker lock(&m_mutex);
        if (index < 0 || size_t(index) >= m_pages.size())
            return QPicture();
        data = m_pages[size_t(index)]; // shared, not copied
    }
    QPicture picture;
    const QByteArray raw = qUncompress(data);
    picture.setData(raw.constData(), uint(raw.size()));
    return picture;
}

qint64 RecordedReport::byteSize() const
{
    const QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace tianbao
