#pragma once

#include <QDateTime>
#include <memory>

namespace tianbao {

// Where "now" comes from. Provenance and history stamp times through it, so tests can set the
// time and merge results are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static QDateTime currentDateTimeUtc();
    // Takes ownership; nullptr restores the system clock.
    static void setInstance(std::unique_ptr<Clock> clock);
};

// A clock that stands still until told to move; for tests and benchmarks.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace tianbao
