#pragma once

#include <functional>
#include <utility>

namespace tianbao {

// How far an export got, and the caller's way to stop it. The callback runs on the thread
// that exports (a window marshals it to its own thread); returning false asks the writer to
// stop, and the writer then fails, so QSaveFile leaves no file behind.
class ReportProgress
{
public:
    // done of total steps; false to stop.
    using Callback = std::function<bool(int done, int total)>;

    ReportProgress() = default;
    explicit ReportProgress(Callback callback) : m_callback(std::move(callback)) {}

    void start(int total)
    {
        m_total = total;
        m_done = 0;
        report();
    }
    // False once the caller asked to stop.
    bool step(int count = 1)
    {
        m_done += count;
        return report();
    }
    bool moveTo(int done)
    {
        m_done = done;
        return report();
    }
    bool stopped() const { return m_stopped; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    bool report()
    {
        if (!m_stopped && m_callback && !m_callback(m_done, m_total))
            m_stopped = true;
        return !m_stopped;
    }

    Callback m_callback;
    int m_total = 0;
    int m_done = 0;
    bool m_stopped = false;
};

// A writer's steps when it may have no progress to report to.
inline bool stepProgress(ReportProgress *progress, int count = 1)
{
    return !progress || progress->step(count);
}

} // namespace tianbao
