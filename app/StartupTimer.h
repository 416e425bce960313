#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace tianbao {

// Measures start-up for the benchmark: from main() to the first paint of the window.
class StartupTimer : public QObject
{
public:
    StartupTimer() { m_clock.start(); }
    // Prints "first-paint <ms>" on stdout after the window first paints, then quits.
    void reportFirstPaintOf(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_clock;
    bool m_reported = false;
};

} // namespace tianbao
