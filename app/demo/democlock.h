#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// The world's simulated time: a fixed starting instant (so that equal seeds give equal
// answers) moving at `speed` times real time, plus whatever tests add with advance().
// Speed 0 freezes the clock, which is what byte-for-byte comparisons need.
class DemoClock final
{
public:
    explicit DemoClock(qint64 startMs, double speed = 1.0);

    qint64 nowMs() const;
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    void advance(qint64 ms);

private:
    QElapsedTimer m_elapsed;
    qint64 m_baseMs;
    double m_speed;
};
