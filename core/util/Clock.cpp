#include "Clock.h"

namespace tianbao {

namespace {
std::unique_ptr<Clock> &instance()
{
    static std::unique_ptr<Clock> clock;
    return clock;
}
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    if (const auto &clock = instance())
        return clock->now().toUTC();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setInstance(std::unique_ptr<Clock> clock)
{
    instance() = std::move(clock);
}

} // namespace tianbao
