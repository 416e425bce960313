#pragma once

#include "WorkerJob.h"

#include <QStringList>
#include <QVector>
#include <functional>

namespace tianbao {

// Before a batch: reads each Word reply among the files on a worker thread to find those that
// sign no unit, whose unit is asked before the batch starts (the batch must not wait for the
// user mid-way). A reply takes a few milliseconds to read; sixty of them froze the window.
// Reading touches no form file, so a cancelled read is simply not used.
class ReplyUnitsJob : public WorkerJob
{
    Q_OBJECT

public:
    // `beforeRead` runs on the worker before the first reply is read (tests hold it there).
    ReplyUnitsJob(QStringList paths, std::function<void()> beforeRead, QObject *parent = nullptr);
    // Waits for the worker: a closing window never leaves it running.
    ~ReplyUnitsJob() override;

    // True when one of `paths` is a Word reply: only then is there anything to read.
    static bool hasWordReplies(const QStringList &paths);

    void start();
    // After finished(): by index of the paths, true for a Word reply that signs no unit. A
    // reply that cannot be read is left to the batch, which reports it.
    const QVector<bool> &needsUnit() const { return m_needsUnit; }

signals:
    void progressed(int done, int total);

private:
    QStringList m_paths;
    std::function<void()> m_beforeRead;
    QVector<bool> m_needsUnit;
};

} // namespace tianbao
