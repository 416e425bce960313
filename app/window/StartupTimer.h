#pragma once

#include <QObject>

namespace tianbao {

// Measures start-up for the benchmark: from main() to the first paint of the window.
class StartupTimer : public QObject
{
public:
    // `startedNs`: when main() began, in QDeadlineTimer::current()'s nanoseconds.
    explicit StartupTimer(qint64 startedNs) : m_startedNs(startedNs) {}
    // Prints "first-paint <ms>" on stdout after the window first paints, then quits.
    void reportFirstPaintOf(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 m_startedNs;
    bool m_reported = false;
};

} // namespace tianbao
