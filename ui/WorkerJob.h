#pragma once

#include <QObject>
#include <atomic>
#include <functional>

class QThread;

namespace tianbao {

// The thread under every long job of the window (export, print layout, merges, reading a
// notice): the work runs once on a thread of its own, and finished() is delivered on the
// thread the job lives in (the GUI's) after the work has written its results.
class WorkerJob : public QObject
{
    Q_OBJECT

public:
    bool isRunning() const;
    // Asks the work to stop. Work that can stop part-way looks at isCancelled() and then
    // changes nothing; work that only reads runs to its end and its result is dropped.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void finished();

protected:
    explicit WorkerJob(QObject *parent = nullptr) : QObject(parent) {}
    // Waits for the work: the work uses members of the derived job, so a derived destructor
    // calls this (after cancel()) before those members go.
    ~WorkerJob() override;
    // Starts `work` on a new thread; a second call does nothing.
    void startWorker(std::function<void()> work);
    void waitForWorker();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace tianbao
