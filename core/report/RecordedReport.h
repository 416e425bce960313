#pragma once

#include <QByteArray>
#include <QMutex>
#include <QPicture>
#include <functional>
#include <vector>

namespace tianbao {

class ReportLayout;
class ReportProgress;

// The report's pages recorded as pictures while they are laid out: what the print preview
// shows.
//  - The preview can show the first pages while the others are still being laid out: the
//    12,700 pages of a 10,000-row form take seconds.
//  - A picture keeps a page's text as characters and fonts. ReportPainter keeps every page's
//    text layouts, about 40 KB a page (half a gigabyte for those 12,700 pages); a picture,
//    kept compressed, takes about 3 KB (its text items repeat the same few fonts).
//  - A picture may be painted on another thread than the one that recorded it. Text layouts
//    may not: their font engines belong to the thread that laid them out.
// One thread records; any thread may read meanwhile.
class RecordedReport
{
public:
    // Called on the recording thread after each page, with the number of pages recorded.
    using PageRecorded = std::function<void(int pageCount)>;

    // Lays `layout` out and records its pages (the same pages as ReportPainter(layout)).
    // Starts `progress` at two steps per table row: one as it is laid out, one as it is
    // recorded. False when progress stopped it; the pages recorded until then stay.
    bool record(const ReportLayout &layout, ReportProgress *progress = nullptr,
                const PageRecorded &pageRecorded = {});

    // The pages recorded so far.
    int pageCount() const;
    // Every page is recorded.
    bool isComplete() const;
    // Page `index` (0-based), in twips from the paper's top-left corner; an empty picture
    // when that page is not recorded (yet).
    QPicture page(int index) const;
    // What the recorded pages take in memory, in bytes.
    qint64 byteSize() const;

private:
    void append(QByteArray page);

    mutable QMutex m_mutex;
    std::vector<QByteArray> m_pages; // compressed QPicture data
    qint64 m_bytes = 0;
    bool m_complete = false;
};

} // namespace tianbao
